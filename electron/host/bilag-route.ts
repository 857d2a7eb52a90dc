import type { ServerResponse } from 'node:http';
import type { Db } from '../store/open-database';
import { findAttachmentInfo } from '../store/repositories/item-read-repository';
import { getBlob } from '../store/repositories/blob-repository';
import { detectAttachmentType } from '../services/attachments/detect-attachment-type';

/**
 * GET /bilag/<id>: a bilag's stored PDF as raw bytes, so browser mode can draw a thumbnail of a
 * 200 MB file without a 270 MB base64 string in JSON. The Content-Type comes from the bytes, never
 * from the stored media type (an import once stored whatever meeting.json claimed, text/html
 * included): a PDF is served as application/pdf, anything else as an opaque download, and the
 * browser is told not to guess (nosniff).
 */
export function handleBilagRequest(db: Db, idText: string, res: ServerResponse): void {
  const id = Number(idText);
  const info = Number.isInteger(id) && id > 0 ? findAttachmentInfo(db, id) : undefined;
  const bytes = info ? getBlob(db, info.sha256) : null;
  if (!info || !bytes) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' }).end('Bilaget findes ikke.');
    return;
  }
  const isPdf = detectAttachmentType(bytes) === 'application/pdf';
  res
    .writeHead(200, {
      'Content-Type': isPdf ? 'application/pdf' : 'application/octet-stream',
      'X-Content-Type-Options': 'nosniff',
      ...(isPdf ? {} : { 'Content-Disposition': 'attachment' }),
      'Content-Length': bytes.byteLength,
      'Cache-Control': 'no-cache',
    })
    .end(bytes);
}
