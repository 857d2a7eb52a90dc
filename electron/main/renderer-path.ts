import nodePath from 'node:path';
import { APP_HOST, APP_SCHEME } from './app-scheme';

/** The parts of node:path we use, so tests can check Windows rules on Linux (path.win32). */
export type PathApi = Pick<typeof nodePath, 'resolve' | 'relative' | 'isAbsolute' | 'sep'>;

export type RendererPath =
  | { ok: true; file: string }
  | { ok: false; status: 400 | 403 | 404 };

/**
 * Maps app://dagsorden/<path> to a file inside rootDir, or refuses. The URL parser already folds
 * "..", "%2e%2e" and backslashes for a standard scheme; what survives it (an encoded slash or
 * backslash around "..", a drive letter, a NUL) is refused here, and the result must still lie
 * inside rootDir. Symbolic links are checked by the caller against the real path.
 */
export function resolveRendererPath(requestUrl: string, rootDir: string, pathApi: PathApi = nodePath): RendererPath {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return { ok: false, status: 400 };
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return { ok: false, status: 404 };
  let decoded: string;
  try {
    decoded = decodeURIComponent(url.pathname);
  } catch {
    return { ok: false, status: 400 };
  }
  if (decoded.includes('\0')) return { ok: false, status: 400 };
  const segments = decoded.split(/[\\/]+/).filter((s) => s !== '' && s !== '.');
  if (segments.some((s) => s === '..' || s.includes(':'))) return { ok: false, status: 403 };
  if (segments.length === 0) segments.push('index.html');
  const file = pathApi.resolve(rootDir, ...segments);
  if (!isInside(rootDir, file, pathApi)) return { ok: false, status: 403 };
  return { ok: true, file };
}

/** True when file is rootDir itself or lies below it. */
export function isInside(rootDir: string, file: string, pathApi: PathApi = nodePath): boolean {
  const relative = pathApi.relative(pathApi.resolve(rootDir), pathApi.resolve(file));
  return relative === '' || (!relative.startsWith(`..${pathApi.sep}`) && relative !== '..' && !pathApi.isAbsolute(relative));
}
