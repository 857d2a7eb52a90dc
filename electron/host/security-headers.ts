import type { ServerResponse } from 'node:http';
import { CONTENT_SECURITY_POLICY } from '../../shared/web/content-security-policy';

/** The desktop app's Content Security Policy, so browser mode runs the renderer under the same rules. */
export { CONTENT_SECURITY_POLICY };

export function setSecurityHeaders(res: ServerResponse): void {
  res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
}
