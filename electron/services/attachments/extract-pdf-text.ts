import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** Extracted text is for search and preview; a longer text is cut here. */
export const MAX_EXTRACTED_TEXT_LENGTH = 1_000_000;
const PAGE_SEPARATOR = '\n\n';
const PDFJS_VERBOSITY_ERRORS = 0;

export type PdfTextResult =
  | { ok: true; text: string; pageCount: number }
  | { ok: false; reason: 'encrypted' | 'damaged' };

/**
 * The text of every page, whitespace normalised, pages separated by a blank line, at most
 * MAX_EXTRACTED_TEXT_LENGTH characters (later pages are not read once the cap is reached).
 * pdf.js failing to open the file means readers will fail too, so that is reported; a single page
 * whose text cannot be read only loses its text.
 */
export async function extractPdfText(bytes: Uint8Array): Promise<PdfTextResult> {
  const loadingTask = getDocument({
    // pdf.js transfers (detaches) the buffer it is given: hand it a copy, the caller keeps the original.
    data: new Uint8Array(bytes), // a plain copy: pdf.js refuses a Buffer
    useSystemFonts: false,
    isEvalSupported: false,
    disableFontFace: true,
    stopAtErrors: false,
    verbosity: PDFJS_VERBOSITY_ERRORS,
  });
  try {
    let document;
    try {
      document = await loadingTask.promise;
    } catch (error) {
      return { ok: false, reason: isPasswordError(error) ? 'encrypted' : 'damaged' };
    }
    const pages: string[] = [];
    let length = 0;
    for (let pageNumber = 1; pageNumber <= document.numPages && length < MAX_EXTRACTED_TEXT_LENGTH; pageNumber++) {
      const pageText = await readPageText(document, pageNumber);
      pages.push(pageText);
      length += pageText.length + PAGE_SEPARATOR.length;
    }
    const text = pages.filter((page) => page !== '').join(PAGE_SEPARATOR);
    return { ok: true, text: capLength(text, MAX_EXTRACTED_TEXT_LENGTH), pageCount: document.numPages };
  } finally {
    await loadingTask.destroy();
  }
}

type PdfDocumentProxy = Awaited<ReturnType<typeof getDocument>['promise']>;

async function readPageText(document: PdfDocumentProxy, pageNumber: number): Promise<string> {
  try {
    const page = await document.getPage(pageNumber);
    try {
      const content = await page.getTextContent();
      let raw = '';
      for (const item of content.items) {
        if (!('str' in item)) continue; // marked-content markers carry no text
        raw += item.str;
        if (item.hasEOL) raw += '\n';
      }
      return normaliseWhitespace(raw);
    } finally {
      page.cleanup();
    }
  } catch {
    return '';
  }
}

/**
 * NFC (a PDF from a Mac may spell å as a + combining ring, which search would miss), Unicode
 * spaces become plain spaces, runs collapse, lines are trimmed, at most one blank line in a row.
 */
export function normaliseWhitespace(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ' ')
    .replace(/[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g, ' ')
    .replace(/[\u200b\u00ad\ufeff]/g, '')
    .replace(/ {2,}/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Cuts at max UTF-16 units without splitting a surrogate pair. */
function capLength(text: string, max: number): string {
  if (text.length <= max) return text;
  const lastKept = text.charCodeAt(max - 1);
  return text.slice(0, lastKept >= 0xd800 && lastKept <= 0xdbff ? max - 1 : max);
}

function isPasswordError(error: unknown): boolean {
  return error instanceof Error && error.name === 'PasswordException';
}
