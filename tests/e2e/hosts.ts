import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Where each spec finds its host: set by global-setup, read by the specs (workers inherit the env). */
export const ENV_EMPTY_URL = 'DAGSORDEN_E2E_EMPTY_URL';
export const ENV_DEMO_URL = 'DAGSORDEN_E2E_DEMO_URL';
/** The demo host's SQLite file, for a spec that reads or changes it behind the app's back (sqlite3). */
export const ENV_DEMO_DB = 'DAGSORDEN_E2E_DEMO_DB';

export function hostUrl(name: typeof ENV_EMPTY_URL | typeof ENV_DEMO_URL): string {
  const url = process.env[name];
  if (!url) throw new Error(`${name} mangler: kør testene med playwright test -c tests/e2e/playwright.config.ts`);
  return url;
}

export interface StartedHost {
  url: string;
  child: ChildProcess;
}

const READY = /Dagsorden kører på (http:\/\/127\.0\.0\.1:\d+)/;

/** Runs `tsx electron/host/start-web.ts --db FILE --port 0` and waits for the URL it prints. */
export function startWebHost(args: string[], timeoutMs = 120_000): Promise<StartedHost> {
  const tsx = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));
  const child = spawn(tsx, ['electron/host/start-web.ts', ...args], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      reject(new Error(`Værten startede ikke inden for ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = READY.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve({ url: match[1], child });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Værten stoppede (kode ${code}):\n${output}`));
    });
  });
}

export function stopWebHost(host: StartedHost): Promise<void> {
  return new Promise((resolve) => {
    if (host.child.exitCode !== null) return resolve();
    host.child.once('exit', () => resolve());
    host.child.kill('SIGTERM');
  });
}
