import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { resolve, sep } from 'node:path';
import { mimeTypeFor } from '../../shared/web/mime-types';

/**
 * Resolves a URL path inside root, or null when it would leave root (../, encoded %2e%2e, a
 * backslash, NUL). The decoded path is resolved and must still start with root.
 */
export function resolveInside(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  const absoluteRoot = resolve(root);
  const target = resolve(absoluteRoot, relative);
  if (target !== absoluteRoot && !target.startsWith(absoluteRoot + sep)) return null;
  return target;
}

/** Serves GET/HEAD for files under root. Returns false when nothing matched (the caller answers 404). */
export async function serveStatic(root: string, req: IncomingMessage, res: ServerResponse, urlPath: string): Promise<boolean> {
  const file = resolveInside(root, urlPath);
  if (!file) {
    res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Ugyldig sti.');
    return true;
  }
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) return false;
  res.writeHead(200, {
    'Content-Type': mimeTypeFor(file),
    'Content-Length': info.size,
    // Development and tests rebuild the bundle often: never serve a stale one.
    'Cache-Control': 'no-store',
  });
  if (req.method === 'HEAD') {
    res.end();
    return true;
  }
  await new Promise<void>((done) => {
    const stream = createReadStream(file);
    stream.on('error', () => {
      res.destroy();
      done();
    });
    stream.on('end', () => done());
    stream.pipe(res);
  });
  return true;
}
