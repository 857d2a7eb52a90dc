import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The folder that holds package.json, out/ and resources/. app.getAppPath() is that folder when
 * Electron starts with "." (npm start) or from an asar, but the bundle's own folder (out/main) when
 * started with the file itself (Playwright's _electron.launch): walk up to the package.json.
 */
export function findAppRoot(appPath: string, exists: (file: string) => boolean = existsSync): string {
  let dir = appPath;
  for (;;) {
    if (exists(join(dir, 'package.json'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return appPath;
    dir = parent;
  }
}

export interface AppPaths {
  root: string;
  /** The vite build served under app://dagsorden/. */
  rendererDir: string;
  preloadFile: string;
  /** Fonts, ICC profile, icons. */
  resourcesDir: string;
}

export function appPaths(root: string): AppPaths {
  return {
    root,
    rendererDir: join(root, 'out', 'renderer'),
    preloadFile: join(root, 'out', 'preload', 'index.cjs'),
    resourcesDir: join(root, 'resources'),
  };
}
