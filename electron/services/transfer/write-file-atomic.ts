import { closeSync, fsyncSync, lstatSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { isRunning, STALE_AFTER_MS } from '../../export/printer/temp-root';

/** `.<name>.dagsorden-<pid>-<random>.tmp`: hidden, and recognisable as ours by a later run. */
const TEMP_NAME = /^\..+\.dagsorden-(\d+)-[0-9a-f]{12}\.tmp$/;

/**
 * Writes to a temporary file beside the target, flushes it, then renames: readers see all or
 * nothing. The temporary name says whose it is, so a run that was killed mid-write leaves a file
 * the next write into the same folder removes (its process is gone, or it is a day old); nothing
 * that does not have that name is ever touched.
 */
export function writeFileAtomic(path: string, data: Uint8Array | string): void {
  const dir = dirname(path);
  mkdirSync(dir, { recursive: true });
  sweepStaleTempFiles(dir);
  const temp = join(dir, `.${basename(path)}.dagsorden-${process.pid}-${randomBytes(6).toString('hex')}.tmp`);
  try {
    writeFileSync(temp, data, { flag: 'wx' });
    const fd = openSync(temp, 'r');
    try { fsyncSync(fd); } finally { closeSync(fd); }
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/**
 * The same for a file written piece by piece: `write` gets the open temporary file (positioned
 * writes), and the rename happens only when it resolves; when it throws, nothing is left.
 */
export async function writeFileAtomicWith<T>(path: string, write: (fd: number) => Promise<T>): Promise<T> {
  const dir = dirname(path);
  mkdirSync(dir, { recursive: true });
  sweepStaleTempFiles(dir);
  const temp = join(dir, `.${basename(path)}.dagsorden-${process.pid}-${randomBytes(6).toString('hex')}.tmp`);
  let fd: number | null = null;
  try {
    fd = openSync(temp, 'wx');
    const result = await write(fd);
    fsyncSync(fd);
    closeSync(fd);
    fd = null;
    renameSync(temp, path);
    return result;
  } catch (error) {
    if (fd !== null) closeSync(fd);
    rmSync(temp, { force: true });
    throw error;
  }
}

/** Removes the temp files of earlier writes into `dir` whose process is gone or that are older than a day. */
export function sweepStaleTempFiles(dir: string, now = Date.now()): string[] {
  const removed: string[] = [];
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return removed;
  }
  for (const name of names) {
    const match = TEMP_NAME.exec(name);
    if (!match) continue;
    const file = join(dir, name);
    try {
      const stat = lstatSync(file);
      if (!stat.isFile() || (typeof process.getuid === 'function' && stat.uid !== process.getuid())) continue;
      if (!isRunning(Number(match[1])) || now - stat.mtimeMs > STALE_AFTER_MS) {
        rmSync(file, { force: true });
        removed.push(file);
      }
    } catch {
      // Gone already, or not ours to remove.
    }
  }
  return removed;
}
