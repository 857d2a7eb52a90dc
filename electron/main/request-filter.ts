/** Schemes that would fetch remote or local content the renderer has no business with. */
const BLOCKED_SCHEMES = new Set(['http:', 'https:', 'ws:', 'wss:', 'ftp:', 'file:']);

/**
 * True when a request from any page must be cancelled: the app works offline and loads only app://
 * (plus data:/blob: it makes itself), so a network or file:// request is a bug or an attack.
 * Unknown strings are blocked too.
 */
export function isBlockedRequestUrl(raw: string): boolean {
  try {
    return BLOCKED_SCHEMES.has(new URL(raw).protocol);
  } catch {
    return true;
  }
}
