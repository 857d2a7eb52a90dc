import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/content-security-policy';
import { runCli } from '../../helpers/run-cli';
import { tempDir } from '../../helpers/temp-db';
import { builtinModules } from 'node:module';
import { PDFDocument } from 'pdf-lib';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const DRIVER = fileURLToPath(new URL('./main-bundle-driver.mjs', import.meta.url));

let dir: string;
let cleanup: () => void;
let appRoot: string;
let pickedPdf: Buffer;

/** Runs the built main bundle under the stand-in 'electron' and returns the driver's report. */
function drive(args: string[], env: Record<string, string> = {}) {
  const picked = join(dir, 'Bilag 1.pdf');
  const result = spawnSync(process.execPath, [DRIVER, join(appRoot, 'out/main/index.cjs'), join(appRoot, 'out/main'), picked, ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 150_000,
  });
  expect(result.status, result.stderr).toBe(0);
  return JSON.parse(result.stdout.trim().split('\n').at(-1) ?? '{}');
}

beforeAll(async () => {
  ({ dir, cleanup } = tempDir('dagsorden-bundle-'));
  // An app folder as Electron sees it: package.json, out/ and node_modules (for better-sqlite3 and pdf.js's canvas).
  appRoot = join(dir, 'app');
  mkdirSync(join(appRoot, 'out/renderer'), { recursive: true });
  writeFileSync(join(appRoot, 'package.json'), '{"name":"dagsorden-test","main":"out/main/index.cjs"}');
  writeFileSync(join(appRoot, 'out/renderer/index.html'), '<!doctype html><title>Dagsorden</title>');
  symlinkSync(join(ROOT, 'node_modules'), join(appRoot, 'node_modules'), 'junction');
  // The fonts the packet HTML refers to (and the app's print window may read).
  symlinkSync(join(ROOT, 'resources'), join(appRoot, 'resources'), 'junction');
  // A real PDF (two pages), so 'attachments:add' accepts it by its upload token.
  const doc = await PDFDocument.create();
  doc.addPage();
  doc.addPage();
  pickedPdf = Buffer.from(await doc.save());
  writeFileSync(join(dir, 'Bilag 1.pdf'), pickedPdf);
  const build = spawnSync(process.execPath, [join(ROOT, 'electron/main/build.mjs'), `--out=${join(appRoot, 'out')}`], { encoding: 'utf8' });
  expect(build.status, build.stderr).toBe(0);
}, 120_000);
afterAll(() => cleanup());

describe('the esbuild bundles', () => {
  it('gives a preload that requires only electron (a sandboxed preload can load nothing else)', () => {
    const preload = readFileSync(join(appRoot, 'out/preload/index.cjs'), 'utf8');
    expect([...preload.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1])).toEqual(['electron']);
    expect(preload).toContain('exposeInMainWorld("dagsorden"');
    expect(existsSync(join(appRoot, 'out/preload/index.cjs.map'))).toBe(true);
  });

  it('gives a main bundle that requires only electron, better-sqlite3 and Node built-ins, with no import.meta left', () => {
    const main = readFileSync(join(appRoot, 'out/main/index.cjs'), 'utf8');
    // Module names only: the bundle also holds generated code with `require("' + name + '")` in strings.
    const required = new Set([...main.matchAll(/require\("([@\w][\w./@-]*)"\)/g)].map((m) => m[1] ?? ''));
    const allowed = new Set(['electron', 'better-sqlite3']);
    const foreign = [...required].filter((name) => !allowed.has(name) && !name.startsWith('node:') && !builtinModules.includes(name));
    expect(foreign).toEqual([]);
    expect(main).not.toMatch(/\bimport_meta\b|import\.meta/);
    expect(existsSync(join(appRoot, 'out/main/pdf.worker.mjs'))).toBe(true);
    expect(existsSync(join(appRoot, 'out/main/index.cjs.map'))).toBe(true);
  });
});

describe('the main bundle under a stand-in for electron', () => {
  let report: Record<string, unknown>;
  let meetingIds: number[];

  beforeAll(() => {
    const dbFile = join(dir, 'demo.sqlite');
    expect(runCli(['demo', '--db', dbFile]).code).toBe(0);
    meetingIds = (JSON.parse(runCli(['list', '--db', dbFile, '--json']).stdout) as { id: number }[]).map((m) => m.id);
    mkdirSync(join(dir, 'Gemt'));
    report = drive([`--db=${dbFile}`], { DAGSORDEN_USER_DATA_DIR: join(dir, 'user-data'), DRIVER_EXPORT: '1', DRIVER_SAVE_PATH: join(dir, 'Gemt', 'dagsorden') });
  }, 180_000);

  it('registers app:// as privileged before ready, sandboxes renderers and opens one secure window', () => {
    expect(report.startupErrors).toEqual([]);
    expect(report.sandbox).toBe(true);
    expect(report.privileged).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } }]);
    expect(report.window).toMatchObject({
      count: 1,
      url: 'app://dagsorden/index.html',
      options: {
        show: false,
        title: 'Dagsorden',
        webPreferences: { contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, preload: join(appRoot, 'out/preload/index.cjs') },
      },
    });
    expect(report.channels).toEqual([
      'dagsorden:api',
      'dagsorden:dialogs:confirm',
      'dagsorden:dialogs:open-files',
      'dagsorden:dialogs:save-export',
      'dagsorden:files:receive-dropped',
    ]);
  });

  it('answers meetings:list from the main frame and refuses an iframe, a web page and a bad payload', () => {
    const meetings = report.meetings as { ok: boolean; value: { id: number }[] };
    expect(meetings.ok).toBe(true);
    expect(meetings.value.map((m) => m.id).sort()).toEqual([...meetingIds].sort());
    const forbidden = { ok: false, error: { code: 'forbidden', message: 'Afvist: ukendt afsender.' } };
    expect(report.fromIframe).toEqual(forbidden);
    expect(report.fromWebPage).toEqual(forbidden);
    expect(report.badPayload).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('reads a PDF bilag with the bundled pdf.js (worker and canvas found from out/main)', () => {
    expect(report.bilagCopy).toMatchObject({ ok: true, value: { fileName: 'kopi.pdf', mediaType: 'application/pdf' } });
  });

  it('runs the dialogs: the picked file into the upload store, added by its token once; the confirm button', () => {
    expect(report.openFiles).toEqual({ ok: true, value: [{ name: 'Bilag 1.pdf', size: pickedPdf.length, uploadToken: expect.stringMatching(/^[A-Za-z0-9_-]{32}$/) }] });
    expect(report.pickedBilag).toMatchObject({ ok: true, value: { fileName: 'Bilag 1.pdf', title: 'Bilag 1', mediaType: 'application/pdf', pageCount: 2 } });
    expect(report.pickedAgain).toMatchObject({ ok: false, error: { code: 'upload_expired' } });
    expect(report.confirm).toEqual({ ok: true, value: true });
  });

  it('receives a dropped file by its path into the same upload store; refuses a relative path and an iframe', () => {
    expect(report.dropped).toEqual({ ok: true, value: [{ name: 'Bilag 1.pdf', size: pickedPdf.length, uploadToken: expect.stringMatching(/^[A-Za-z0-9_-]{32}$/) }] });
    expect(report.droppedBilag).toMatchObject({ ok: true, value: { fileName: 'Bilag 1.pdf', title: 'Bilag 1', mediaType: 'application/pdf', pageCount: 2 } });
    expect(report.droppedRelative).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(report.droppedFromIframe).toEqual({ ok: false, error: { code: 'forbidden', message: 'Afvist: ukendt afsender.' } });
  });

  it('serves out/renderer with the CSP and refuses traversal', () => {
    expect(report.protocol).toEqual({
      'app://dagsorden/index.html': { status: 200, csp: CONTENT_SECURITY_POLICY },
      'app://dagsorden/..%2f..%2fpackage.json': { status: 403, csp: CONTENT_SECURITY_POLICY },
    });
  });

  it('blocks navigation, windows, webviews, permissions and network requests', () => {
    expect(report.prevented).toBe(3);
    expect(report.windowOpen).toEqual([{ action: 'deny' }, { action: 'deny' }]);
    expect(report.openedExternally).toEqual(['https://example.org/sag']);
    expect(report.permissions).toEqual({ request: false, check: false, device: false });
    expect(report.requests).toEqual({
      'https://example.org/x.js': { cancel: true },
      'file:///etc/passwd': { cancel: true },
      'app://dagsorden/assets/a.js': { cancel: false },
    });
  });

  it('installs the Danish menu, sends its commands to the renderer and saves the window state on close', () => {
    expect(report.menu).toEqual(['Filer', 'Rediger', 'Vis', 'Hjælp']);
    expect(report.sent).toEqual([['menu:command', 'new-meeting']]);
    expect(report.windowState).toEqual({ x: 320, y: 90, width: 1280, height: 860, isMaximized: false });
  });

  it('prints an export started through the API in a hidden, locked-down Electron window, removing each temp file', () => {
    const exported = report.export as {
      started: boolean;
      status: { state: string; result?: { fileName: string; pageCount: number } };
      printWindows: { options: Record<string, unknown>; loads: number; closed: boolean; hardened: boolean }[];
      prints: { options: unknown; file: string; fileExisted: boolean; dirMode: number; fileExistsNow: boolean; dirExistsNow: boolean; window: number }[];
      partition: { count: number; permission: boolean; check: boolean; device: boolean; cancelled: Record<string, boolean> };
    };
    expect(exported.started).toBe(true);
    expect(exported.status).toMatchObject({ state: 'done', result: { fileName: expect.stringMatching(/^(Udkast til dagsorden|Dagsorden) .* \(medlemmer\)\.pdf$/) } });
    // One print window for the job, reused for every pass, closed when the job ended.
    expect(exported.printWindows).toHaveLength(1);
    const printWindow = exported.printWindows[0]!;
    expect(printWindow.options).toMatchObject({
      show: false,
      webPreferences: { partition: 'dagsorden-printer', sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false },
    });
    expect(printWindow.options.webPreferences).not.toHaveProperty('preload');
    expect(printWindow).toMatchObject({ closed: true, hardened: true });
    expect(exported.prints.length).toBeGreaterThanOrEqual(2); // the table of contents needs a second pass
    expect(printWindow.loads).toBe(exported.prints.length);
    for (const print of exported.prints) {
      expect(print.options).toEqual({
        pageSize: 'A4',
        printBackground: true,
        preferCSSPageSize: true,
        generateTaggedPDF: true,
        generateDocumentOutline: true,
        displayHeaderFooter: false,
        landscape: false,
        margins: { top: 25 / 25.4, bottom: 22 / 25.4, left: 22 / 25.4, right: 22 / 25.4 },
      });
      expect(print.file).toMatch(/dagsorden-print-[^/\\]+[/\\]packet\.html$/);
      expect(print).toMatchObject({ fileExisted: true, dirMode: 0o700, fileExistsNow: false, dirExistsNow: false });
    }
    // Its own session: no permission, and only its temp folder, the fonts and data: may be read.
    expect(exported.partition).toMatchObject({ count: 1, permission: false, check: false, device: false });
    expect(Object.entries(exported.partition.cancelled).map(([url, cancel]) => [url.replace(/^file:.*\/resources\//, 'file:…/resources/'), cancel])).toEqual([
      ['https://example.org/x.png', true],
      ['file:///etc/passwd', true],
      ['file:…/resources/fonts/DejaVuSans.ttf', false],
      ['data:font/ttf;base64,AAAA', false],
    ]);
  });

  it('saves a finished export with "Gem som …" (Documents, PDF filter, .pdf added) and refuses unknown jobs and strangers', () => {
    const exported = report.export as {
      status: { result: { fileName: string } };
      saved: unknown; saveDialog: { defaultPath: string; filters: unknown }; saveUnknown: unknown; saveBadPayload: unknown; saveFromIframe: unknown;
    };
    const target = join(dir, 'Gemt', 'dagsorden.pdf');
    expect(exported.saved).toEqual({ ok: true, value: target });
    expect(readFileSync(target).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(exported.saveDialog.defaultPath).toBe(join(appRoot, 'out/main', 'fake-documents', exported.status.result.fileName));
    expect(exported.saveDialog.filters).toEqual([{ name: 'PDF-dokument', extensions: ['pdf'] }]);
    expect(exported.saveUnknown).toEqual({ ok: false, error: { code: 'not_found', message: 'Eksporten findes ikke længere. Start den igen.' } });
    expect(exported.saveBadPayload).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(exported.saveFromIframe).toEqual({ ok: false, error: { code: 'forbidden', message: 'Afvist: ukendt afsender.' } });
  });

  it('shows the Danish message and exits 1 when the database cannot be opened', () => {
    const notADatabase = join(dir, 'tekst.sqlite');
    writeFileSync(notADatabase, 'dette er ikke en database');
    const failed = drive([`--db=${notADatabase}`]);
    expect(failed.startupErrors).toEqual([
      { title: 'Dagsorden kan ikke starte', message: `Filen ${notADatabase} er ikke en Dagsorden-database: filen er ikke en SQLite-database` },
    ]);
    expect(failed.exitCode).toBe(1);
    expect(failed.window).toBeUndefined();
  });
});
