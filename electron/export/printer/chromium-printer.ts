import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import type { PdfPrinter } from './pdf-printer';
import { PRINT_MARGINS_MM } from './print-margins';
import { withHtmlFile } from './html-file';

/** Debian's Chromium; playwright's own browser download is never used. */
export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

const LAUNCH_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run',
];

export function systemChromiumAvailable(executablePath = SYSTEM_CHROMIUM): boolean {
  return existsSync(executablePath);
}

/**
 * Prints HTML to PDF with headless Chromium. The browser starts on the first print and is reused
 * (a packet prints twice: once to find the page numbers for the table of contents, once for real).
 * The HTML is loaded from a temporary file so that its file:// fonts load; the context is offline
 * and runs no script.
 */
export function createChromiumPrinter(options: { executablePath?: string } = {}): PdfPrinter {
  const executablePath = options.executablePath ?? SYSTEM_CHROMIUM;
  let browser: Promise<Browser> | null = null;

  const getBrowser = (): Promise<Browser> => {
    if (!browser) {
      if (!existsSync(executablePath)) {
        throw new Error(`Chromium blev ikke fundet på ${executablePath}. Installér pakken chromium for at danne PDF-filer.`);
      }
      // Loaded on first use: the desktop app's main bundle keeps playwright-core external and
      // must not load it at start-up.
      browser = import('playwright-core').then(({ chromium }) => chromium.launch({ executablePath, args: LAUNCH_ARGS, headless: true }));
      browser.catch(() => { browser = null; });
    }
    return browser;
  };

  return {
    async print(html) {
      // The title travels in the HTML's <title>; Chromium writes it to the PDF's Info dictionary.
      const context = await (await getBrowser()).newContext({ javaScriptEnabled: false, offline: true });
      try {
        const page = await context.newPage();
        return await withHtmlFile(html, async (url) => {
          await page.goto(url, { waitUntil: 'load' });
          const pdf = await page.pdf({
            format: 'A4',
            printBackground: true,
            tagged: true,
            outline: true,
            preferCSSPageSize: true,
            displayHeaderFooter: false,
            margin: {
              top: `${PRINT_MARGINS_MM.top}mm`, bottom: `${PRINT_MARGINS_MM.bottom}mm`,
              left: `${PRINT_MARGINS_MM.left}mm`, right: `${PRINT_MARGINS_MM.right}mm`,
            },
          });
          return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
        });
      } finally {
        await context.close();
      }
    },
    async close() {
      const current = browser;
      browser = null;
      if (current) await (await current).close();
    },
  };
}
