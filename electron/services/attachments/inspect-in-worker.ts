import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { UserError } from '../../../shared/api/envelope';
import { inspectTimeLimitMs } from './attachment-limits';
import { attachmentRefusal } from './attachment-refusal';
import { inspectAttachmentFile, type InspectedAttachment } from './inspect-attachment-file';
import type { WorkerErrorData, WorkerMessage, WorkerReply } from './inspect-worker-protocol';

/** A worker that has not said it is ready by then is given up and files are inspected in-thread. */
const START_TIMEOUT_MS = 30_000;
/**
 * After a file this large the worker is ended rather than kept: its copy of the file (pdf.js works on
 * one) and what pdf.js built from it would otherwise stay until the worker's next garbage collection,
 * while the main thread stores the file in the database, and the two together passed 1 GB for 200 MB.
 */
const RECYCLE_AFTER_BYTES = 32 * 1024 * 1024;

interface Job {
  id: number;
  buffer: ArrayBuffer;
  size: number;
  fileName: string;
  resolve(result: InspectedAttachment): void;
  reject(error: unknown): void;
}

interface InspectWorker {
  ready: Promise<Worker>;
  /** The file being inspected; the worker gets one at a time, so its time limit is its own. */
  job?: Job;
  /** Set once the worker is stopped or dead: nothing it says afterwards counts. */
  retired: boolean;
  /** Set by stopInspectWorker: a start that fails afterwards is no reason to give up on workers. */
  stopped?: boolean;
  onReply?: (reply: WorkerReply) => void;
  onDeath?: (error: unknown) => void;
}

let shared: InspectWorker | undefined;
let workerUnavailable = false;
let nextId = 1;
const queue: Job[] = [];
let timeLimit: (byteLength: number) => number = inspectTimeLimitMs;

/**
 * inspectAttachmentFile in a worker thread, so pdf-lib and pdf.js parsing a 200 MB PDF never block
 * the serving thread (in Electron the main process: IPC, menus, the window), and with a time limit
 * (attachment-limits.ts: a base plus an allowance per MB): a file whose check passes it is refused by
 * name, the worker is terminated and a fresh one started at once for the next file. Files are
 * inspected one at a time, in the order given; the worker is started on first use (loading pdf-lib
 * and pdf.js takes a second or two) and kept, unreferenced, for the next file.
 *
 * The bytes are moved, not copied: the caller must not use `bytes` afterwards (a view over a shared or
 * pooled buffer is copied first). The result's pdfBytes come back the same way. Refusals arrive as the
 * same UserError (Danish message and code) as in-thread. Where no worker can start (no entry file, no
 * loader) the inspection runs in this thread, without the time limit.
 */
export function inspectInWorker(bytes: Uint8Array, fileName: string): Promise<InspectedAttachment> {
  if (workerUnavailable) return inspectAttachmentFile(bytes, fileName);
  const buffer = transferable(bytes);
  return new Promise<InspectedAttachment>((resolve, reject) => {
    queue.push({ id: nextId++, buffer, size: buffer.byteLength, fileName, resolve, reject });
    pump();
  });
}

/** Tests: a shorter (or longer) time limit; no argument restores the real one. */
export function setInspectTimeLimit(limit: (byteLength: number) => number = inspectTimeLimitMs): void {
  timeLimit = limit;
}

function pump(): void {
  if (shared?.job || queue.length === 0) return;
  const state = (shared ??= startWorker());
  const job = queue.shift()!;
  state.job = job;
  state.ready.then(
    (worker) => dispatch(worker, state, job),
    (error: unknown) => {
      if (state.stopped) return;
      workerUnavailable = true;
      if (shared === state) shared = undefined;
      console.warn(`Bilag kontrolleres i hovedtråden, fordi arbejdstråden ikke kunne starte: ${error instanceof Error ? error.message : String(error)}`);
      for (const waiting of [job, ...queue.splice(0)]) {
        inspectAttachmentFile(new Uint8Array(waiting.buffer), waiting.fileName).then(waiting.resolve, waiting.reject);
      }
    },
  );
}

function dispatch(worker: Worker, state: InspectWorker, job: Job): void {
  if (state.retired) {
    // Stopped between start and dispatch (stopInspectWorker): the job was rejected there.
    return;
  }
  const finish = (settle: () => void) => {
    clearTimeout(timer);
    state.job = undefined;
    state.onReply = undefined;
    state.onDeath = undefined;
    if (job.size > RECYCLE_AFTER_BYTES) retire(state, worker);
    if (!state.retired) worker.unref();
    settle();
    pump();
  };
  const timer = setTimeout(() => {
    if (state.job !== job) return;
    retire(state, worker);
    shared = startWorker(); // the next file need not wait for this one's worker to wind down
    shared.ready.catch(() => undefined);
    finish(() => job.reject(attachmentRefusal(job.fileName, 'timeout')));
  }, timeLimit(job.size));
  timer.unref();
  state.onReply = (reply) => finish(() => (reply.ok ? job.resolve(reply.result) : job.reject(errorFrom(reply.error))));
  state.onDeath = () => finish(() => job.reject(attachmentRefusal(job.fileName, 'crashed')));
  worker.ref(); // keeps the process alive while a file is being inspected
  worker.postMessage({ id: job.id, buffer: job.buffer, fileName: job.fileName }, [job.buffer]);
}

function startWorker(): InspectWorker {
  const state: InspectWorker = { ready: Promise.resolve(undefined as unknown as Worker), retired: false };
  state.ready = new Promise<Worker>((resolve, reject) => {
    const worker = new Worker(workerEntry());
    worker.unref();
    let started = false;
    const timer = setTimeout(() => fail(new Error('arbejdstråden startede ikke i tide')), START_TIMEOUT_MS);
    timer.unref();
    const fail = (error: unknown) => {
      clearTimeout(timer);
      if (!started) reject(error);
      const wasRetired = state.retired;
      retire(state, worker);
      if (!wasRetired) state.onDeath?.(error);
    };
    worker.on('message', (message: WorkerMessage) => {
      if ('ready' in message) {
        clearTimeout(timer);
        started = true;
        resolve(worker);
        return;
      }
      if (!state.retired && state.job?.id === message.id) state.onReply?.(message);
    });
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`arbejdstråden sluttede med kode ${code}`)));
  });
  return state;
}

function retire(state: InspectWorker, worker: Worker): void {
  if (state.retired) return;
  state.retired = true;
  if (shared === state) shared = undefined;
  void worker.terminate();
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

/** Ends the worker (tests; a clean shutdown); files still waiting are refused. The next call starts a new one. */
export async function stopInspectWorker(): Promise<void> {
  const current = shared;
  shared = undefined;
  workerUnavailable = false;
  for (const job of queue.splice(0)) job.reject(new Error(`Kontrollen af bilaget "${job.fileName}" blev afbrudt.`));
  if (!current) return;
  const running = current.job;
  current.job = undefined;
  current.stopped = true;
  const worker = await current.ready.catch(() => undefined);
  if (worker) retire(current, worker);
  else current.retired = true;
  running?.reject(new Error(`Kontrollen af bilaget "${running.fileName}" blev afbrudt.`));
  await worker?.terminate();
}
