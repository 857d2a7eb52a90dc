/**
 * The one port between the packet compiler and a browser engine. The app prints with Electron's
 * webContents.printToPDF; the CLI, browser mode and the tests with system Chromium over the DevTools
 * protocol (chromium-printer.ts). Both must give a tagged PDF with the document outline, A4, the
 * page size and margins taken from CSS.
 *
 * When `signal` aborts, print() rejects with the signal's reason within about a second, and the
 * print is stopped (the engine's page or process is killed), not left running in the background.
 */
export interface PdfPrinter {
  print(html: string, options: { title: string; signal?: AbortSignal }): Promise<Uint8Array>;
  close(): Promise<void>;
}
