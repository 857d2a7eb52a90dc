import { createHash } from 'node:crypto';
import { PDFDocument } from 'pdf-lib';
import { classifyPdfLoadError } from '../../export/pdf/pdf-errors';
import { MAX_ATTACHMENT_BYTES } from './attachment-limits';
import { attachmentRefusal, danishInteger, refuseAttachment } from './attachment-refusal';
import { decodeImage } from './decode-image';
import { detectAttachmentType } from './detect-attachment-type';
import { extractPdfText } from './extract-pdf-text';
import { findStreamBomb } from './find-stream-bomb';
import { wrapImageInPdf } from './wrap-image-in-pdf';

export interface InspectedAttachment {
  /** What is stored: the original PDF unchanged, or the PDF made around an image. */
  pdfBytes: Uint8Array;
  mediaType: 'application/pdf';
  originalMediaType: 'application/pdf' | 'image/png' | 'image/jpeg';
  pageCount: number;
  /** Text for search; '' for images. */
  text: string;
  /** SHA-256 of pdfBytes, lowercase hex: the content address. */
  sha256: string;
}

/**
 * Checks a file the secretary attaches and turns it into what the store keeps: a PDF that can be
 * merged into the packet. The type comes from the content, not the name. An image is decoded in full
 * before it is wrapped; a PDF is scanned for compression bombs before any PDF library reads it.
 * Refusals are UserErrors with a Danish message naming the file. Time is not limited here: callers
 * go through inspectInWorker, which is.
 */
export async function inspectAttachmentFile(bytes: Uint8Array, fileName: string): Promise<InspectedAttachment> {
  if (bytes.length === 0) throw attachmentRefusal(fileName, 'empty');
  if (bytes.length > MAX_ATTACHMENT_BYTES) throw attachmentRefusal(fileName, 'too_large');
  const type = detectAttachmentType(bytes);
  if (type === undefined) throw attachmentRefusal(fileName, 'unsupported');

  if (type === 'application/pdf') {
    const { pageCount, text } = await inspectPdf(bytes, fileName);
    return { pdfBytes: bytes, mediaType: 'application/pdf', originalMediaType: type, pageCount, text, sha256: sha256Hex(bytes) };
  }

  const image = decodeImage(bytes, type, fileName);
  let pdfBytes: Uint8Array;
  try {
    pdfBytes = await wrapImageInPdf(image, bytes);
  } catch {
    throw attachmentRefusal(fileName, 'damaged_image');
  }
  return { pdfBytes, mediaType: 'application/pdf', originalMediaType: type, pageCount: 1, text: '', sha256: sha256Hex(pdfBytes) };
}

/**
 * Two readers must agree the file is usable: pdf-lib (which merges it into the packet later) and
 * pdf.js (which extracts the text and stands in for the readers members use).
 */
async function inspectPdf(bytes: Uint8Array, fileName: string): Promise<{ pageCount: number; text: string }> {
  const bomb = await findStreamBomb(bytes);
  if (bomb) {
    throw refuseAttachment(
      fileName,
      'attachment_compression_bomb',
      `PDF-filen indeholder en komprimeret del, der pakker sig ud til over ${danishInteger(bomb.limit / 1024 / 1024)} MB (en såkaldt zip-bombe). Så store dele findes ikke i almindelige dokumenter; gem filen igen som PDF, og prøv igen.`,
    );
  }
  let pageCount: number;
  try {
    // ignoreEncryption stays false: pdf-lib then refuses any file whose trailer has /Encrypt, even
    // one that opens without a password, because it would copy still-encrypted content.
    const doc = await PDFDocument.load(bytes, { updateMetadata: false });
    if (doc.isEncrypted) throw attachmentRefusal(fileName, 'encrypted');
    pageCount = doc.getPages().length;
  } catch (error) {
    if (error instanceof Error && error.name === 'UserError') throw error;
    const failure = classifyPdfLoadError(error);
    if (failure === 'encrypted') throw attachmentRefusal(fileName, 'encrypted');
    throw attachmentRefusal(fileName, 'damaged_pdf');
  }
  if (pageCount === 0) throw attachmentRefusal(fileName, 'no_pages');

  const extracted = await extractPdfText(bytes);
  if (!extracted.ok) throw attachmentRefusal(fileName, extracted.reason === 'encrypted' ? 'encrypted' : 'damaged_pdf');
  if (extracted.pageCount !== pageCount) throw attachmentRefusal(fileName, 'damaged_pdf');
  return { pageCount, text: extracted.text };
}

function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
