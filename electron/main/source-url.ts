import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { app } from 'electron';
import { findAppRoot } from './app-root';

let root: string | undefined;

/**
 * Stands in for `import.meta.url` in the CommonJS bundle (build.mjs rewrites each use and injects
 * this module): the file URL the module had in the source tree, so `new URL('../../resources/…',
 * import.meta.url)` and pdf.js's createRequire keep working from out/main/index.cjs.
 */
export function __dagsordenSourceUrl(relativePath: string): string {
  root ??= findAppRoot(app.getAppPath());
  return pathToFileURL(join(root, relativePath)).href;
}
