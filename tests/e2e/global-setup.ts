import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ENV_DEMO_DB, ENV_DEMO_URL, ENV_EMPTY_URL, startWebHost, stopWebHost } from './hosts';

/**
 * Starts two browser-mode hosts on free ports, each on a fresh database in a temp folder:
 * an empty one (the first-time set-up flow) and the demo (screens, keyboard, errors).
 * Returns the teardown that stops them and removes the folder.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const dir = mkdtempSync(join(tmpdir(), 'dagsorden-e2e-'));
  const [empty, demo] = await Promise.all([
    startWebHost(['--db', join(dir, 'empty.sqlite'), '--port', '0']),
    startWebHost(['--db', join(dir, 'demo.sqlite'), '--port', '0', '--demo']),
  ]);
  process.env[ENV_EMPTY_URL] = empty.url;
  process.env[ENV_DEMO_URL] = demo.url;
  process.env[ENV_DEMO_DB] = join(dir, 'demo.sqlite');
  console.log(`e2e: tom database på ${empty.url}, demo på ${demo.url}`);
  return async () => {
    await Promise.all([stopWebHost(empty), stopWebHost(demo)]);
    rmSync(dir, { recursive: true, force: true });
  };
}
