import { ParseSpeeds, PDFDocument, PDFParser, type PDFContext } from 'pdf-lib';
import { UserError } from '../../../shared/api/envelope';
import type { Db } from '../../store/open-database';
import { getBlob } from '../../store/repositories/blob-repository';
import { classifyPdfLoadError } from '../pdf/pdf-errors';
import { installPdfNameCache } from '../pdf/pdf-name-cache';
import type { DocumentBilag as PacketBilag } from '../../../shared/document';

export interface LoadedBilag {
  bilag: PacketBilag;
  doc: PDFDocument;
  pageCount: number;
  /** The file's bytes: the document's streams are views into them (spillBilagImages takes them out). */
  bytes: Uint8Array;
}

const REASONS = {
  encrypted: 'filen er krypteret eller beskyttet med adgangskode. Fjern beskyttelsen, og vedhæft filen igen',
  not_pdf: 'filen er ikke en PDF-fil. Vedhæft bilaget igen som PDF',
  damaged: 'filen er beskadiget eller ufuldstændig og kan ikke læses som PDF. Vedhæft en hel kopi af filen',
} as const;

function unusable(bilag: PacketBilag, reason: string): UserError {
  return new UserError(
    `Pakken kan ikke dannes: bilag ${bilag.number} »${bilag.title}« til punkt ${bilag.itemNumber} (${bilag.itemTitle}) kan ikke bruges, fordi ${reason}.`,
    'bilag_unusable',
  );
}

/**
 * Opens one distributed bilag for merging. pdf-lib refuses encrypted files unless told to ignore
 * the encryption, and then it would copy still-encrypted streams: an encrypted bilag is refused.
 */
export async function loadBilag(db: Db, bilag: PacketBilag): Promise<LoadedBilag> {
  const bytes = getBlob(db, bilag.sha256);
  if (!bytes) throw unusable(bilag, 'filen mangler i databasen');
  let doc: PDFDocument;
  try {
    doc = await parseWithoutCopies(bytes);
  } catch (error) {
    throw unusable(bilag, REASONS[classifyPdfLoadError(error)]);
  }
  let pageCount: number;
  try {
    pageCount = doc.getPageCount();
  } catch (error) {
    throw unusable(bilag, REASONS[classifyPdfLoadError(error)]);
  }
  if (pageCount === 0) throw unusable(bilag, 'PDF-filen har ingen sider');
  return { bilag, doc, pageCount, bytes };
}

/**
 * PDFDocument.load, except that each stream's contents is a view into the file's bytes instead of
 * a copy (pdf-lib slices a copy per stream: for a scanned bilag, every page's JPEG copied once more
 * only to be written out again), and without pauses between objects (ParseSpeeds.Fastest).
 */
async function parseWithoutCopies(bytes: Uint8Array): Promise<PDFDocument> {
  installPdfNameCache();
  const parser = PDFParser.forBytesWithOptions(bytes, ParseSpeeds.Fastest);
  (parser as unknown as { bytes: { slice(start: number, end: number): Uint8Array } }).bytes.slice = (start, end) => bytes.subarray(start, end);
  const context = await parser.parseDocument();
  // What PDFDocument.load does with the context (its constructor is private in the typings).
  const Document = PDFDocument as unknown as new (context: PDFContext, ignoreEncryption: boolean, updateMetadata: boolean) => PDFDocument;
  return new Document(context, false, false);
}
