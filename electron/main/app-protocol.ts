import { protocol } from 'electron';
import { APP_SCHEME } from './app-scheme';
import { serveRendererFile } from './renderer-files';

/**
 * Must run before the app is ready. standard: real origin and relative URLs; secure: a secure
 * context like https; supportFetchAPI: the renderer may fetch its own assets. No bypassCSP.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

/** Serves out/renderer under app://dagsorden/ in the default session (after ready). */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => serveRendererFile(request, rendererDir));
}
