import { readFileSync } from 'node:fs';

/**
 * The processes that started this one on its behalf: tsx, the shell npm runs a script in ("sh -c …")
 * and npm or npx itself, read upwards from the parent through /proc (Linux). The walk ends at the
 * first process that is none of these (the user's shell, a test runner, a detached subshell), so a
 * host started with nohup or setsid is not stopped when that shell leaves. Elsewhere: the parent.
 */
export function launcherPids(parent: number = process.ppid): number[] {
  if (!isLinuxProc()) return parent > 1 ? [parent] : [];
  const pids: number[] = [];
  let pid = parent;
  for (let depth = 0; pid > 1 && depth < 16; depth++) {
    const argv = commandLine(pid);
    if (argv === null || !isLauncher(argv)) break;
    pids.push(pid);
    const next = parentOf(pid);
    if (next === null) break;
    pid = next;
  }
  return pids;
}

/** tsx (node …/tsx …), a script shell (sh -c, bash -c), npm and npx (their process title, or npm-cli.js). */
export function isLauncher(argv: readonly string[]): boolean {
  const [first = '', second = ''] = argv;
  if (/(^|\/)(sh|bash|dash)$/.test(first) && second === '-c') return true;
  if (/(^|\/)tsx$|\/tsx\/dist\/cli\.[mc]?js$/.test(second) || /(^|\/)tsx$/.test(first)) return true;
  return /^(npm|npx)( |$)/.test(first) || argv.some((arg) => /(^|\/)(npm|npx)-cli\.js$/.test(arg)) || /(^|\/)(npm|npx)$/.test(second);
}

/**
 * Calls `onGone` once when one of the launchers has exited: SIGTERM to npm reaches only the shell,
 * which dies without passing it on, and tsx, orphaned, would keep this server running for ever.
 */
export function watchLaunchers(onGone: (pid: number) => void, intervalMs: number, pids: readonly number[] = launcherPids()): () => void {
  const timer = setInterval(() => {
    const gone = pids.find((pid) => !isAlive(pid));
    if (gone === undefined) return;
    clearInterval(timer);
    onGone(gone);
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}

function isLinuxProc(): boolean {
  try {
    readFileSync('/proc/self/stat', 'utf8');
    return true;
  } catch {
    return false;
  }
}

function commandLine(pid: number): string[] | null {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter((part) => part !== '');
  } catch {
    return null;
  }
}

function parentOf(pid: number): number | null {
  try {
    // "pid (comm) state ppid …": comm may hold spaces and parentheses, so read after the last ')'.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    return Number.isInteger(ppid) ? ppid : null;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, it is just not ours to signal.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
