import { bridgeEvents, IPC_CHANNEL, type BridgeEvent, type DagsordenBridge, type PickedFile } from '../../shared/api/bridge';
import type { Envelope } from '../../shared/api/envelope';
import { CONFIRM_CHANNEL, OPEN_FILES_CHANNEL, SAVE_EXPORT_CHANNEL } from '../../shared/api/bridge';

/** The part of ipcRenderer the bridge uses (tests pass a fake). */
export interface IpcRendererPort {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

/**
 * window.dagsorden: invoke, on and the three dialogs, nothing more. The renderer never sees
 * ipcRenderer or an IPC event: listeners get the payload only, and only for the known events.
 */
export function createBridge(ipc: IpcRendererPort): DagsordenBridge {
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
  };
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
