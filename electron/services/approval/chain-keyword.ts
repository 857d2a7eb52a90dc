import { CHAIN_KEYWORD } from '../export/export-packet';

const PATTERN = new RegExp(`${CHAIN_KEYWORD}([0-9a-f]{64})`, 'g');

/**
 * The chain hash an approved minutes PDF carries in its keywords (Info and XMP; export-packet.ts
 * writes it). The XMP packet is stored uncompressed, so the bytes are searched directly; the last
 * occurrence wins (an incremental update such as the signature comes after the original).
 */
export function readChainHash(pdf: Uint8Array): string | null {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
  let last: string | null = null;
  for (const match of text.matchAll(PATTERN)) last = match[1]!;
  return last;
}
