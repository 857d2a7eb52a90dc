import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { tempDir } from '../../helpers/temp-db';

/** What the stand-in for Electron saw: windows, their loads and prints, the partition's handlers. */
const seen = vi.hoisted(() => ({
  windows: [] as FakeWindowShape[],
  partitions: [] as string[],
  handlers: {} as Record<string, (...args: never[]) => unknown>,
  failPrint: false,
  hangPrint: false,
}));
interface FakeWindowShape {
  options: Record<string, unknown>;
  loads: { file: string; html: string; dirMode: number; readable: boolean }[];
  prints: unknown[];
  closed: boolean;
  destroyed: boolean;
}

vi.mock('electron', async () => {
  const { readFileSync: read, statSync: stat } = await import('node:fs');
  const { dirname: parent } = await import('node:path');
  const { pathToFileURL: toUrl } = await import('node:url');
  class BrowserWindow implements FakeWindowShape {
    loads: FakeWindowShape['loads'] = [];
    prints: unknown[] = [];
    closed = false;
    destroyed = false;
    webContents: { printToPDF(options: unknown): Promise<Buffer> };
    constructor(public options: Record<string, unknown>) {
      seen.windows.push(this);
      this.webContents = {
        printToPDF: async (options) => {
          this.prints.push(options);
          if (seen.failPrint) throw new Error('printing failed');
          // Like a print of a huge page: it never ends by itself.
          if (seen.hangPrint) await new Promise(() => {});
          return Buffer.from(`%PDF-1.7 print ${this.prints.length}`);
        },
      };
    }
    async loadFile(file: string) {
      // What the session's request filter says about the page itself while it loads.
      let readable = false;
      (seen.handlers.before as unknown as (d: { url: string }, cb: (a: { cancel: boolean }) => void) => void)({ url: toUrl(file).href }, (a) => { readable = !a.cancel; });
      this.loads.push({ file, html: read(file, 'utf8'), dirMode: stat(parent(file)).mode & 0o777, readable });
    }
    isDestroyed() { return this.closed; }
    close() { this.closed = true; }
    destroy() { this.closed = true; this.destroyed = true; }
  }
  const session = {
    fromPartition: (name: string) => {
      seen.partitions.push(name);
      return {
        setPermissionRequestHandler: (h: never) => { seen.handlers.request = h; },
        setPermissionCheckHandler: (h: never) => { seen.handlers.check = h; },
        setDevicePermissionHandler: (h: never) => { seen.handlers.device = h; },
        webRequest: { onBeforeRequest: (h: never) => { seen.handlers.before = h; } },
      };
    },
  };
  return { BrowserWindow, session, default: { BrowserWindow, session } };
});

const { createElectronPrinter, ELECTRON_PRINT_OPTIONS, isAllowedPrintRequest } = await import('../../../electron/main/electron-printer');

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDir('dagsorden-eprinter-'));
  mkdirSync(join(dir, 'tmp'));
  seen.windows.length = 0;
  seen.partitions.length = 0;
  seen.failPrint = false;
  seen.hangPrint = false;
});
afterEach(() => cleanup());

describe('the Electron printer', () => {
  it('writes the HTML to a private temp file, loads it, prints with the packet options and removes the file', async () => {
    const printer = createElectronPrinter({ resourcesDir: join(dir, 'resources'), tempDir: join(dir, 'tmp') });
    const pdf = await printer.print('<!doctype html><title>Dagsorden</title><h1>1. Godkendelse</h1>', { title: 'Dagsorden' });
    expect(Buffer.from(pdf).toString('latin1')).toBe('%PDF-1.7 print 1');
    const [window] = seen.windows;
    expect(window?.loads).toHaveLength(1);
    const load = window!.loads[0]!;
    expect(load.html).toContain('<h1>1. Godkendelse</h1>');
    expect(load.file.startsWith(join(dir, 'tmp', 'dagsorden-print-'))).toBe(true);
    expect(load.dirMode).toBe(0o700);
    expect(load.readable).toBe(true);
    expect(existsSync(load.file)).toBe(false);
    expect(existsSync(dirname(load.file))).toBe(false);
    expect(window!.prints).toEqual([ELECTRON_PRINT_OPTIONS]);
    expect(ELECTRON_PRINT_OPTIONS).toEqual({
      pageSize: 'A4', printBackground: true, preferCSSPageSize: true, generateTaggedPDF: true, generateDocumentOutline: true,
      displayHeaderFooter: false, landscape: false,
      margins: { top: 25 / 25.4, bottom: 22 / 25.4, left: 22 / 25.4, right: 22 / 25.4 },
    });
    await printer.close();
  });

  it('uses one hidden, sandboxed window without JavaScript, preload or Node in its own session, and closes it', async () => {
    const printer = createElectronPrinter({ resourcesDir: join(dir, 'resources'), tempDir: join(dir, 'tmp') });
    await Promise.all([printer.print('<p>a</p>', { title: 'a' }), printer.print('<p>b</p>', { title: 'b' })]);
    await printer.print('<p>c</p>', { title: 'c' });
    expect(seen.windows).toHaveLength(1);
    const window = seen.windows[0]!;
    expect(window.loads.map((l) => l.html)).toEqual(['<p>a</p>', '<p>b</p>', '<p>c</p>']);
    expect(window.options).toMatchObject({
      show: false,
      webPreferences: { partition: 'dagsorden-printer', sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false, webSecurity: true, devTools: false },
    });
    expect(window.options.webPreferences).not.toHaveProperty('preload');
    expect(seen.partitions).toEqual(['dagsorden-printer']);
    await printer.close();
    expect(window.closed).toBe(true);
    // A print after close gets a new window.
    await printer.print('<p>d</p>', { title: 'd' });
    expect(seen.windows).toHaveLength(2);
    await printer.close();
  }, 10_000);

  it('removes the temp file when printing fails, and the next print still works', async () => {
    const printer = createElectronPrinter({ resourcesDir: join(dir, 'resources'), tempDir: join(dir, 'tmp') });
    seen.failPrint = true;
    await expect(printer.print('<p>x</p>', { title: 'x' })).rejects.toThrow('printing failed');
    const file = seen.windows[0]!.loads[0]!.file;
    expect(existsSync(dirname(file))).toBe(false);
    seen.failPrint = false;
    expect(Buffer.from(await printer.print('<p>y</p>', { title: 'y' })).toString('latin1')).toContain('%PDF');
    await printer.close();
  });

  it('denies every permission and lets the page read only its own file, the fonts and data: URLs', async () => {
    const resources = join(dir, 'resources');
    const printer = createElectronPrinter({ resourcesDir: resources, tempDir: join(dir, 'tmp') });
    let pageAfterPrint: boolean | undefined;
    let fontAllowed: boolean | undefined;
    await printer.print('<p>x</p>', { title: 'x' });
    const before = seen.handlers.before as unknown as (d: { url: string }, cb: (a: { cancel: boolean }) => void) => void;
    before({ url: pathToFileURL(join(resources, 'fonts', 'DejaVuSans.ttf')).href }, (a) => { fontAllowed = !a.cancel; });
    before({ url: pathToFileURL(seen.windows[0]!.loads[0]!.file).href }, (a) => { pageAfterPrint = !a.cancel; });
    expect(fontAllowed).toBe(true);
    expect(pageAfterPrint).toBe(false); // the print is over: its folder is no longer readable
    let granted: boolean | undefined;
    (seen.handlers.request as unknown as (c: unknown, p: string, cb: (g: boolean) => void) => void)({}, 'media', (g) => { granted = g; });
    expect(granted).toBe(false);
    expect((seen.handlers.check as unknown as () => boolean)()).toBe(false);
    expect((seen.handlers.device as unknown as () => boolean)()).toBe(false);

    expect(isAllowedPrintRequest('https://example.org/logo.png', [resources])).toBe(false);
    expect(isAllowedPrintRequest('file:///etc/passwd', [resources])).toBe(false);
    expect(isAllowedPrintRequest(pathToFileURL(join(resources, '..', 'secret.txt')).href, [resources])).toBe(false);
    expect(isAllowedPrintRequest(`${pathToFileURL(resources).href}/fonts/..%2F..%2Fsecret.txt`, [resources])).toBe(false);
    expect(isAllowedPrintRequest('data:font/ttf;base64,AAAA', [resources])).toBe(true);
    expect(isAllowedPrintRequest('not a url', [resources])).toBe(false);
    await printer.close();
  });

  it('stops a print when its signal aborts: rejects at once, destroys the window, removes the temp folder; the next print gets a new window', async () => {
    const printer = createElectronPrinter({ resourcesDir: join(dir, 'resources'), tempDir: join(dir, 'tmp') });
    seen.hangPrint = true;
    const controller = new AbortController();
    const printing = printer.print('<p>enorm</p>', { title: 'x', signal: controller.signal });
    // A second print queued behind it, with the same signal: rejected too, never loaded.
    const queued = printer.print('<p>næste</p>', { title: 'y', signal: controller.signal });
    await vi.waitFor(() => expect(seen.windows[0]?.prints).toHaveLength(1));
    const started = performance.now();
    controller.abort(new Error('Eksporten blev annulleret.'));
    const [first, second] = await Promise.allSettled([printing, queued]);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(first).toMatchObject({ status: 'rejected', reason: { message: 'Eksporten blev annulleret.' } });
    expect(second).toMatchObject({ status: 'rejected', reason: { message: 'Eksporten blev annulleret.' } });
    const window = seen.windows[0]!;
    expect(window.destroyed).toBe(true);
    expect(window.loads).toHaveLength(1);
    expect(existsSync(dirname(window.loads[0]!.file))).toBe(false);
    seen.hangPrint = false;
    expect(Buffer.from(await printer.print('<p>z</p>', { title: 'z' })).toString('latin1')).toContain('%PDF');
    expect(seen.windows).toHaveLength(2);
    await printer.close();
  }, 10_000);

  it('refuses a print whose signal has already aborted, without loading anything', async () => {
    const printer = createElectronPrinter({ resourcesDir: join(dir, 'resources'), tempDir: join(dir, 'tmp') });
    await expect(printer.print('<p>x</p>', { title: 'x', signal: AbortSignal.abort(new Error('for sent')) })).rejects.toThrow('for sent');
    expect(seen.windows.flatMap((w) => w.loads)).toHaveLength(0);
    await printer.close();
  }, 10_000);
});
