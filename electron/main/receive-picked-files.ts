import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { UserError } from '../../shared/api/envelope';

/** The largest file the open dialog hands to the renderer (it travels as base64 over IPC). */
export const MAX_PICKED_FILE_BYTES = 250 * 1024 * 1024;

export interface PickedFile {
  name: string;
  dataBase64: string;
}

/**
 * Reads the files the user chose. Every size is checked before any file is read, so a refusal
 * costs nothing; the message names the file.
 */
export async function readPickedFiles(paths: readonly string[]): Promise<PickedFile[]> {
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    const name = basename(path);
    if (!info || !info.isFile()) throw new UserError(`${name} kan ikke læses: det er ikke en fil, eller der mangler adgang.`, 'file_unreadable');
    if (info.size > MAX_PICKED_FILE_BYTES) {
      throw new UserError(
        `${name} fylder ${formatMegabytes(info.size)} MB. En fil må højst fylde ${formatMegabytes(MAX_PICKED_FILE_BYTES)} MB.`,
        'file_too_large',
      );
    }
  }
  const files: PickedFile[] = [];
  for (const path of paths) {
    const name = basename(path);
    const bytes = await readFile(path).catch(() => {
      throw new UserError(`${name} kan ikke læses: filen er flyttet, låst, eller der mangler adgang.`, 'file_unreadable');
    });
    files.push({ name, dataBase64: bytes.toString('base64') });
  }
  return files;
}

/** 262144000 → "250"; one byte more → "250,1" (rounded up, so it never reads as within the limit). */
function formatMegabytes(bytes: number): string {
  const megabytes = bytes / (1024 * 1024);
  return Number.isInteger(megabytes) ? String(megabytes) : (Math.ceil(megabytes * 10) / 10).toFixed(1).replace('.', ',');
}
