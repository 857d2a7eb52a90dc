/**
 * The renderer is served from the file system under a custom privileged scheme instead of file://,
 * so it gets a real origin ('self' in the CSP), a secure context and relative URLs, while nothing
 * outside out/renderer can be reached. Only these constants: safe to import anywhere (no electron).
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'dagsorden';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const RENDERER_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** True for a URL of our own renderer (app://dagsorden/…), false for anything else or garbage. */
export function isAppUrl(raw: string | null | undefined): boolean {
  if (!raw) return false;
  try {
    const url = new URL(raw);
    return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST;
  } catch {
    return false;
  }
}
