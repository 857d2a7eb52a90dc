import { inflateSync } from 'node:zlib';
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import { MAX_IMAGE_PIXELS, MAX_JPEG_DECODE_BYTES } from './attachment-limits';
import { attachmentRefusal, danishInteger, refuseAttachment } from './attachment-refusal';
import { estimateJpegDecodeBytes, expectedPngDataBytes, readJpegHeader, readPngHeader } from '../../export/image-header';

export type DecodedImage =
  | { type: 'image/png'; width: number; height: number; grey: boolean; rgba: Buffer }
  | { type: 'image/jpeg'; width: number; height: number };

/**
 * Decodes the whole image, so only a picture that decodes becomes a bilag (a damaged one used to be
 * stamped as a black box or a blank page). The header's size is checked first: a file of a few kB
 * may claim 10,000 megapixels. A PNG comes back as RGBA pixels for wrapping; a JPEG goes into the
 * PDF as it is, so only its size is returned.
 */
export function decodeImage(bytes: Uint8Array, type: 'image/png' | 'image/jpeg', fileName: string): DecodedImage {
  return type === 'image/png' ? decodePng(bytes, fileName) : checkJpeg(bytes, fileName);
}

function decodePng(bytes: Uint8Array, fileName: string): DecodedImage {
  const header = readPngHeader(bytes);
  if (!header || header.width === 0 || header.height === 0) throw attachmentRefusal(fileName, 'damaged_image');
  checkPixels(header.width, header.height, MAX_IMAGE_PIXELS, fileName);
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // pngjs bounds the inflated data of a plain PNG to the image's size, but inflates an interlaced one unbounded.
  if (header.interlaced) checkInflatedSize(buffer, expectedPngDataBytes(header), fileName);
  let decoded: ReturnType<typeof PNG.sync.read>;
  try {
    decoded = PNG.sync.read(buffer, { checkCRC: true });
  } catch {
    throw attachmentRefusal(fileName, 'damaged_image');
  }
  if (decoded.width !== header.width || decoded.height !== header.height || decoded.data.length !== header.width * header.height * 4) {
    throw attachmentRefusal(fileName, 'damaged_image');
  }
  return { type: 'image/png', width: decoded.width, height: decoded.height, grey: header.colourType === 0 || header.colourType === 4, rgba: decoded.data };
}

function checkJpeg(bytes: Uint8Array, fileName: string): DecodedImage {
  const header = readJpegHeader(bytes);
  if (!header || header.width === 0 || header.height === 0 || header.components.length === 0) throw attachmentRefusal(fileName, 'damaged_image');
  checkPixels(header.width, header.height, MAX_IMAGE_PIXELS, fileName);
  const needed = estimateJpegDecodeBytes(header);
  if (needed > MAX_JPEG_DECODE_BYTES) {
    const pixelsAllowed = Math.floor((MAX_JPEG_DECODE_BYTES / needed) * header.width * header.height);
    checkPixels(header.width, header.height, pixelsAllowed, fileName, 'et JPEG-billede gemt som dette');
  }
  // Picture data cut short has no end-of-image marker after the scan (jpeg-js would fill the rest with grey).
  if (!hasEndOfImage(bytes, header.scanAt)) throw attachmentRefusal(fileName, 'damaged_image');
  try {
    jpeg.decode(bytes, {
      useTArray: true,
      formatAsRGBA: false,
      maxResolutionInMP: MAX_IMAGE_PIXELS / 1e6,
      maxMemoryUsageInMB: Math.ceil(MAX_JPEG_DECODE_BYTES / 1024 / 1024),
    });
  } catch {
    throw attachmentRefusal(fileName, 'damaged_image');
  }
  return { type: 'image/jpeg', width: header.width, height: header.height };
}

function checkPixels(width: number, height: number, allowed: number, fileName: string, kind = 'et billede'): void {
  if (width * height <= allowed) return;
  const megapixels = (pixels: number) => danishInteger(Math.max(1, Math.floor(pixels / 1e6)));
  throw refuseAttachment(
    fileName,
    'attachment_image_too_large',
    `billedet er for stort: ${danishInteger(width)} × ${danishInteger(height)} punkter (${megapixels(width * height)} megapixel), og ${kind} må højst have ${megapixels(allowed)} megapixel. Gem det med lavere opløsning, eller som PDF, og prøv igen.`,
  );
}

/** Inflates the IDAT chunks with zlib's own output limit: more data than the image holds is a damaged (or hostile) file. */
function checkInflatedSize(png: Buffer, expected: number, fileName: string): void {
  const parts: Buffer[] = [];
  for (let at = 8; at + 8 <= png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    if (type === 'IDAT') parts.push(png.subarray(at + 8, Math.min(png.length, at + 8 + length)));
    if (type === 'IEND') break;
    at += 12 + length;
  }
  try {
    inflateSync(Buffer.concat(parts), { maxOutputLength: Math.max(1, expected) });
  } catch {
    throw attachmentRefusal(fileName, 'damaged_image');
  }
}

function hasEndOfImage(bytes: Uint8Array, from: number): boolean {
  for (let at = bytes.length - 2; at >= from; at--) {
    if (bytes[at] === 0xff && bytes[at + 1] === 0xd9) return true;
  }
  return false;
}
