import { parentPort } from 'node:worker_threads';
import { inspectAttachmentFile } from './inspect-attachment-file';
import type { WorkerReply, WorkerRequest } from './inspect-worker-protocol';

/**
 * The worker thread's side of inspect-in-worker.ts: says it is ready once pdf-lib and pdf.js are
 * loaded, then inspects each file it is sent and answers with the result (the PDF bytes travel
 * back as a transferred buffer) or the error's name, message and code.
 */
export function serveInspections(): void {
  const port = parentPort;
  if (!port) throw new Error('inspect-worker must run in a worker thread.');
  port.on('message', (request: WorkerRequest) => {
    void answer(request).then(
      (reply) => port.postMessage(reply, reply.ok ? [reply.result.pdfBytes.buffer as ArrayBuffer] : []),
      (error: unknown) => port.postMessage(failure(request.id, error)),
    );
  });
  port.postMessage({ ready: true });
}

async function answer(request: WorkerRequest): Promise<WorkerReply> {
  try {
    const result = await inspectAttachmentFile(new Uint8Array(request.buffer), request.fileName);
    return { id: request.id, ok: true, result: { ...result, pdfBytes: ownBuffer(result.pdfBytes) } };
  } catch (error) {
    return failure(request.id, error);
  }
}

/** A view over a whole ArrayBuffer of its own, so it can be transferred. */
function ownBuffer(bytes: Uint8Array): Uint8Array {
  if (bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer) return bytes;
  return new Uint8Array(bytes);
}

function failure(id: number, error: unknown): WorkerReply {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return { id, ok: false, error: { name: error.name, message: error.message, code: typeof code === 'string' ? code : undefined, stack: error.stack } };
  }
  return { id, ok: false, error: { name: 'Error', message: String(error) } };
}
