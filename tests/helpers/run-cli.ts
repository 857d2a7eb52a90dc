import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { buildCliBundle, cliBundleState, NO_REBUILD_VARIABLE } from '../../electron/cli/cli-bundle.mjs';

export const BIN = fileURLToPath(new URL('../../electron/cli/bin.mjs', import.meta.url));

export interface CliResult { code: number | null; stdout: string; stderr: string }

let bundleChecked = false;

/**
 * The command runs from its bundle (out/cli), as installed. It is rebuilt here, once per test
 * process, when a source changed; the commands this process starts then run that bundle as it is
 * (NO_REBUILD_VARIABLE), so none rebuilds mid-test, nor says so on stderr, when a source is edited.
 */
export function ensureCliBundle(): void {
  if (bundleChecked) return;
  if (cliBundleState() !== 'fresh') {
    const failure = buildCliBundle();
    if (failure !== null) throw new Error(`The CLI bundle could not be built:\n${failure}`);
  }
  process.env[NO_REBUILD_VARIABLE] = '1';
  bundleChecked = true;
}

/** Runs the real `dagsorden` command in a child process, as a user would. */
export function runCli(args: string[], env: NodeJS.ProcessEnv = {}, cwd?: string): CliResult {
  ensureCliBundle();
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, ...env }, timeout: 120_000, ...(cwd ? { cwd } : {}) });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Starts the command and kills it with SIGKILL after `afterMs`; resolves with how it ended. */
export function runCliKilledAfter(args: string[], afterMs: number): Promise<{ killed: boolean; code: number | null }> {
  ensureCliBundle();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: 'ignore' });
    const timer = setTimeout(() => child.kill('SIGKILL'), afterMs);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve({ killed: signal === 'SIGKILL', code });
    });
  });
}

/**
 * Starts the command and kills it with SIGKILL `delayMs` after `trigger()` first returns true
 * (polled every 2 ms); resolves with whether it was killed or finished first.
 */
export function runCliKilledWhen(args: string[], trigger: () => boolean, delayMs: number): Promise<{ killed: boolean; triggered: boolean }> {
  ensureCliBundle();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: 'ignore' });
    let triggered = false;
    const poll = setInterval(() => {
      if (triggered || !trigger()) return;
      triggered = true;
      setTimeout(() => child.kill('SIGKILL'), delayMs);
    }, 2);
    child.on('exit', (_code, signal) => {
      clearInterval(poll);
      resolve({ killed: signal === 'SIGKILL', triggered });
    });
  });
}
