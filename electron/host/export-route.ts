import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import { mimeTypeFor } from '../../shared/web/mime-types';
import { exportJobFile } from '../services/export/export-jobs';

/** Content-Disposition with an ASCII fallback and the exact name as RFC 5987 filename*. */
export function attachmentDisposition(fileName: string): string {
  const ascii = fileName.normalize('NFKD').replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/** GET /exports/<jobId>: a finished export's file (PDF, DOCX or the Word packet's .zip) as a download. */
export async function handleExportRequest(jobId: string, res: ServerResponse): Promise<void> {
  const file = exportJobFile(jobId);
  const size = file ? await stat(file.path).then((s) => s.size, () => undefined) : undefined;
  if (!file || size === undefined) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Eksporten findes ikke (længere). Start den igen.');
    return;
  }
  res.writeHead(200, {
    'Content-Type': mimeTypeFor(file.fileName),
    'Content-Length': size,
    'Content-Disposition': attachmentDisposition(file.fileName),
    'Cache-Control': 'no-store',
  });
  await pipeline(createReadStream(file.path), res);
}
