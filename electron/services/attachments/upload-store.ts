import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { UserError } from '../../../shared/api/envelope';
import { processTempSubdir } from '../../export/printer/temp-root';

/** How long an upload waits for 'attachments:add' before its file is deleted. */
export const UPLOAD_TTL_MS = 15 * 60 * 1000;

export class UploadTooLargeError extends Error {
  constructor() {
    super('upload too large');
    this.name = 'UploadTooLargeError';
  }
}

interface Entry {
  file: string;
  fileName: string;
  size: number;
  timer: ReturnType<typeof setTimeout>;
}

export interface UploadStore {
  /** Streams a body into a temp file (at most `limit` bytes) and returns a random single-use token. */
  receive(body: Readable, fileName: string, limit: number): Promise<{ token: string; size: number }>;
  /** The bytes of an upload; the token is used up and the file deleted. Unknown or expired: UserError. */
  take(token: string): Promise<{ bytes: Buffer; fileName: string }>;
  /** Deletes one waiting upload without reading it (a batch that failed part-way); unknown tokens are ignored. */
  discard(token: string): Promise<void>;
  /** Deletes every waiting upload (host shutdown, tests). */
  clear(): Promise<void>;
  readonly size: number;
}

/**
 * Bilag sent as raw bytes (POST /upload in browser mode, files chosen in the desktop app's open dialog) wait here, in temp files, for
 * the 'attachments:add' call that names their token (files readable by this user only). Tokens are 192 random bits, used once and
 * expire after UPLOAD_TTL_MS.
 */
export function createUploadStore(options: { dir?: string; ttlMs?: number } = {}): UploadStore {
  // Default: a folder of this process's own temp folder, removed when the process ends (temp-root.ts).
  const dirOf = () => options.dir ?? processTempSubdir('uploads');
  const ttl = options.ttlMs ?? UPLOAD_TTL_MS;
  const entries = new Map<string, Entry>();

  function forget(token: string): Entry | undefined {
    const entry = entries.get(token);
    if (!entry) return undefined;
    entries.delete(token);
    clearTimeout(entry.timer);
    return entry;
  }

  return {
    get size() {
      return entries.size;
    },

    async receive(body, fileName, limit) {
      const dir = dirOf();
      await mkdir(dir, { recursive: true, mode: 0o700 });
      const token = randomBytes(24).toString('base64url');
      const file = join(dir, `dagsorden-upload-${token}`);
      let size = 0;
      try {
        await pipeline(
          body,
          async function* (source: AsyncIterable<Buffer>) {
            for await (const chunk of source) {
              size += chunk.length;
              if (size > limit) throw new UploadTooLargeError();
              yield chunk;
            }
          },
          createWriteStream(file, { mode: 0o600 }),
        );
      } catch (error) {
        await rm(file, { force: true });
        throw error;
      }
      const timer = setTimeout(() => {
        if (forget(token)) void rm(file, { force: true });
      }, ttl);
      timer.unref();
      entries.set(token, { file, fileName, size, timer });
      return { token, size };
    },

    async take(token) {
      const entry = forget(token);
      if (!entry) {
        throw new UserError('Den sendte fil findes ikke længere (den er allerede brugt eller udløbet). Tilføj bilaget igen.', 'upload_expired');
      }
      try {
        return { bytes: await readFile(entry.file), fileName: entry.fileName };
      } finally {
        await rm(entry.file, { force: true });
      }
    },

    async discard(token) {
      const entry = forget(token);
      if (entry) await rm(entry.file, { force: true });
    },

    async clear() {
      const files = [...entries.keys()].map((token) => forget(token)?.file).filter((f): f is string => f !== undefined);
      await Promise.all(files.map((f) => rm(f, { force: true })));
    },
  };
}

let defaultStore: UploadStore | undefined;

/** The process's upload store, shared by the host's /upload route, the desktop open dialog and 'attachments:add'. */
export function uploadStore(): UploadStore {
  defaultStore ??= createUploadStore();
  return defaultStore;
}
