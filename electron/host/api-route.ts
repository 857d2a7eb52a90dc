import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Envelope } from '../../shared/api/envelope';
import type { Api } from '../services/create-api';
import { uploadStore, UploadTooLargeError, type UploadStore } from '../services/attachments/upload-store';
import { warmUpInspectWorker } from '../services/attachments/inspect-in-worker';
import { MAX_ATTACHMENT_BYTES } from '../services/attachments/attachment-limits';

/**
 * A JSON call's body. Bilag go to POST /upload as raw bytes; what still travels as JSON is small: a
 * certificate (.p12) as base64, a municipality logo (at most 4 MB as a data URL), section text.
 * The limit is enforced while the body streams in, so a larger one is never held in memory.
 */
export const MAX_BODY_BYTES = 16 * 1024 * 1024;

const TOO_LARGE = `Forespørgslen er for stor: den må højst fylde ${MAX_BODY_BYTES / 1024 / 1024} MB. Bilag og andre store filer sendes for sig; gør teksten kortere, eller del den op.`;

export function sendEnvelope(res: ServerResponse, status: number, envelope: Envelope<unknown>): void {
  const body = JSON.stringify(envelope);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(body);
}

export function errorEnvelope(code: string, message: string): Envelope<never> {
  return { ok: false, error: { code, message } };
}

/** POST /api/<method> with a JSON body → api.call(method, body) → the JSON envelope. */
export async function handleApiRequest(api: Api, method: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST');
    sendEnvelope(res, 405, errorEnvelope('method_not_allowed', 'API-kald skal sendes med POST.'));
    return;
  }
  // A JSON content type cannot be sent cross-site without a CORS preflight, which we never answer.
  const contentType = (req.headers['content-type'] ?? '').toLowerCase();
  if (!contentType.startsWith('application/json')) {
    sendEnvelope(res, 415, errorEnvelope('unsupported_media_type', 'API-kald skal sendes som JSON.'));
    return;
  }
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > MAX_BODY_BYTES) {
    refuseTooLarge(req, res);
    return;
  }
  const body = await readBody(req, MAX_BODY_BYTES);
  if (body === 'too_large') {
    refuseWhileArriving(req, res);
    return;
  }
  let args: unknown;
  try {
    args = body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
  } catch {
    sendEnvelope(res, 400, errorEnvelope('invalid_json', 'Forespørgslen kunne ikke læses (ugyldig JSON).'));
    return;
  }
  const envelope = await api.call(method, args);
  sendEnvelope(res, 200, envelope);
}

/** A body declared too large: answered at once, and the connection closed without reading it. */
function refuseTooLarge(req: IncomingMessage, res: ServerResponse): void {
  res.setHeader('Connection', 'close');
  sendEnvelope(res, 413, errorEnvelope('too_large', TOO_LARGE));
  req.resume();
}

/** How long the rest of a refused body is read and dropped before the connection is cut anyway. */
const LINGER_MS = 10_000;

/**
 * A body found too large while it streamed in (no Content-Length): answered at once, but the
 * connection is not closed while the client still writes. Closing with unread bytes resets it, and
 * the client would see EPIPE instead of the Danish answer. The rest is read and dropped (Apache's
 * lingering close), for at most LINGER_MS; nothing of it is kept.
 */
function refuseWhileArriving(req: IncomingMessage, res: ServerResponse): void {
  sendEnvelope(res, 413, errorEnvelope('too_large', TOO_LARGE));
  const cut = setTimeout(() => req.socket.destroy(), LINGER_MS);
  cut.unref();
  req.once('close', () => clearTimeout(cut));
  req.resume();
}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer | 'too_large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let refused = false;
    req.on('data', (chunk: Buffer) => {
      if (refused) return;
      size += chunk.length;
      if (size > limit) {
        refused = true;
        chunks.length = 0;
        resolve('too_large');
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (!refused) resolve(Buffer.concat(chunks));
    });
    req.on('error', reject);
  });
}

/** The largest bilag POST /upload takes (raw bytes, so a 300 MB file, not 300 MB of base64). */
export const MAX_UPLOAD_BYTES = MAX_ATTACHMENT_BYTES;
/** The file's name, percent-encoded (encodeURIComponent), so æøå survive an HTTP header. */
export const FILE_NAME_HEADER = 'x-dagsorden-file-name';

const UPLOAD_TOO_LARGE = 'Filen er for stor: et bilag må højst fylde 300 MB. Del bilaget op i mindre filer.';

/**
 * POST /upload with the raw bytes of one bilag (application/octet-stream) and its name in the
 * X-Dagsorden-File-Name header → the bytes go to a temp file → `{ uploadToken, size }`, which
 * 'attachments:add' then takes instead of base64. The browser streams the file, so it never builds
 * a giant string and can show real upload progress. The content type and the custom header both
 * need a CORS preflight (never answered), on top of the Host/Origin guards the caller applies.
 */
export async function handleUploadRequest(req: IncomingMessage, res: ServerResponse, store: UploadStore = uploadStore()): Promise<void> {
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST');
    sendEnvelope(res, 405, errorEnvelope('method_not_allowed', 'Filer skal sendes med POST.'));
    req.resume();
    return;
  }
  const contentType = (req.headers['content-type'] ?? '').toLowerCase();
  if (!contentType.startsWith('application/octet-stream')) {
    sendEnvelope(res, 415, errorEnvelope('unsupported_media_type', 'Filen skal sendes som application/octet-stream.'));
    req.resume();
    return;
  }
  const fileName = decodeFileName(req.headers[FILE_NAME_HEADER]);
  if (fileName === undefined) {
    sendEnvelope(res, 400, errorEnvelope('invalid_input', 'Filnavnet mangler (headeren X-Dagsorden-File-Name).'));
    req.resume();
    return;
  }
  if (Number(req.headers['content-length'] ?? 0) > MAX_UPLOAD_BYTES) {
    refuseUploadTooLarge(req, res);
    return;
  }
  // The inspection worker loads pdf-lib and pdf.js while the bytes arrive.
  warmUpInspectWorker();
  try {
    const { token, size } = await store.receive(req, fileName, MAX_UPLOAD_BYTES);
    sendEnvelope(res, 200, { ok: true, value: { uploadToken: token, size } });
  } catch (error) {
    if (error instanceof UploadTooLargeError) {
      refuseUploadTooLarge(req, res);
      return;
    }
    throw error;
  }
}

function refuseUploadTooLarge(req: IncomingMessage, res: ServerResponse): void {
  res.setHeader('Connection', 'close');
  sendEnvelope(res, 413, errorEnvelope('too_large', UPLOAD_TOO_LARGE));
  req.resume();
}

function decodeFileName(header: string | string[] | undefined): string | undefined {
  if (typeof header !== 'string' || header === '') return undefined;
  try {
    const name = decodeURIComponent(header).trim();
    return name === '' || name.length > 255 ? undefined : name;
  } catch {
    return undefined;
  }
}
