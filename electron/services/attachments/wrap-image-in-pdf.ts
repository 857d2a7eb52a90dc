import { PDFDocument, PageSizes, type PDFImage } from 'pdf-lib';
import { setFixedDocumentMetadata } from '../../export/pdf/fixed-document-metadata';

const MARGIN = 36; // ½ inch on every side
/** One image pixel is drawn as at most one point: small images keep their size instead of blowing up. */
const MAX_POINTS_PER_PIXEL = 1;

/**
 * A one-page A4 PDF showing the image centred within the margins, portrait or landscape after the
 * image's aspect ratio. The bytes depend only on the image, so the same image stored twice is
 * one blob. Throws on an image pdf-lib cannot decode.
 */
export async function wrapImageInPdf(bytes: Uint8Array, type: 'image/png' | 'image/jpeg'): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const image: PDFImage = type === 'image/png' ? await doc.embedPng(bytes) : await doc.embedJpg(bytes);
  if (!(image.width > 0 && image.height > 0)) throw new Error('Image has no pixels');

  const [shortSide, longSide] = PageSizes.A4;
  const landscape = image.width > image.height;
  const pageWidth = landscape ? longSide : shortSide;
  const pageHeight = landscape ? shortSide : longSide;
  const scale = Math.min(
    (pageWidth - 2 * MARGIN) / image.width,
    (pageHeight - 2 * MARGIN) / image.height,
    MAX_POINTS_PER_PIXEL,
  );
  const width = image.width * scale;
  const height = image.height * scale;

  const page = doc.addPage([pageWidth, pageHeight]);
  page.drawImage(image, { x: (pageWidth - width) / 2, y: (pageHeight - height) / 2, width, height });
  setFixedDocumentMetadata(doc);
  return doc.save();
}
