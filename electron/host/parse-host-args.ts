import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

export interface HostArgs {
  dbFile: string;
  port: number;
  /** Fill a missing database with the demo data (always for the default database). */
  demo: boolean;
  help: boolean;
}

export const DEFAULT_PORT = 5173;
export const defaultDemoDatabase = (): string => join(tmpdir(), 'dagsorden-demo.sqlite');

export const HOST_USAGE = `Brug: npm run start:web -- [--db FIL] [--port N] [--demo]

  --db FIL    databasen (standard: en demodatabase i ${defaultDemoDatabase()})
  --port N    porten på 127.0.0.1 (standard ${DEFAULT_PORT}; 0 = en ledig port)
  --demo      opret demodata, hvis databasen ikke findes`;

export function parseHostArgs(argv: string[]): HostArgs {
  const { values } = parseArgs({
    args: argv,
    options: {
      db: { type: 'string' },
      port: { type: 'string' },
      demo: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  const port = values.port === undefined ? DEFAULT_PORT : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port skal være et heltal fra 0 til 65535 (fik "${values.port}").`);
  return {
    dbFile: values.db ?? defaultDemoDatabase(),
    port,
    demo: values.demo === true || values.db === undefined,
    help: values.help === true,
  };
}
