import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ensureDemoDatabase } from './demo-database';
import { HOST_USAGE, parseHostArgs } from './parse-host-args';
import { DEFAULT_STATIC_ROOT, startHost, type RunningHost } from './start-host';
import { watchLaunchers } from './stop-with-launcher';

/** How long closing may take (open requests, the database) before the process leaves anyway. */
const CLOSE_TIMEOUT_MS = 3000;
/** How often the host looks whether the processes that started it are still there. */
const PARENT_POLL_MS = 500;

/** `npm run start:web`: the renderer and the API in a normal browser, on loopback only. */
async function main(): Promise<void> {
  const args = parseHostArgs(process.argv.slice(2));
  if (args.help) {
    console.log(HOST_USAGE);
    return;
  }
  if (!existsSync(DEFAULT_STATIC_ROOT)) {
    throw new Error(`Brugerfladen er ikke bygget (${DEFAULT_STATIC_ROOT} mangler). Kør npm run build:renderer først.`);
  }
  if (args.demo && (await ensureDemoDatabase(args.dbFile)) === 'created') {
    console.log(`Demodatabasen ${args.dbFile} er oprettet.`);
  }
  const host = await startHost({ dbFile: args.dbFile, port: args.port });
  stopWithParent(host);
  console.log(`Dagsorden kører på ${host.url} (database: ${args.dbFile})`);
  if (await isEmpty(host.url)) console.log(emptyDatabaseHint(args.dbFile));
  console.log('Stop med Ctrl+C.');
}

/**
 * The host stops, closing the database, on Ctrl+C, SIGTERM and SIGHUP (the terminal closed), and
 * when a process that started it is gone (npm, its script shell, tsx): SIGTERM to npm reaches only
 * the shell, which dies without passing it on, and that used to leave the server running.
 */
function stopWithParent(host: RunningHost): void {
  let stopping = false;
  let unwatch = () => {};
  const stop = (why: string) => {
    if (stopping) return;
    stopping = true;
    unwatch();
    console.log(`Dagsorden stopper (${why}).`);
    setTimeout(() => process.exit(0), CLOSE_TIMEOUT_MS).unref();
    host.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error instanceof Error ? error.message : error);
        process.exit(1);
      },
    );
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => stop(signal));
  unwatch = watchLaunchers((pid) => stop(`processen ${pid}, der startede den, er stoppet`), PARENT_POLL_MS);
}

/** No committee yet: a database someone has just created (through the host's own API, as the app asks). */
async function isEmpty(url: string): Promise<boolean> {
  try {
    const response = await fetch(`${url}/api/committees%3Alist`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    const envelope = (await response.json()) as { ok: boolean; value?: unknown[] };
    return envelope.ok && Array.isArray(envelope.value) && envelope.value.length === 0;
  } catch {
    return false;
  }
}

export function emptyDatabaseHint(dbFile: string): string {
  const demo = join(dirname(dbFile), 'dagsorden-demo.sqlite');
  return [
    `Databasen ${dbFile} er tom. Vil du først se programmet med demodata (en opdigtet kommune), så stop med Ctrl+C og start med en ny fil:`,
    `  npm run start:web -- --db ${demo} --demo`,
    `eller lav demodatabasen for sig: npx dagsorden demo --db ${demo}`,
  ].join('\n');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
