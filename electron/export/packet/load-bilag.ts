import { PDFDocument } from 'pdf-lib';
import { UserError } from '../../../shared/api/envelope';
import type { Db } from '../../store/open-database';
import { getBlob } from '../../store/repositories/blob-repository';
import { classifyPdfLoadError } from '../pdf/pdf-errors';
import type { DocumentBilag as PacketBilag } from '../../../shared/document';

export interface LoadedBilag { bilag: PacketBilag; doc: PDFDocument; pageCount: number }

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
    doc = await PDFDocument.load(bytes, { updateMetadata: false });
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
  return { bilag, doc, pageCount };
}
