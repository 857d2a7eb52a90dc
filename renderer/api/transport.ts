import { ApiCallError, type Transport } from '../../shared/api/client';
import type { Envelope } from '../../shared/api/envelope';

const UNREACHABLE = 'Dagsorden kunne ikke få forbindelse til sine data. Prøv igen om lidt.';

/** Browser mode: POST /api/<method> on the loopback host that served the page. */
export function httpTransport(fetchImpl: typeof fetch = (...a) => fetch(...a)): Transport {
  return async (method, args) => {
    let response: Response;
    try {
      response = await fetchImpl(`./api/${encodeURIComponent(method)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(args ?? {}),
      });
    } catch {
      return { ok: false, error: { code: 'unreachable', message: UNREACHABLE } };
    }
    try {
      return (await response.json()) as Envelope<unknown>;
    } catch {
      return { ok: false, error: { code: 'bad_response', message: UNREACHABLE } };
    }
  };
}

/** Set when the API client talks loopback HTTP: then POST /upload is there for raw file bytes. */
let uploadRoute = false;

/** The desktop app's preload bridge when it is there, else loopback HTTP. */
export function defaultTransport(): Transport {
  const bridge = typeof window !== 'undefined' ? window.dagsorden : undefined;
  if (bridge?.invoke) return (method, args) => bridge.invoke(method, args);
  uploadRoute = true;
  return httpTransport();
}

/** Browser mode reads a bilag's bytes from GET ./bilag/<id>; undefined elsewhere (use the API). */
export function bilagDownload(): ((id: number) => Promise<Uint8Array>) | undefined {
  if (!uploadRoute) return undefined;
  return async (id) => {
    const response = await fetch(`./bilag/${id}`);
    if (!response.ok) throw new ApiCallError({ code: 'not_found', message: 'Bilaget findes ikke længere.' });
    return new Uint8Array(await response.arrayBuffer());
  };
}

/** Sends a file's raw bytes and reports the fraction sent; resolves with the upload token. */
export type FileUpload = (file: Blob, fileName: string, onProgress?: (fraction: number) => void) => Promise<string>;

/**
 * Browser mode's way to send a bilag: the File itself goes to POST /upload (the browser streams it
 * from disk, no base64 string) and the token it returns goes to 'attachments:add'. Undefined when
 * the client is not on loopback HTTP (the desktop bridge, a test's fake transport).
 */
export function fileUpload(): FileUpload | undefined {
  return uploadRoute ? httpFileUpload() : undefined;
}

/** POST ./upload with XMLHttpRequest, whose upload progress events fetch() does not offer. */
export function httpFileUpload(createRequest: () => XMLHttpRequest = () => new XMLHttpRequest()): FileUpload {
  return (file, fileName, onProgress) =>
    new Promise<string>((resolve, reject) => {
      const xhr = createRequest();
      xhr.open('POST', './upload');
      xhr.setRequestHeader('Content-Type', 'application/octet-stream');
      xhr.setRequestHeader('X-Dagsorden-File-Name', encodeURIComponent(fileName));
      xhr.responseType = 'text';
      xhr.upload.onprogress = (e) => {
        if (e.lengthComputable && e.total > 0) onProgress?.(e.loaded / e.total);
      };
      xhr.onload = () => {
        let envelope: Envelope<{ uploadToken: string }>;
        try {
          envelope = JSON.parse(xhr.responseText) as Envelope<{ uploadToken: string }>;
        } catch {
          reject(new ApiCallError({ code: 'bad_response', message: UNREACHABLE }));
          return;
        }
        if (envelope.ok) {
          onProgress?.(1);
          resolve(envelope.value.uploadToken);
        } else reject(new ApiCallError(envelope.error));
      };
      xhr.onerror = () => reject(new ApiCallError({ code: 'unreachable', message: UNREACHABLE }));
      xhr.onabort = () => reject(new ApiCallError({ code: 'aborted', message: 'Afsendelsen af filen blev afbrudt.' }));
      xhr.send(file);
    });
}
