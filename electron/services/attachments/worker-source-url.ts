import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { findAppRoot } from '../../main/app-root';

let root: string | undefined;

/**
 * `import.meta.url` for the bundled inspection worker (out/main/inspect-worker.cjs), which cannot
 * use electron/main/source-url.ts (`electron` is not there in a worker thread): the file URL the
 * module has in the source tree, found from the bundle's folder.
 */
export function __dagsordenSourceUrl(relativePath: string): string {
  root ??= findAppRoot(__dirname);
  return pathToFileURL(join(root, relativePath)).href;
}
