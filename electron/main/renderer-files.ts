import { readFile, realpath, stat } from 'node:fs/promises';
import nodePath from 'node:path';
import { SECURITY_HEADERS } from './content-security-policy';
import { mimeTypeFor } from '../../shared/web/mime-types';
import { isInside, resolveRendererPath } from './renderer-path';

const STATUS_TEXT: Record<number, string> = { 400: 'Ugyldig adresse', 403: 'Afvist', 404: 'Ikke fundet', 405: 'Metoden er ikke tilladt' };

/**
 * Answers one app:// request with a file from rendererDir (the vite build). Plain Node (fetch
 * Request/Response), so it is tested without Electron. A path without an extension that is not a
 * file gets index.html, so a reload on a client-side route still finds the app.
 */
export async function serveRendererFile(request: Request, rendererDir: string): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return refusal(405);
  const resolved = resolveRendererPath(request.url, rendererDir);
  if (!resolved.ok) return refusal(resolved.status);
  let file = resolved.file;
  if (!(await isFile(file)) && nodePath.extname(file) === '') file = nodePath.join(rendererDir, 'index.html');
  try {
    // A symbolic link inside out/renderer must not lead out of it.
    const [realRoot, realFile] = await Promise.all([realpath(rendererDir), realpath(file)]);
    if (!isInside(realRoot, realFile)) return refusal(403);
    const body = await readFile(realFile);
    const headers = { ...SECURITY_HEADERS, 'Content-Type': mimeTypeFor(realFile), 'Cache-Control': 'no-cache' };
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers });
  } catch {
    return refusal(404);
  }
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

function refusal(status: number): Response {
  return new Response(STATUS_TEXT[status] ?? 'Fejl', {
    status,
    headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' },
  });
}
