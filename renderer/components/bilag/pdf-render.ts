import * as pdfjs from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import type { PDFDocumentProxy } from 'pdfjs-dist';

// Loaded lazily (dynamic import) so jsdom tests and the first paint never pay for pdf.js.
pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;

/** Opens PDF bytes with pdf.js; eval stays off for the strict CSP. */
export async function openPdf(bytes: Uint8Array): Promise<PDFDocumentProxy> {
  return pdfjs.getDocument({ data: bytes, isEvalSupported: false }).promise;
}

/** Renders one page into the canvas at the given CSS width (sharp on high-DPI screens). */
export async function renderPage(doc: PDFDocumentProxy, pageNumber: number, canvas: HTMLCanvasElement, cssWidth: number): Promise<void> {
  const page = await doc.getPage(pageNumber);
  const base = page.getViewport({ scale: 1 });
  const ratio = typeof window !== 'undefined' ? Math.min(window.devicePixelRatio || 1, 2) : 1;
  const viewport = page.getViewport({ scale: (cssWidth / base.width) * ratio });
  canvas.width = Math.floor(viewport.width);
  canvas.height = Math.floor(viewport.height);
  canvas.style.width = `${cssWidth}px`;
  canvas.style.height = `${Math.floor(viewport.height / ratio)}px`;
  await page.render({ canvas, viewport }).promise;
}

const thumbnails = new Map<string, Promise<string>>();

/** Page 1 as a PNG data URL, cached by the bilag's SHA-256 (the same bytes never render twice). */
export function thumbnailFor(sha256: string, load: () => Promise<Uint8Array>, cssWidth = 120): Promise<string> {
  let cached = thumbnails.get(sha256);
  if (!cached) {
    cached = (async () => {
      const doc = await openPdf(await load());
      try {
        const canvas = document.createElement('canvas');
        await renderPage(doc, 1, canvas, cssWidth);
        return canvas.toDataURL('image/png');
      } finally {
        void doc.destroy();
      }
    })();
    cached.catch(() => thumbnails.delete(sha256));
    thumbnails.set(sha256, cached);
  }
  return cached;
}
