import type { WebPreferences } from 'electron';

/**
 * The renderer's settings, per Electron's security checklist: isolated and sandboxed, no Node, web
 * security on, no <webview>, no dropping a file onto the window to navigate to it. Developer tools
 * only in a development build.
 */
export function secureWebPreferences(preloadFile: string, isDev: boolean): WebPreferences {
  return {
    preload: preloadFile,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    devTools: isDev,
  };
}
