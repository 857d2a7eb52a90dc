import { randomBytes } from 'node:crypto';
import { closeSync, lstatSync, mkdirSync, mkdtempSync, openSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Every temporary file of the app lives below one folder of its own, <tmp>/dagsorden-temp-<uid>/,
 * in a folder per process, <pid>-<random>/, holding the print folders, the Chromium profiles, the
 * finished exports and the waiting uploads. A process removes its folder when it ends normally;
 * the folders of processes that were killed (their PID is gone, or their marker was not touched
 * for a day) are swept by the next start of the host, the app or a CLI export. Nothing outside
 * that folder is ever removed, except the temp names earlier versions used directly in <tmp>.
 */
export const STALE_AFTER_MS = 24 * 60 * 60 * 1000;
const MARKER = 'owner.json';
const HEARTBEAT_MS = 60 * 60 * 1000;
const PROCESS_DIR = /^(\d+)-[0-9a-f]{8,32}$/;

/** Names earlier versions left directly in <tmp> (mkdtemp suffixes and upload tokens). */
const LEGACY_NAMES = [/^dagsorden-print-[A-Za-z0-9]{6}$/, /^dagsorden-chromium-[A-Za-z0-9]{6}$/, /^dagsorden-upload-[A-Za-z0-9_-]{32}$/];
const LEGACY_EXPORTS = 'dagsorden-exports';

let current: { dir: string; heartbeat: ReturnType<typeof setInterval> } | null = null;
let exitHookInstalled = false;

/** The folder above all process folders. DAGSORDEN_TEMP_DIR moves it (tests; a machine whose /tmp is small). */
export function tempRoot(): string {
  const base = process.env.DAGSORDEN_TEMP_DIR?.trim() || tmpdir();
  const owner = typeof process.getuid === 'function' ? String(process.getuid()) : 'user';
  return join(base, `dagsorden-temp-${owner}`);
}

/** This process's private folder (0700), made on first use and removed when the process exits. */
export function processTempDir(): string {
  if (current) {
    // Someone (a sweep of another process that judged wrongly, a user) may have removed it.
    mkdirSync(current.dir, { recursive: true, mode: 0o700 });
    return current.dir;
  }
  const root = ownRoot();
  const dir = join(root, `${process.pid}-${randomBytes(8).toString('hex')}`);
  mkdirSync(dir, { mode: 0o700 });
  writeFileSync(join(dir, MARKER), JSON.stringify({ pid: process.pid, started: new Date().toISOString() }), { mode: 0o600 });
  const heartbeat = setInterval(() => touch(join(dir, MARKER)), HEARTBEAT_MS);
  heartbeat.unref();
  current = { dir, heartbeat };
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.once('exit', () => removeProcessTempDir());
  }
  return dir;
}

/** A named folder inside this process's folder ("exports", "uploads"), made if missing. */
export function processTempSubdir(name: string): string {
  const dir = join(processTempDir(), name);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  return dir;
}

/** Removes this process's folder and everything in it (quit, exit). Synchronous, so it works in an 'exit' handler. */
export function removeProcessTempDir(): void {
  if (!current) return;
  clearInterval(current.heartbeat);
  rmSync(current.dir, { recursive: true, force: true });
  current = null;
}

/**
 * Removes the folders of processes that are gone (their PID no longer runs) or whose marker is
 * older than a day, and the temp names of earlier versions older than a day. Never throws: a
 * folder that cannot be removed now is tried again next time. Returns what was removed.
 */
export function sweepStaleTemp(options: { now?: number; staleAfterMs?: number } = {}): string[] {
  const now = options.now ?? Date.now();
  const staleAfter = options.staleAfterMs ?? STALE_AFTER_MS;
  const removed: string[] = [];
  const remove = (path: string) => {
    try {
      rmSync(path, { recursive: true, force: true });
      removed.push(path);
    } catch {
      // Busy or not ours to remove: the next sweep tries again.
    }
  };
  const root = tempRoot();
  for (const name of list(root)) {
    const path = join(root, name);
    if (current && path === current.dir) continue;
    const match = PROCESS_DIR.exec(name);
    const stat = lstatOrNull(path);
    if (!match || !stat?.isDirectory()) continue;
    const markerTime = lstatOrNull(join(path, MARKER))?.mtimeMs ?? stat.mtimeMs;
    if (!isRunning(Number(match[1])) || now - markerTime > staleAfter) remove(path);
  }
  const base = process.env.DAGSORDEN_TEMP_DIR?.trim() || tmpdir();
  for (const name of list(base)) {
    const path = join(base, name);
    const stat = lstatOrNull(path);
    if (!stat || stat.isSymbolicLink() || (typeof process.getuid === 'function' && stat.uid !== process.getuid())) continue;
    if (LEGACY_NAMES.some((pattern) => pattern.test(name)) && now - stat.mtimeMs > staleAfter) remove(path);
    if (name === LEGACY_EXPORTS && stat.isDirectory()) {
      for (const job of list(path)) {
        const jobPath = join(path, job);
        const jobStat = lstatOrNull(jobPath);
        if (jobStat && now - jobStat.mtimeMs > staleAfter) remove(jobPath);
      }
      if (list(path).length === 0) remove(path);
    }
  }
  return removed;
}

/**
 * True while `pid` runs. This process's own PID counts as running (a worker thread shares it);
 * a PID that another program got since is caught by the marker's age instead.
 */
export function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * The shared root, made 0700 and checked: a directory (not a link) owned by this user. Where
 * another user got there first, this process uses a fresh folder of its own instead.
 */
function ownRoot(): string {
  const root = tempRoot();
  mkdirSync(root, { recursive: true, mode: 0o700 });
  const stat = lstatSync(root);
  const posix = typeof process.getuid === 'function';
  const ours = stat.isDirectory() && !stat.isSymbolicLink() && (!posix || (stat.uid === process.getuid!() && (stat.mode & 0o022) === 0));
  return ours ? root : mkdtempSync(`${root}-`);
}

function touch(file: string): void {
  try {
    const now = new Date();
    utimesSync(file, now, now);
  } catch {
    try {
      closeSync(openSync(file, 'a'));
    } catch {
      // The folder is gone: the next use makes it again.
    }
  }
}

function list(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

function lstatOrNull(path: string) {
  try {
    return lstatSync(path);
  } catch {
    return null;
  }
}
