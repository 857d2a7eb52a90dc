// Loads the built main bundle (out/main/index.cjs) under plain Node with a stand-in for the
// 'electron' module, drives what it registered (IPC handlers, app:// protocol, window, menu,
// session and webContents hardening) and prints one JSON report. Used by main-bundle.test.ts:
// the only way to exercise the wiring of electron/main/index.ts where no Electron binary exists.
//   node main-bundle-driver.mjs BUNDLE APP_PATH PICKED_FILE [argv for the app…]
// DRIVER_EXPORT=1 also exports an agenda through the API (printed by the app's Electron printer
// on the stand-in printToPDF) and saves it with "Gem som …" to DRIVER_SAVE_PATH.
// DRIVER_SIGN=yes|no does only this instead: with a keyring (safeStorage available) it imports
// DRIVER_P12 (password DRIVER_P12_PASSWORD) with the password remembered, asks the API to export
// the first meeting's minutes signed without a password, answers the signing dialog yes or no,
// and saves a finished export to DRIVER_SAVE_PATH.
import { EventEmitter } from 'node:events';
import { existsSync, readFileSync, statSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [bundle, appPath, pickedFile, ...appArgs] = process.argv.slice(2);
process.argv = [process.argv[0], '.', ...appArgs];

const seen = { ipc: new Map(), protocol: new Map(), privileged: null, sandbox: false, windows: [], opened: [], errors: [], session: {}, partitions: {}, prints: [], menu: null, paths: {}, exitCode: null };
// "Gem som …": where the stand-in save dialog answers it was told to save (empty: cancelled).
const savePath = process.env.DRIVER_SAVE_PATH ?? '';

class FakeApp extends EventEmitter {
  isPackaged = false;
  setPath(name, value) { seen.paths[name] = value; }
  getPath(name) { return seen.paths[name] ?? join(appPath, `fake-${name}`); }
  getAppPath() { return appPath; }
  enableSandbox() { seen.sandbox = true; }
  requestSingleInstanceLock() { return true; }
  whenReady() { return Promise.resolve(); }
  quit() {}
  exit(code) { seen.exitCode = code; }
}
const app = new FakeApp();

class FakeWebContents extends EventEmitter {
  constructor(id) {
    super();
    this.id = id;
    this.sent = [];
    this.mainFrame = { processId: 7, routingId: id, url: 'app://dagsorden/index.html', parent: null };
  }
  send(...args) { this.sent.push(args); }
  setWindowOpenHandler(handler) { this.openHandler = handler; }
  /**
   * Records what the printer asked for and what was on disk at that moment, then prints the loaded
   * file with system Chromium (playwright-core), mapping Electron's options to Playwright's, so the
   * packet compiler gets a real tagged PDF with an outline. Without Chromium: a one-page pdf-lib PDF.
   */
  async printToPDF(options) {
    const file = this.loadedFile;
    const print = { options, file, fileExisted: file ? existsSync(file) : false, dirMode: file ? (statSync(dirname(file)).mode & 0o777) : null, window: this.id };
    seen.prints.push(print);
    if (!existsSync('/usr/bin/chromium')) {
      const { PDFDocument } = await import('pdf-lib');
      const doc = await PDFDocument.create();
      doc.addPage([595.28, 841.89]);
      return Buffer.from(await doc.save());
    }
    const { chromium } = await import('playwright-core');
    seen.browser ??= chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
    const context = await (await seen.browser).newContext({ javaScriptEnabled: this.javascript !== false, offline: true });
    try {
      const page = await context.newPage();
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
      const inches = (n) => `${n}in`;
      const pdf = await page.pdf({
        format: options.pageSize,
        printBackground: options.printBackground,
        preferCSSPageSize: options.preferCSSPageSize,
        tagged: options.generateTaggedPDF,
        outline: options.generateDocumentOutline,
        displayHeaderFooter: options.displayHeaderFooter ?? false,
        landscape: options.landscape ?? false,
        margin: { top: inches(options.margins.top), bottom: inches(options.margins.bottom), left: inches(options.margins.left), right: inches(options.margins.right) },
      });
      return Buffer.from(pdf);
    } finally {
      await context.close();
    }
  }
}

class FakeBrowserWindow extends EventEmitter {
  constructor(options) {
    super();
    this.options = options;
    this.webContents = new FakeWebContents(seen.windows.length + 1);
    seen.windows.push(this);
    app.emit('web-contents-created', {}, this.webContents);
  }
  loadURL(url) { this.url = url; return Promise.resolve(); }
  loadFile(file) { this.webContents.loadedFile = file; this.webContents.javascript = this.options.webPreferences?.javascript; this.loads = (this.loads ?? 0) + 1; return Promise.resolve(); }
  close() { this.closed = true; this.emit('closed'); }
  destroy() { this.closed = true; }
  isDestroyed() { return this.closed === true; }
  getNormalBounds() { const { x, y, width, height } = this.options; return { x, y, width, height }; }
  isMaximized() { return false; }
  maximize() {}
  show() {}
}

const workArea = { x: 0, y: 0, width: 1920, height: 1040 };
const electron = {
  app,
  BrowserWindow: FakeBrowserWindow,
  protocol: { registerSchemesAsPrivileged: (schemes) => { seen.privileged = { schemes, beforeReady: true }; }, handle: (scheme, handler) => seen.protocol.set(scheme, handler) },
  session: {
    defaultSession: {
      setPermissionRequestHandler: (h) => { seen.session.request = h; },
      setPermissionCheckHandler: (h) => { seen.session.check = h; },
      setDevicePermissionHandler: (h) => { seen.session.device = h; },
      webRequest: { onBeforeRequest: (h) => { seen.session.before = h; }, onHeadersReceived: (h) => { seen.session.headers = h; } },
    },
    fromPartition: (name) => {
      const recorded = (seen.partitions[name] ??= { count: 0 });
      recorded.count++;
      return {
        setPermissionRequestHandler: (h) => { recorded.request = h; },
        setPermissionCheckHandler: (h) => { recorded.check = h; },
        setDevicePermissionHandler: (h) => { recorded.device = h; },
        webRequest: { onBeforeRequest: (h) => { recorded.before = h; }, onHeadersReceived: (h) => { recorded.headers = h; } },
      };
    },
  },
  ipcMain: { handle: (channel, handler) => seen.ipc.set(channel, handler) },
  screen: { getAllDisplays: () => [{ workArea }], getPrimaryDisplay: () => ({ workArea }) },
  Menu: { buildFromTemplate: (template) => template, setApplicationMenu: (menu) => { seen.menu = menu; } },
  dialog: {
    showErrorBox: (title, message) => seen.errors.push({ title, message }),
    showOpenDialog: async () => ({ canceled: false, filePaths: [pickedFile] }),
    showMessageBox: async (_window, options) => {
      if (!options.buttons.includes('Underskriv')) return { response: options.buttons.indexOf('Slet') };
      (seen.signDialogs ??= []).push(options);
      return { response: options.buttons.indexOf(process.env.DRIVER_SIGN === 'yes' ? 'Underskriv' : 'Annuller') };
    },
    showSaveDialog: async (_window, options) => {
      seen.saveDialog = options;
      return savePath ? { canceled: false, filePath: savePath } : { canceled: true, filePath: '' };
    },
  },
  shell: { openExternal: async (url) => { seen.opened.push(url); } },
  // As on a Linux machine without a keyring: encryption unavailable, so no password is ever stored.
  // DRIVER_SIGN: a keyring (a reversible stand-in), so a certificate's password can be remembered.
  safeStorage: process.env.DRIVER_SIGN
    ? {
        isEncryptionAvailable: () => true,
        getSelectedStorageBackend: () => 'gnome_libsecret',
        encryptString: (text) => Buffer.from(`keyring:${text}`, 'utf8'),
        decryptString: (secret) => secret.toString('utf8').replace(/^keyring:/, ''),
      }
    : {
        isEncryptionAvailable: () => false,
        getSelectedStorageBackend: () => 'basic_text',
        encryptString: () => { throw new Error('no keyring'); },
        decryptString: () => { throw new Error('no keyring'); },
      },
};

const load = Module._load;
Module._load = function (request, ...rest) {
  return request === 'electron' ? electron : load.call(this, request, ...rest);
};

createRequire(import.meta.url)(bundle);
await new Promise((resolve) => setTimeout(resolve, 300));

const report = { startupErrors: seen.errors, exitCode: seen.exitCode, sandbox: seen.sandbox, privileged: seen.privileged?.schemes ?? null };
const window = seen.windows[0];
if (window) {
  const contents = window.webContents;
  const trusted = { sender: contents, senderFrame: contents.mainFrame };
  const api = seen.ipc.get('dagsorden:api');
  report.window = { count: seen.windows.length, url: window.url, options: window.options };
  report.channels = [...seen.ipc.keys()].sort();
  report.meetings = await api(trusted, { method: 'meetings:list', args: {} });
  if (process.env.DRIVER_SIGN) {
    await signThroughTheApi(api, trusted, report);
    console.log(JSON.stringify(report));
    process.exit(0);
  }
  // A bilag through the bundled pdf.js (needs out/main/pdf.worker.mjs and @napi-rs/canvas via createRequire).
  const meeting = await api(trusted, { method: 'meetings:get', args: { id: report.meetings.value[0].id } });
  const withBilag = meeting.value.items.find((item) => item.attachments.length > 0);
  const content = await api(trusted, { method: 'attachments:content', args: { id: withBilag.attachments[0].id } });
  report.bilagCopy = await api(trusted, { method: 'attachments:add', args: { itemId: withBilag.id, fileName: 'kopi.pdf', dataBase64: content.value.dataBase64 } });
  report.fromIframe = await api({ sender: contents, senderFrame: { ...contents.mainFrame, routingId: 99, parent: contents.mainFrame } }, { method: 'meetings:list', args: {} });
  report.fromWebPage = await api({ sender: contents, senderFrame: { ...contents.mainFrame, url: 'https://example.org/' } }, { method: 'meetings:list', args: {} });
  report.badPayload = await api(trusted, 'meetings:list');
  report.openFiles = await seen.ipc.get('dagsorden:dialogs:open-files')(trusted, { title: 'Vælg bilag', filters: [{ name: 'PDF', extensions: ['pdf'] }], multiple: false });
  // The picked file waits in the bundle's one upload store: 'attachments:add' takes it by its token, once.
  const picked = report.openFiles.ok ? report.openFiles.value[0] : undefined;
  if (picked) {
    const add = { itemId: withBilag.id, fileName: picked.name, uploadToken: picked.uploadToken };
    report.pickedBilag = await api(trusted, { method: 'attachments:add', args: add });
    report.pickedAgain = await api(trusted, { method: 'attachments:add', args: add });
  }
  // A drop: the preload sends the dropped file's path, the same upload store gives a token for it.
  const receiveDropped = seen.ipc.get('dagsorden:files:receive-dropped');
  report.dropped = await receiveDropped(trusted, { paths: [pickedFile] });
  const dropped = report.dropped.ok ? report.dropped.value[0] : undefined;
  if (dropped) report.droppedBilag = await api(trusted, { method: 'attachments:add', args: { itemId: withBilag.id, fileName: dropped.name, uploadToken: dropped.uploadToken } });
  report.droppedRelative = await receiveDropped(trusted, { paths: ['Bilag 1.pdf'] });
  report.droppedFromIframe = await receiveDropped({ sender: contents, senderFrame: { ...contents.mainFrame, routingId: 99, parent: contents.mainFrame } }, { paths: [pickedFile] });
  report.confirm = await seen.ipc.get('dagsorden:dialogs:confirm')(trusted, { message: 'Slet punktet?', confirmLabel: 'Slet' });
  report.protocol = {};
  for (const url of ['app://dagsorden/index.html', 'app://dagsorden/..%2f..%2fpackage.json']) {
    const response = await seen.protocol.get('app')(new Request(url));
    report.protocol[url] = { status: response.status, csp: response.headers.get('content-security-policy') };
  }
  let prevented = 0;
  const event = { preventDefault: () => prevented++ };
  for (const name of ['will-navigate', 'will-redirect', 'will-attach-webview']) contents.emit(name, event, 'https://example.org/');
  report.prevented = prevented;
  report.windowOpen = [contents.openHandler({ url: 'https://example.org/sag' }), contents.openHandler({ url: 'file:///etc/passwd' })];
  await new Promise((resolve) => setTimeout(resolve, 10));
  report.openedExternally = seen.opened;
  let permission = null;
  seen.session.request(contents, 'media', (granted) => { permission = granted; });
  report.permissions = { request: permission, check: seen.session.check(contents, 'clipboard-read'), device: seen.session.device({}) };
  report.requests = {};
  for (const url of ['https://example.org/x.js', 'file:///etc/passwd', 'app://dagsorden/assets/a.js']) seen.session.before({ url }, (answer) => { report.requests[url] = answer; });
  report.menu = seen.menu.map((m) => m.label);
  seen.menu.find((m) => m.label === 'Filer').submenu[0].click();
  report.sent = contents.sent;
  if (process.env.DRIVER_EXPORT === '1') await exportThroughTheApi(api, trusted, report);
  window.emit('close');
  report.windowState = JSON.parse(readFileSync(join(seen.paths.userData ?? join(appPath, 'fake-userData'), 'window-state.json'), 'utf8'));
}
if (seen.browser) await (await seen.browser).close();
console.log(JSON.stringify(report));
process.exit(0);

/**
 * Starts an export of the first meeting's agenda through the API, as the dialog does, waits for it,
 * and reports how it was printed (the print window, its session, the options, the temp files) and
 * what "Gem som …" did with the finished file.
 */
async function exportThroughTheApi(api, trusted, report) {
  const windowsBefore = seen.windows.length;
  const started = await api(trusted, { method: 'exports:start', args: { meetingId: report.meetings.value[0].id, document: 'agenda', edition: 'members' } });
  let status = null;
  for (let i = 0; i < 600 && started.ok; i++) {
    status = await api(trusted, { method: 'exports:status', args: { jobId: started.value.jobId } });
    if (status.value?.state !== 'running') break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const printWindows = seen.windows.slice(windowsBefore);
  const partition = seen.partitions['dagsorden-printer'];
  const fontUrl = pathToFileURL(join(appPath, '..', '..', 'resources', 'fonts', 'DejaVuSans.ttf')).href;
  const filtered = {};
  if (partition?.before) {
    for (const url of ['https://example.org/x.png', 'file:///etc/passwd', fontUrl, 'data:font/ttf;base64,AAAA']) partition.before({ url }, (answer) => { filtered[url] = answer.cancel; });
  }
  let permission = null;
  partition?.request?.({}, 'media', (granted) => { permission = granted; });
  report.export = {
    started: started.ok,
    status: status?.value ?? status,
    printWindows: printWindows.map((w) => ({ options: w.options, loads: w.loads, closed: w.isDestroyed(), hardened: typeof w.webContents.openHandler === 'function' && w.webContents.listenerCount('will-navigate') > 0 })),
    prints: seen.prints.map((p) => ({ ...p, fileExistsNow: p.file ? existsSync(p.file) : false, dirExistsNow: p.file ? existsSync(dirname(p.file)) : false })),
    partition: partition ? { count: partition.count, permission, check: partition.check?.({}, 'clipboard-read'), device: partition.device?.({}), cancelled: filtered } : null,
  };
  const save = seen.ipc.get('dagsorden:dialogs:save-export');
  if (started.ok) {
    report.export.saved = await save(trusted, { jobId: started.value.jobId });
    report.export.saveDialog = seen.saveDialog;
  }
  report.export.saveUnknown = await save(trusted, { jobId: 'unknown-job-123' });
  report.export.saveBadPayload = await save(trusted, { jobId: '../../etc' });
  report.export.saveFromIframe = await save({ sender: trusted.sender, senderFrame: { ...trusted.senderFrame, routingId: 99, parent: trusted.senderFrame } }, { jobId: 'whatever-123' });
}

/**
 * DRIVER_SIGN: a certificate imported with its password remembered, then an export signed with it
 * requested without a password, as a script in the page could: the main process must ask first.
 */
async function signThroughTheApi(api, trusted, report) {
  const p12 = readFileSync(process.env.DRIVER_P12);
  report.imported = await api(trusted, {
    method: 'certificates:import',
    args: { fileName: 'sekretariat.p12', dataBase64: p12.toString('base64'), password: process.env.DRIVER_P12_PASSWORD, rememberPassword: true, label: 'Sekretariatets certifikat' },
  });
  const meetingId = report.meetings.value[0].id;
  const sign = { certificateId: report.imported.value?.id };
  report.started = await api(trusted, { method: 'exports:start', args: { meetingId, document: 'minutes', edition: 'public', sign } });
  report.signDialogs = seen.signDialogs ?? [];
  report.printsAfterStart = seen.prints.length;
  let status = null;
  for (let i = 0; i < 1200 && report.started.ok; i++) {
    status = await api(trusted, { method: 'exports:status', args: { jobId: report.started.value.jobId } });
    if (status.value?.state !== 'running') break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  report.status = status?.value ?? null;
  report.prints = seen.prints.length;
  report.releases = await api(trusted, { method: 'releases:list', args: { meetingId } });
  if (report.status?.state === 'done') report.saved = await seen.ipc.get('dagsorden:dialogs:save-export')(trusted, { jobId: report.started.value.jobId });
  // A typed password needs no question: the person who typed it asked for the signature.
  const dialogsBefore = report.signDialogs.length;
  report.withPassword = await api(trusted, { method: 'exports:start', args: { meetingId, document: 'minutes', edition: 'public', sign: { ...sign, password: 'forkert' } } });
  report.dialogsForTypedPassword = (seen.signDialogs ?? []).length - dialogsBefore;
  if (report.withPassword.ok) {
    const jobId = report.withPassword.value.jobId;
    await api(trusted, { method: 'exports:cancel', args: { jobId } });
    for (let i = 0; i < 600; i++) {
      const cancelled = await api(trusted, { method: 'exports:status', args: { jobId } });
      if (cancelled.value?.state !== 'running') break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  if (seen.browser) await (await seen.browser).close();
}
