import type { Envelope } from './envelope';

/**
 * What the preload script exposes as window.dagsorden: one invoke and one event subscription.
 * It never hands out ipcRenderer or the IPC event.
 */
export interface DagsordenBridge {
  invoke(method: string, args: unknown): Promise<Envelope<unknown>>;
  /** Subscribes to a main-process event (e.g. 'menu:command'); returns the unsubscribe function. */
  on(event: BridgeEvent, listener: (payload: unknown) => void): () => void;
  /** Native dialogs, available only in the desktop app. */
  dialogs: {
    /**
     * The native open dialog. The main process checks every size (at most 250 MB) and then streams
     * each chosen file into its upload store; the renderer gets the name, the size and a single-use
     * token for 'attachments:add' ({ uploadToken }), never the bytes. [] when the user cancels;
     * rejects with the Danish reason (too large, unreadable).
     */
    openFiles(options: { title: string; filters: { name: string; extensions: string[] }[]; multiple: boolean }): Promise<PickedFile[]>;
    confirm(options: { message: string; detail?: string; confirmLabel: string }): Promise<boolean>;
    /**
     * "Gem som …" for a finished export: the native save dialog (the job's file name in Documents,
     * PDF filter), then an atomic copy of the job's file. Resolves with the saved path, or null
     * when the user cancels; rejects with the Danish reason when the file cannot be written.
     */
    saveExport(options: { jobId: string }): Promise<string | null>;
  };
  /** Files from the desktop itself, available only in the desktop app. */
  files: {
    /**
     * Files dropped on the window (or taken from an <input type=file>), received as the open dialog's
     * files are: the preload finds each File's path on disk, only the paths go to the main process,
     * which checks every size and streams the files into its upload store. Resolves with a name, size
     * and single-use token per file ([] for no files); rejects with the Danish reason, e.g. for a File
     * that is not on disk (made by a page) or a file over 250 MB.
     */
    receiveDropped(files: readonly File[]): Promise<PickedFile[]>;
  };
}

/** A file chosen in the desktop open dialog or dropped on the window, waiting in the main process's upload store. */
export interface PickedFile {
  name: string;
  size: number;
  uploadToken: string;
}

export const bridgeEvents = ['menu:command'] as const;
export type BridgeEvent = (typeof bridgeEvents)[number];

/** Commands the application menu sends to the renderer. */
export const menuCommands = ['new-meeting', 'new-item', 'open-settings', 'undo', 'redo', 'find'] as const;
export type MenuCommand = (typeof menuCommands)[number];

export const IPC_CHANNEL = 'dagsorden:api';
export const OPEN_FILES_CHANNEL = 'dagsorden:dialogs:open-files';
export const CONFIRM_CHANNEL = 'dagsorden:dialogs:confirm';
export const SAVE_EXPORT_CHANNEL = 'dagsorden:dialogs:save-export';
export const RECEIVE_DROPPED_FILES_CHANNEL = 'dagsorden:files:receive-dropped';
/** The most files one drop may bring (the main process refuses more). */
export const MAX_DROPPED_FILES = 50;
