import { join, resolve } from 'node:path';

export const DATABASE_FILE_NAME = 'dagsorden.sqlite';

/**
 * Which database the app opens: `--db=FILE` (or `--db FILE`) on the command line, else the
 * environment variable DAGSORDEN_DB, else dagsorden.sqlite in the user's data folder. A relative
 * path is taken from the working directory.
 */
export function resolveDatabasePath(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  userDataDir: string,
  cwd: string = process.cwd(),
): string {
  const fromArgument = databaseArgument(argv);
  if (fromArgument) return resolve(cwd, fromArgument);
  const fromEnvironment = env.DAGSORDEN_DB?.trim();
  if (fromEnvironment) return resolve(cwd, fromEnvironment);
  return join(userDataDir, DATABASE_FILE_NAME);
}

/** The last --db given wins, as with most command lines. */
function databaseArgument(argv: readonly string[]): string | undefined {
  let found: string | undefined;
  argv.forEach((arg, index) => {
    if (arg.startsWith('--db=')) found = arg.slice('--db='.length).trim() || found;
    else if (arg === '--db') {
      const next = argv[index + 1];
      if (next && !next.startsWith('--')) found = next;
    }
  });
  return found;
}
