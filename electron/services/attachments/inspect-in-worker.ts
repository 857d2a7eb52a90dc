import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { UserError } from '../../../shared/api/envelope';
import { inspectAttachmentFile, type InspectedAttachment } from './inspect-attachment-file';
import type { WorkerErrorData, WorkerMessage, WorkerReply } from './inspect-worker-protocol';

/** A worker that has not said it is ready by then is given up and files are inspected in-thread. */
const START_TIMEOUT_MS = 30_000;

interface Pending {
  resolve(result: InspectedAttachment): void;
  reject(error: unknown): void;
  fileName: string;
}

interface InspectWorker {
  ready: Promise<Worker>;
  pending: Map<number, Pending>;
}

let shared: InspectWorker | undefined;
let workerUnavailable = false;
let nextId = 1;

/**
 * inspectAttachmentFile in a worker thread, so pdf-lib and pdf.js parsing a 200 MB PDF never
 * block the serving thread (in Electron the main process: IPC, menus, the window). The worker is
 * started on first use (loading pdf-lib and pdf.js takes a second or two) and kept, unreferenced,
 * for the next file; a worker that dies is replaced on the next call.
 *
 * The bytes are moved, not copied: the caller must not use `bytes` afterwards (a view over a
 * shared or pooled buffer is copied first). The result's pdfBytes come back the same way.
 * Refusals arrive as the same UserError (Danish message and code) as in-thread.
 * Where no worker can start (no entry file, no loader) the inspection runs in this thread.
 */
export async function inspectInWorker(bytes: Uint8Array, fileName: string): Promise<InspectedAttachment> {
  if (workerUnavailable) return inspectAttachmentFile(bytes, fileName);
  let worker: Worker;
  let state: InspectWorker;
  try {
    state = shared ??= startWorker();
    worker = await state.ready;
  } catch (error) {
    workerUnavailable = true;
    console.warn(`Bilag kontrolleres i hovedtråden, fordi arbejdstråden ikke kunne starte: ${error instanceof Error ? error.message : String(error)}`);
    return inspectAttachmentFile(bytes, fileName);
  }
  const id = nextId++;
  const buffer = transferable(bytes);
  return new Promise<InspectedAttachment>((resolve, reject) => {
    state.pending.set(id, { resolve, reject, fileName });
    worker.ref(); // keeps the process alive while a file is being inspected
    worker.postMessage({ id, buffer, fileName }, [buffer]);
  });
}

function startWorker(): InspectWorker {
  const pending = new Map<number, Pending>();
  const ready = new Promise<Worker>((resolve, reject) => {
    const worker = new Worker(workerEntry());
    worker.unref();
    let started = false;
    const timer = setTimeout(() => fail(new Error('arbejdstråden startede ikke i tide')), START_TIMEOUT_MS);
    timer.unref();
    const fail = (error: unknown) => {
      clearTimeout(timer);
      if (shared?.ready === ready) shared = undefined;
      if (!started) reject(error);
      for (const [id, job] of pending) {
        pending.delete(id);
        job.reject(new Error(`Kontrollen af bilaget "${job.fileName}" stoppede uventet: ${error instanceof Error ? error.message : String(error)}`));
      }
      void worker.terminate();
    };
    worker.on('message', (message: WorkerMessage) => {
      if ('ready' in message) {
        clearTimeout(timer);
        started = true;
        resolve(worker);
        return;
      }
      settle(pending, message);
      if (pending.size === 0) worker.unref();
    });
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`arbejdstråden sluttede med kode ${code}`)));
  });
  return { ready, pending };
}

function settle(pending: Map<number, Pending>, reply: WorkerReply): void {
  const job = pending.get(reply.id);
  if (!job) return;
  pending.delete(reply.id);
  if (reply.ok) job.resolve(reply.result);
  else job.reject(errorFrom(reply.error));
}

/**
 * The bundled entry beside the Electron main bundle (out/main/inspect-worker.cjs) when there is
 * one, else the source tree's JavaScript entry, which loads the TypeScript through tsx.
 */
function workerEntry(): URL | string {
  const bundleFile = typeof __filename === 'string' && __filename.endsWith('.cjs') ? join(dirname(__filename), 'inspect-worker.cjs') : undefined;
  if (bundleFile !== undefined && existsSync(bundleFile)) return bundleFile;
  return new URL('./inspect-worker.mjs', import.meta.url);
}

/** An ArrayBuffer holding exactly the bytes and nothing else, so it can be transferred. */
function transferable(bytes: Uint8Array): ArrayBuffer {
  if (bytes.buffer instanceof ArrayBuffer && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength) return bytes.buffer;
  return new Uint8Array(bytes).buffer;
}

function errorFrom(data: WorkerErrorData): Error {
  const error = data.name === 'UserError' && data.code !== undefined ? new UserError(data.message, data.code) : new Error(data.message);
  if (data.name !== 'UserError') error.name = data.name;
  if (data.stack) error.stack = data.stack;
  return error;
}

/** Starts the worker ahead of the first file (optional: the first call starts it anyway). */
export function warmUpInspectWorker(): void {
  if (workerUnavailable || shared) return;
  shared = startWorker();
  shared.ready.catch(() => undefined);
}

/** Ends the worker (tests; a clean shutdown). The next call starts a new one. */
export async function stopInspectWorker(): Promise<void> {
  const current = shared;
  shared = undefined;
  workerUnavailable = false;
  if (!current) return;
  const worker = await current.ready.catch(() => undefined);
  await worker?.terminate();
}
