import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { REPO_ROOT } from './hosts';

const READY = /Dagsorden kører på (http:\/\/127\.0\.0\.1:(\d+))/;

export interface KillableHost {
  url: string;
  port: number;
  child: ChildProcess;
  /** Everything the host printed so far. */
  output(): string;
}

/**
 * `tsx electron/host/start-web.ts ARGS` in its own process group, so SIGKILL reaches the node process
 * that really serves (tsx runs the script in a child process of its own) and nothing survives it.
 */
export function startKillableHost(args: string[], timeoutMs = 120_000): Promise<KillableHost> {
  const tsx = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));
  const child = spawn(tsx, ['electron/host/start-web.ts', ...args], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      killGroup(child, 'SIGKILL');
      reject(new Error(`Værten startede ikke inden for ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = READY.exec(output);
      if (match?.[1] && match[2]) {
        clearTimeout(timer);
        resolve({ url: match[1], port: Number(match[2]), child, output: () => output });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`Værten stoppede (kode ${code}, signal ${signal}):\n${output}`));
    });
  });
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

/** SIGKILL to the whole group, no chance to flush or close anything; resolves once the process is gone. */
export function killHardly(host: KillableHost): Promise<void> {
  return new Promise((resolve) => {
    if (host.child.exitCode !== null || host.child.signalCode !== null) return resolve();
    host.child.once('exit', () => resolve());
    killGroup(host.child, 'SIGKILL');
  });
}

/** SIGTERM (the host closes the database), then SIGKILL for anything left in the group. */
export function stopKillableHost(host: KillableHost): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      killGroup(host.child, 'SIGKILL');
      resolve();
    };
    if (host.child.exitCode !== null || host.child.signalCode !== null) return done();
    host.child.once('exit', done);
    killGroup(host.child, 'SIGTERM');
  });
}
