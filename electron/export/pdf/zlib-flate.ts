import { deflateSync } from 'node:zlib';
import type { PDFDocument } from 'pdf-lib';

/**
 * Makes the document's Flate streams (embedded font subsets and their ToUnicode maps, PNG images)
 * deflate with Node's zlib instead of pdf-lib's pako: the same format, a third of the time.
 * Affects only this document's context.
 */
export function deflateWithZlib(doc: PDFDocument): void {
  const context = doc.context;
  context.flateStream = (contents, dict = {}) =>
    context.stream(deflateSync(typeof contents === 'string' ? Buffer.from(contents, 'latin1') : contents), { ...dict, Filter: 'FlateDecode' });
}
