// The preload script: runs sandboxed before the page and exposes exactly one object,
// window.dagsorden (shared/api/bridge.ts). Bundled to CommonJS; imports only 'electron' at run time.
import { contextBridge, ipcRenderer } from 'electron';
import { createBridge } from './create-bridge';

contextBridge.exposeInMainWorld('dagsorden', createBridge(ipcRenderer));
