import { deflateSync } from 'node:zlib';
import { PDFDocument, PageSizes, drawImage, degrees, type PDFRef } from 'pdf-lib';
import { setFixedDocumentMetadata } from '../../export/pdf/fixed-document-metadata';
import type { DecodedImage } from './decode-image';

const MARGIN = 36; // ½ inch on every side
/** One image pixel is drawn as at most one point: small images keep their size instead of blowing up. */
const MAX_POINTS_PER_PIXEL = 1;

/**
 * A one-page A4 PDF showing the decoded image centred within the margins, portrait or landscape after
 * the image's aspect ratio. The bytes depend only on the image, so the same image stored twice is one
 * blob. A PNG is written from its decoded pixels (colour, plus a soft mask where it has transparency),
 * never re-parsed (pdf-lib's own PNG reader never returned on some damaged files); a JPEG goes in as it
 * is (DCTDecode), once decodeImage has decoded it. The PNG's pixel buffer is reused in place.
 */
export async function wrapImageInPdf(image: DecodedImage, bytes: Uint8Array): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const imageRef = image.type === 'image/png' ? embedPixels(doc, image) : (await doc.embedJpg(ownBuffer(bytes))).ref;

  const [shortSide, longSide] = PageSizes.A4;
  const landscape = image.width > image.height;
  const pageWidth = landscape ? longSide : shortSide;
  const pageHeight = landscape ? shortSide : longSide;
  const scale = Math.min((pageWidth - 2 * MARGIN) / image.width, (pageHeight - 2 * MARGIN) / image.height, MAX_POINTS_PER_PIXEL);
  const width = image.width * scale;
  const height = image.height * scale;

  const page = doc.addPage([pageWidth, pageHeight]);
  const name = page.node.newXObject('Image', imageRef);
  page.pushOperators(
    ...drawImage(name, { x: (pageWidth - width) / 2, y: (pageHeight - height) / 2, width, height, rotate: degrees(0), xSkew: degrees(0), ySkew: degrees(0) }),
  );
  setFixedDocumentMetadata(doc);
  return doc.save();
}

function embedPixels(doc: PDFDocument, image: Extract<DecodedImage, { type: 'image/png' }>): PDFRef {
  const { width, height, rgba, grey } = image;
  const pixels = width * height;
  let opaque = true;
  for (let i = 3; i < rgba.length; i += 4) {
    if (rgba[i] !== 255) {
      opaque = false;
      break;
    }
  }
  let maskRef: PDFRef | undefined;
  if (!opaque) {
    const alpha = Buffer.allocUnsafe(pixels);
    for (let p = 0; p < pixels; p++) alpha[p] = rgba[p * 4 + 3]!;
    maskRef = imageStream(doc, width, height, 'DeviceGray', alpha);
  }
  // RGBA → RGB (or grey) in place: each write lands at or before the byte being read.
  let out = 0;
  for (let p = 0; p < pixels; p++) {
    const at = p * 4;
    rgba[out++] = rgba[at]!;
    if (!grey) {
      rgba[out++] = rgba[at + 1]!;
      rgba[out++] = rgba[at + 2]!;
    }
  }
  return imageStream(doc, width, height, grey ? 'DeviceGray' : 'DeviceRGB', rgba.subarray(0, out), maskRef);
}

function imageStream(doc: PDFDocument, width: number, height: number, colourSpace: string, samples: Buffer, mask?: PDFRef): PDFRef {
  const dict: Record<string, string | number | PDFRef> = {
    Type: 'XObject', Subtype: 'Image', Width: width, Height: height, ColorSpace: colourSpace, BitsPerComponent: 8, Filter: 'FlateDecode',
  };
  if (mask) dict.SMask = mask;
  return doc.context.register(doc.context.stream(deflateSync(samples), dict));
}

/**
 * pdf-lib's JPEG reader looks at `bytes.buffer` from offset 0, so a view into a larger buffer (Node
 * reads a file under 4 kB into a shared pool) was read from the wrong place and refused as damaged.
 */
function ownBuffer(bytes: Uint8Array): Uint8Array {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : new Uint8Array(bytes);
}
