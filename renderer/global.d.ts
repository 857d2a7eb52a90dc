import type { DagsordenBridge } from '../shared/api/bridge';

declare global {
  interface Window {
    /** Present in the desktop app (the preload script); absent in browser mode. */
    dagsorden?: DagsordenBridge;
  }
}

export {};
