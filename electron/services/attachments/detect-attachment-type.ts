/** The file kinds an attachment may be, decided by content (magic bytes), never by file name. */
export type DetectedAttachmentType = 'application/pdf' | 'image/png' | 'image/jpeg';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const PDF_HEADER = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"
/** Readers (Acrobat, pdf.js, poppler) accept a header up to 1024 bytes into the file. */
const PDF_HEADER_SEARCH_LIMIT = 1024;

export function detectAttachmentType(bytes: Uint8Array): DetectedAttachmentType | undefined {
  if (startsWith(bytes, PNG_SIGNATURE, 0)) return 'image/png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (findPdfHeader(bytes) !== undefined) return 'application/pdf';
  return undefined;
}

/** Offset of "%PDF-" within the first 1024 bytes, or undefined. */
export function findPdfHeader(bytes: Uint8Array): number | undefined {
  const last = Math.min(bytes.length - PDF_HEADER.length, PDF_HEADER_SEARCH_LIMIT - PDF_HEADER.length);
  for (let offset = 0; offset <= last; offset++) {
    if (startsWith(bytes, PDF_HEADER, offset)) return offset;
  }
  return undefined;
}

function startsWith(bytes: Uint8Array, prefix: number[], offset: number): boolean {
  if (bytes.length < offset + prefix.length) return false;
  return prefix.every((byte, index) => bytes[offset + index] === byte);
}
