/**
 * pdf-lib's error classes are compiled to ES5, so `instanceof` fails and `name` is "Error":
 * the message is the only reliable signal. Keep the patterns here, in one place.
 */
export type PdfLoadFailure = 'encrypted' | 'not_pdf' | 'damaged';

export function classifyPdfLoadError(error: unknown): PdfLoadFailure {
  const message = error instanceof Error ? error.message : String(error);
  if (/is encrypted/i.test(message)) return 'encrypted';
  if (/No PDF header found/i.test(message)) return 'not_pdf';
  // "Failed to parse PDF document", "Expected instance of PDFDict", invalid xref, unexpected EOF, …
  return 'damaged';
}
