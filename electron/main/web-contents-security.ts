import { shell, type WebContents } from 'electron';
import { externalUrl } from './external-url';

/**
 * Applied to every webContents the app creates (app.on('web-contents-created')): the page can
 * neither navigate nor be redirected away from app://, never opens a window (an http(s) link goes
 * to the user's browser instead, after validation) and never attaches a <webview>.
 */
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    const safe = externalUrl(url);
    if (safe) void shell.openExternal(safe).catch((error: unknown) => console.warn('Linket kunne ikke åbnes:', error));
    return { action: 'deny' };
  });
}
