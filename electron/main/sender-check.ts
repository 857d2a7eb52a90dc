import type { BrowserWindow, WebContents, WebFrameMain } from 'electron';
import { isAppUrl } from './app-scheme';

/** What we know about the sender of an IPC message, reduced to plain facts (testable without Electron). */
export interface SenderFacts {
  /** The sending frame's URL, null when the frame is gone. */
  frameUrl: string | null;
  /** The frame is the top-level frame, not an iframe. */
  isMainFrame: boolean;
  /** The message came from the main window's webContents. */
  fromMainWindow: boolean;
}

/**
 * Only our own page may call the API: the main frame of the main window, showing app://dagsorden.
 * An iframe, another window or a page that somehow navigated elsewhere is refused.
 */
export function isTrustedSender(facts: SenderFacts): boolean {
  return facts.fromMainWindow && facts.isMainFrame && isAppUrl(facts.frameUrl);
}

export interface IpcSender {
  sender: WebContents;
  senderFrame: WebFrameMain | null;
}

/**
 * Reads the facts from an IPC event. WebFrameMain wrappers are compared by process and routing id,
 * not by object identity; a frame that was disposed meanwhile throws on access and counts as unknown.
 */
export function senderFacts(event: IpcSender, mainWindow: BrowserWindow | null): SenderFacts {
  const unknown: SenderFacts = { frameUrl: null, isMainFrame: false, fromMainWindow: false };
  try {
    if (!mainWindow || mainWindow.isDestroyed()) return unknown;
    const contents = mainWindow.webContents;
    const frame = event.senderFrame;
    if (!frame) return unknown;
    const top = contents.mainFrame;
    return {
      frameUrl: frame.url,
      isMainFrame: frame.parent === null && frame.processId === top.processId && frame.routingId === top.routingId,
      fromMainWindow: event.sender.id === contents.id,
    };
  } catch {
    return unknown;
  }
}
