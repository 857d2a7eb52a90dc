import type { PDFDocument } from 'pdf-lib';

/**
 * A fixed timestamp for generated documents: the same input must give the same bytes, because
 * attachments are stored content-addressed by SHA-256 and tests compare hashes.
 */
export const FIXED_PDF_DATE = new Date('2000-01-01T00:00:00Z');

/**
 * Producer, creator, dates and language set explicitly. The document must have been created with
 * `updateMetadata: false`, or pdf-lib stamps the current time (and its own producer) into it.
 */
export function setFixedDocumentMetadata(doc: PDFDocument, options: { title?: string } = {}): void {
  if (options.title !== undefined) doc.setTitle(options.title, { showInWindowTitleBar: true });
  doc.setProducer('Dagsorden');
  doc.setCreator('Dagsorden');
  doc.setCreationDate(FIXED_PDF_DATE);
  doc.setModificationDate(FIXED_PDF_DATE);
  doc.setLanguage('da');
}
