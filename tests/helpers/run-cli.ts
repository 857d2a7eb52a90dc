import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const BIN = fileURLToPath(new URL('../../electron/cli/bin.mjs', import.meta.url));

export interface CliResult { code: number | null; stdout: string; stderr: string }

/** Runs the real `dagsorden` command in a child process, as a user would. */
export function runCli(args: string[], env: NodeJS.ProcessEnv = {}): CliResult {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, ...env }, timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Starts the command and kills it with SIGKILL after `afterMs`; resolves with how it ended. */
export function runCliKilledAfter(args: string[], afterMs: number): Promise<{ killed: boolean; code: number | null }> {
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
