import { isAbsolute, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BrowserWindow, session, type PrintToPDFOptions, type Session } from 'electron';
import type { PdfPrinter } from '../export/printer/pdf-printer';
import { abortable } from '../export/printer/abortable';
import { withHtmlFile } from '../export/printer/html-file';
import { oneAtATime } from '../export/printer/one-at-a-time';
import { PRINT_MARGINS_MM } from '../export/printer/print-margins';
import { processTempDir } from '../export/printer/temp-root';

/** Millimetres to inches, the unit of printToPDF's margins. */
const mm = (value: number): number => value / 25.4;

/**
 * What every packet page is printed with: A4 (the CSS @page size wins), backgrounds, a tagged PDF
 * with an outline from the headings (the packet compiler finds the items by it), and the same
 * margins as the system-Chromium printer.
 */
export const ELECTRON_PRINT_OPTIONS: PrintToPDFOptions = {
  pageSize: 'A4',
  printBackground: true,
  preferCSSPageSize: true,
  generateTaggedPDF: true,
  generateDocumentOutline: true,
  displayHeaderFooter: false,
  landscape: false,
  margins: { top: mm(PRINT_MARGINS_MM.top), bottom: mm(PRINT_MARGINS_MM.bottom), left: mm(PRINT_MARGINS_MM.left), right: mm(PRINT_MARGINS_MM.right) },
};

/** The in-memory session of the print window (no "persist:" prefix: nothing is written to disk). */
export const PRINTER_PARTITION = 'dagsorden-printer';

export interface ElectronPrinterOptions {
  /** resources/ of the app: the fonts the HTML refers to as file:// URLs live below it. */
  resourcesDir: string;
  /** Where the private temp folders are made (default: this process's temp folder, temp-root.ts). */
  tempDir?: string;
}

/** True when `path` is `root` or inside it. */
function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * The print window's session: every permission refused, and the only requests that may leave the
 * page are file:// reads of the page itself (in its private temp folder) and of the bundled fonts,
 * plus data: URLs the HTML carries inline. Everything else (http, https, other files) is cancelled.
 */
export function hardenPrinterSession(printSession: Session, allowedRoots: () => string[]): void {
  printSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  printSession.setPermissionCheckHandler(() => false);
  printSession.setDevicePermissionHandler(() => false);
  printSession.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedPrintRequest(details.url, allowedRoots()) }));
}

export function isAllowedPrintRequest(raw: string, roots: string[]): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol === 'data:') return true;
  if (url.protocol !== 'file:') return false;
  let path: string;
  try {
    path = fileURLToPath(url);
  } catch {
    return false;
  }
  return roots.some((root) => isInside(root, path));
}

/**
 * Prints HTML to PDF with Electron's own Chromium (webContents.printToPDF), so the desktop app
 * needs no system browser. One hidden, sandboxed window without JavaScript, preload or Node is
 * made on the first print and reused (a packet prints at least twice); close() closes it. Each
 * print writes the HTML to a fresh private temp folder (0700) and loads it from there, so its
 * file:// fonts load; the folder is removed afterwards, whatever happens. Prints run one at a time.
 * An aborted print destroys the window (its renderer with it; printToPDF cannot be cancelled) and
 * the next print makes a new one.
 */
export function createElectronPrinter(options: ElectronPrinterOptions): PdfPrinter {
  let window: BrowserWindow | null = null;
  /** The temp folders of prints under way: the session lets the page read these only. */
  const printing = new Set<string>();
  let sessionHardened = false;

  const getWindow = (): BrowserWindow => {
    if (window && !window.isDestroyed()) return window;
    if (!sessionHardened) {
      hardenPrinterSession(session.fromPartition(PRINTER_PARTITION), () => [options.resourcesDir, ...printing]);
      sessionHardened = true;
    }
    window = new BrowserWindow({
      show: false,
      width: 794, // A4 at 96 dpi; the size only matters for screen media, the print uses @page.
      height: 1123,
      paintWhenInitiallyHidden: true,
      webPreferences: {
        partition: PRINTER_PARTITION,
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        javascript: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        webviewTag: false,
        navigateOnDragDrop: false,
        spellcheck: false,
        devTools: false,
        images: true,
      },
    });
    // Navigation, window.open and <webview> are already blocked for every webContents
    // (app.on('web-contents-created') → hardenWebContents); this window never needs any of them.
    return window;
  };

  const printOnce = ({ html, signal }: { html: string; signal: AbortSignal | undefined }): Promise<Uint8Array> => withHtmlFile(html, async (file, dir) => {
    printing.add(dir);
    try {
      signal?.throwIfAborted();
      const target = getWindow();
      const work = (async () => {
        await target.loadFile(file);
        const pdf = await target.webContents.printToPDF(ELECTRON_PRINT_OPTIONS);
        return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
      })();
      // Destroying the window is immediate; its printToPDF may never settle, so it is not waited for.
      return await abortable(work, signal, () => {
        if (window === target) window = null;
        if (!target.isDestroyed()) target.destroy();
      }, 0);
    } finally {
      printing.delete(dir);
    }
  }, options.tempDir ?? processTempDir());
  const prints = oneAtATime(printOnce);

  return {
    // The title travels in the HTML's <title>; Chromium writes it to the PDF's Info dictionary.
    print: (html, printOptions) => prints.run({ html, signal: printOptions.signal }, printOptions.signal),
    async close() {
      await prints.idle();
      const current = window;
      window = null;
      if (current && !current.isDestroyed()) current.close();
    },
  };
}
