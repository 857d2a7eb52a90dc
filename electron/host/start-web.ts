import { existsSync } from 'node:fs';
import { ensureDemoDatabase } from './demo-database';
import { HOST_USAGE, parseHostArgs } from './parse-host-args';
import { DEFAULT_STATIC_ROOT, startHost } from './start-host';

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
  console.log(`Dagsorden kører på ${host.url} (database: ${args.dbFile})`);
  const stop = () => {
    void host.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
