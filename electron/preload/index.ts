// The preload script: runs sandboxed before the page and exposes exactly one object,
// window.dagsorden (shared/api/bridge.ts). Bundled to CommonJS; imports only 'electron' at run time.
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { createBridge } from './create-bridge';

// webUtils.getPathForFile replaces the File.path Electron no longer sets: it is called here, in the
// preload, so the page never handles paths itself.
contextBridge.exposeInMainWorld('dagsorden', createBridge(ipcRenderer, (file) => webUtils.getPathForFile(file)));
