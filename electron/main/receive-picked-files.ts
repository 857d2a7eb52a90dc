import { open, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { PickedFile } from '../../shared/api/bridge';
import { UserError } from '../../shared/api/envelope';
import { uploadStore, UploadTooLargeError, type UploadStore } from '../services/attachments/upload-store';

/** The largest file the open dialog accepts as a bilag. */
export const MAX_PICKED_FILE_BYTES = 250 * 1024 * 1024;

/**
 * Puts the files the user chose into the upload store, the same one browser mode's POST /upload
 * fills, so no file crosses IPC: the renderer gets a single-use token per file and hands it to
 * 'attachments:add'. Every size is checked before any file is read, so a refusal costs nothing;
 * the message names the file. If one file fails, the ones already stored are discarded.
 */
export async function receivePickedFiles(paths: readonly string[], store: UploadStore = uploadStore()): Promise<PickedFile[]> {
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    const name = basename(path);
    if (!info || !info.isFile()) throw new UserError(`${name} kan ikke læses: det er ikke en fil, eller der mangler adgang.`, 'file_unreadable');
    if (info.size > MAX_PICKED_FILE_BYTES) throw tooLarge(name, info.size);
  }
  const files: PickedFile[] = [];
  try {
    for (const path of paths) {
      const name = basename(path);
      // Opened first, so a file gone since the check fails here, not as a stream error nobody hears.
      const handle = await open(path, 'r').catch(() => {
        throw unreadable(name);
      });
      const stream = handle.createReadStream();
      const { token, size } = await store.receive(stream, name, MAX_PICKED_FILE_BYTES).catch((error: unknown) => {
        stream.destroy();
        // The file grew past the limit after the check above.
        if (error instanceof UploadTooLargeError) throw tooLarge(name, MAX_PICKED_FILE_BYTES + 1);
        throw unreadable(name);
      });
      files.push({ name, size, uploadToken: token });
    }
  } catch (error) {
    await Promise.all(files.map((file) => store.discard(file.uploadToken)));
    throw error;
  }
  return files;
}

function unreadable(name: string): UserError {
  return new UserError(`${name} kan ikke læses: filen er flyttet, låst, eller der mangler adgang.`, 'file_unreadable');
}

function tooLarge(name: string, size: number): UserError {
  return new UserError(`${name} fylder ${formatMegabytes(size)} MB. En fil må højst fylde ${formatMegabytes(MAX_PICKED_FILE_BYTES)} MB.`, 'file_too_large');
}

/** 262144000 → "250"; one byte more → "250,1" (rounded up, so it never reads as within the limit). */
function formatMegabytes(bytes: number): string {
  const megabytes = bytes / (1024 * 1024);
  return Number.isInteger(megabytes) ? String(megabytes) : (Math.ceil(megabytes * 10) / 10).toFixed(1).replace('.', ',');
}
