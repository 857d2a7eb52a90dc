import { bridgeEvents, IPC_CHANNEL, type BridgeEvent, type DagsordenBridge, type PickedFile } from '../../shared/api/bridge';
import type { Envelope } from '../../shared/api/envelope';
import { CONFIRM_CHANNEL, MAX_DROPPED_FILES, OPEN_FILES_CHANNEL, RECEIVE_DROPPED_FILES_CHANNEL, SAVE_EXPORT_CHANNEL } from '../../shared/api/bridge';

/** The part of ipcRenderer the bridge uses (tests pass a fake). */
export interface IpcRendererPort {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

/**
 * webUtils.getPathForFile (tests pass a fake): the on-disk path of a File from a drop or an
 * <input type=file>, '' for a File the page made itself; throws for anything that is not a File.
 */
export type GetPathForFile = (file: File) => string;

/**
 * window.dagsorden: invoke, on, the three dialogs and the receiving of dropped files, nothing more.
 * The renderer never sees ipcRenderer or an IPC event: listeners get the payload only, and only for
 * the known events.
 */
export function createBridge(ipc: IpcRendererPort, getPathForFile: GetPathForFile): DagsordenBridge {
  return {
    invoke(method, args) {
      return ipc.invoke(IPC_CHANNEL, { method, args }) as Promise<Envelope<unknown>>;
    },
    on(event, listener) {
      if (!isBridgeEvent(event)) throw new Error(`Ukendt hændelse: ${String(event)}`);
      if (typeof listener !== 'function') throw new TypeError('Lytteren skal være en funktion.');
      const relay = (_event: unknown, payload: unknown) => listener(payload);
      ipc.on(event, relay);
      return () => {
        ipc.removeListener(event, relay);
      };
    },
    dialogs: {
      async openFiles(options) {
        // Names, sizes and upload tokens only: the files themselves stay in the main process.
        return unwrap(await ipc.invoke(OPEN_FILES_CHANNEL, options)) as PickedFile[];
      },
      async confirm(options) {
        return unwrap(await ipc.invoke(CONFIRM_CHANNEL, options)) as boolean;
      },
      async saveExport(options) {
        // Only the job id crosses: the main process decides the file, the dialog gives the target.
        return unwrap(await ipc.invoke(SAVE_EXPORT_CHANNEL, { jobId: options.jobId })) as string | null;
      },
    },
    files: {
      async receiveDropped(files) {
        const list = Array.from(files);
        if (list.length === 0) return [];
        if (list.length > MAX_DROPPED_FILES) throw new Error(`Der kan højst tilføjes ${MAX_DROPPED_FILES} filer ad gangen.`);
        // Paths only, and only the ones Chromium gives for Files from the user's own drop or file
        // input: the page cannot name a path, and the bytes never cross IPC.
        const paths = list.map((file) => pathOf(file, getPathForFile));
        return unwrap(await ipc.invoke(RECEIVE_DROPPED_FILES_CHANNEL, { paths })) as PickedFile[];
      },
    },
  };
}

/** A File's path on disk, or the Danish refusal for a File that is not on disk (made by a page). */
function pathOf(file: File, getPathForFile: GetPathForFile): string {
  let path = '';
  try {
    path = getPathForFile(file);
  } catch {
    // Not a File at all: refused below like a File without a path.
  }
  if (typeof path === 'string' && path !== '') return path;
  const name = typeof file?.name === 'string' && file.name !== '' ? file.name : 'Filen';
  throw new Error(`${name} kan ikke tilføjes: den findes ikke som fil på computeren. Gem den i en mappe først, og træk den derfra.`);
}

function isBridgeEvent(event: unknown): event is BridgeEvent {
  return (bridgeEvents as readonly unknown[]).includes(event);
}

/**
 * The dialogs' promises resolve with the value or reject with the Danish message (an Error crosses
 * the context bridge with its message only).
 */
function unwrap(answer: unknown): unknown {
  const envelope = answer as Envelope<unknown> | null | undefined;
  if (envelope && envelope.ok === true) return envelope.value;
  const message = envelope && envelope.ok === false ? envelope.error.message : 'Uventet svar fra programmet.';
  throw new Error(message);
}
