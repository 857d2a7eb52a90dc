import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

export const SKIP_REASON = 'Electron binary absent (ELECTRON_SKIP_BINARY_DOWNLOAD); runs where the binary is installed';
export const NO_DISPLAY_REASON = 'No display for an Electron window: run under xvfb-run (Debian package xvfb)';

/**
 * The Electron executable, or null where `npm install` skipped the download: the package then
 * throws on require (no path.txt) or names a file that does not exist.
 */
export function electronBinary(): string | null {
  try {
    const path: unknown = createRequire(import.meta.url)('electron');
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

/** Linux needs an X or Wayland display for a window; macOS and Windows always have one. */
export function hasDisplay(env: NodeJS.ProcessEnv = process.env): boolean {
  return process.platform !== 'linux' || Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
}
