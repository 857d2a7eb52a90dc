/**
 * The one port between the packet compiler and a browser engine. The app prints with Electron's
 * webContents.printToPDF; the CLI, browser mode and the tests with system Chromium over the DevTools
 * protocol (chromium-printer.ts). Both must give a tagged PDF with the document outline, A4, the
 * page size and margins taken from CSS.
 */
export interface PdfPrinter {
  print(html: string, options: { title: string }): Promise<Uint8Array>;
  close(): Promise<void>;
}
