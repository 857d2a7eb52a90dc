import type { InspectedAttachment } from './inspect-attachment-file';

/** Main thread → worker: the file's bytes (a transferred buffer) and its name for messages. */
export interface WorkerRequest {
  id: number;
  buffer: ArrayBuffer;
  fileName: string;
}

export interface WorkerErrorData {
  name: string;
  message: string;
  code?: string | undefined;
  stack?: string | undefined;
}

/** Worker → main thread: first `{ ready: true }`, then one reply per request. */
export type WorkerReply = { id: number } & ({ ok: true; result: InspectedAttachment } | { ok: false; error: WorkerErrorData });
export type WorkerMessage = WorkerReply | { ready: true };
