import type { ServerResponse } from 'node:http';
import type { Db } from '../store/open-database';
import { findAttachmentInfo } from '../store/repositories/item-read-repository';
import { getBlob } from '../store/repositories/blob-repository';

/**
 * GET /bilag/<id>: a bilag's stored PDF as raw bytes, so browser mode can draw a thumbnail of a
 * 200 MB file without a 270 MB base64 string in JSON.
 */
export function handleBilagRequest(db: Db, idText: string, res: ServerResponse): void {
  const id = Number(idText);
  const info = Number.isInteger(id) && id > 0 ? findAttachmentInfo(db, id) : undefined;
  const bytes = info ? getBlob(db, info.sha256) : null;
  if (!info || !bytes) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Bilaget findes ikke.');
    return;
  }
  res.writeHead(200, { 'Content-Type': info.mediaType, 'Content-Length': bytes.byteLength, 'Cache-Control': 'no-cache' }).end(bytes);
}
