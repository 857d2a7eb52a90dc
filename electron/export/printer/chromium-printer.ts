import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { abortable } from './abortable';
import { CdpPipe } from './cdp-pipe';
import { withHtmlFile } from './html-file';
import { oneAtATime } from './one-at-a-time';
import type { PdfPrinter } from './pdf-printer';
import { PRINT_MARGINS_MM } from './print-margins';
import { processTempDir } from './temp-root';

/** Debian's Chromium; no browser is ever downloaded. */
export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

const LAUNCH_ARGS = [
  '--headless', '--remote-debugging-pipe', '--no-sandbox', '--disable-gpu', '--no-first-run', '--no-default-browser-check',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-extensions',
  '--disable-default-apps', '--mute-audio', '--hide-scrollbars',
];

const INCH = 25.4;

export function systemChromiumAvailable(executablePath = SYSTEM_CHROMIUM): boolean {
  return existsSync(executablePath);
}

interface Browser { child: ChildProcess; cdp: CdpPipe; profile: string; session: Promise<string> }

/**
 * Prints HTML to PDF with headless system Chromium, driven over the DevTools protocol on a pipe.
 * The browser starts on the first print with a throwaway profile and one page that is reused (a
 * packet prints twice: once to find the page numbers for the table of contents, once for real).
 * The page runs no script and is offline; the HTML is loaded from a temporary file so its
 * file:// fonts load. A print cannot be cancelled over the protocol, so an aborted print kills
 * the browser (its whole process group) and the next print starts a new one.
 */
export function createChromiumPrinter(options: { executablePath?: string; tempDir?: string } = {}): PdfPrinter {
  const executablePath = options.executablePath ?? SYSTEM_CHROMIUM;
  let browser: Browser | null = null;
  const tempDir = () => options.tempDir ?? processTempDir();

  const getBrowser = (): Browser => {
    if (!browser) {
      const started = launch(executablePath, tempDir());
      browser = started;
      started.session.catch(() => {
        if (browser === started) browser = null;
      });
    }
    return browser;
  };

  const printWith = async (target: Browser, html: string): Promise<Uint8Array> => {
    const sessionId = await target.session;
    const { cdp } = target;
    return withHtmlFile(html, async (file) => {
      const url = pathToFileURL(file).href;
      const loaded = cdp.waitFor('Page.loadEventFired', sessionId);
      const navigation = await cdp.send<{ errorText?: string }>('Page.navigate', { url }, sessionId);
      if (navigation.errorText) throw new Error(`Chromium kunne ikke åbne dokumentet: ${navigation.errorText}`);
      await loaded;
      const { data } = await cdp.send<{ data: string }>('Page.printToPDF', {
        paperWidth: 210 / INCH,
        paperHeight: 297 / INCH,
        marginTop: PRINT_MARGINS_MM.top / INCH,
        marginBottom: PRINT_MARGINS_MM.bottom / INCH,
        marginLeft: PRINT_MARGINS_MM.left / INCH,
        marginRight: PRINT_MARGINS_MM.right / INCH,
        printBackground: true,
        preferCSSPageSize: true,
        displayHeaderFooter: false,
        generateTaggedPDF: true,
        generateDocumentOutline: true,
      }, sessionId);
      const bytes = Buffer.from(data, 'base64');
      return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    }, tempDir());
  };

  const printOnce = async ({ html, signal }: { html: string; signal: AbortSignal | undefined }): Promise<Uint8Array> => {
    signal?.throwIfAborted();
    const target = getBrowser();
    return abortable(printWith(target, html), signal, () => {
      if (browser === target) browser = null;
      return shutDown(target, { kill: true });
    });
  };

  const prints = oneAtATime(printOnce);
  return {
    // The title travels in the HTML's <title>; Chromium writes it to the PDF's Info dictionary.
    print: (html, printOptions) => prints.run({ html, signal: printOptions.signal }, printOptions.signal),
    async close() {
      await prints.idle();
      const current = browser;
      browser = null;
      if (current) await shutDown(current);
    },
  };
}

function launch(executablePath: string, tempDir: string): Browser {
  if (!existsSync(executablePath)) {
    throw new Error(`Chromium blev ikke fundet på ${executablePath}. Installér pakken chromium for at danne PDF-filer.`);
  }
  const profile = mkdtempSync(join(tempDir, 'dagsorden-chromium-'));
  // Its own process group, so stopping a print kills the renderer and GPU processes with it.
  const child = spawn(executablePath, [...LAUNCH_ARGS, `--user-data-dir=${profile}`, 'about:blank'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'],
    detached: process.platform !== 'win32',
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => { stderr = (stderr + chunk.toString('utf8')).slice(-2000); });
  const cdp = new CdpPipe(child.stdio[3] as Writable, child.stdio[4] as Readable);
  const gone = (why: string) => cdp.close(new Error(`Chromium stoppede uventet (${why}).${stderr ? ` ${stderr.trim().split('\n').at(-1)}` : ''}`));
  child.on('exit', (code, signal) => gone(signal ?? `kode ${code}`));
  child.on('error', (error) => gone(error.message));
  (child.stdio[3] as Writable).on('error', () => gone('forbindelsen blev lukket'));
  const browser: Browser = { child, cdp, profile, session: Promise.resolve('') };
  browser.session = (async () => {
    try {
      const { targetId } = await cdp.send<{ targetId: string }>('Target.createTarget', { url: 'about:blank' });
      const { sessionId } = await cdp.send<{ sessionId: string }>('Target.attachToTarget', { targetId, flatten: true });
      await cdp.send('Page.enable', {}, sessionId);
      await cdp.send('Emulation.setScriptExecutionDisabled', { value: true }, sessionId);
      await cdp.send('Network.enable', {}, sessionId);
      await cdp.send('Network.emulateNetworkConditions', { offline: true, latency: 0, downloadThroughput: -1, uploadThroughput: -1 }, sessionId);
      return sessionId;
    } catch (error) {
      await shutDown(browser);
      throw error;
    }
  })();
  return browser;
}

/** Closes the browser (asks first; kills its process group after 3 s, or at once with `kill`) and removes its profile. */
async function shutDown(browser: Browser, options: { kill?: boolean } = {}): Promise<void> {
  const { child, cdp, profile } = browser;
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
  const kill = () => {
    try {
      if (child.pid !== undefined && process.platform !== 'win32') process.kill(-child.pid, 'SIGKILL');
      else child.kill('SIGKILL');
    } catch {
      // Already gone.
    }
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  if (options.kill) kill();
  else {
    cdp.send('Browser.close').catch(() => undefined);
    timer = setTimeout(kill, 3_000);
  }
  await exited;
  clearTimeout(timer);
  // The renderer and GPU processes share the group and may outlive the browser by a moment.
  if (process.platform !== 'win32' && child.pid !== undefined) {
    try { process.kill(-child.pid, 'SIGKILL'); } catch { /* the group is gone */ }
  }
  rmSync(profile, { recursive: true, force: true });
}
