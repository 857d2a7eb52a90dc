/**
 * The one Content-Security-Policy of the app, sent by the desktop app's app:// protocol and by
 * browser mode alike. Scripts only from the app itself (no inline script, no eval); inline styles are
 * allowed because React and the editor set style attributes; images may be data:/blob: (bilag
 * previews). Nothing may be framed, posted or fetched from elsewhere.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');
