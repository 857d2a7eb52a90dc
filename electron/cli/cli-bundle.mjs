// Where the bundled `dagsorden` command lives (out/cli, built by electron/main/build.mjs --only=cli)
// and whether it still matches the sources. Plain JavaScript: bin.mjs runs it before anything is built.
// Each function takes the package's root folder (tests pass their own); the default is this checkout.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const packageRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export function cliPaths(root = packageRoot) {
  const dir = join(root, 'out', 'cli');
  return { dir, bundle: join(dir, 'dagsorden.cjs'), sources: join(dir, 'sources.json'), builder: join(root, 'electron', 'main', 'build.mjs') };
}

/**
 * 'fresh': the bundle is there and no source it was built from changed since the build began.
 * 'stale': a source is newer (a dev checkout after an edit or a pull). 'missing': never built.
 * With a command name, only the entry's sources and that command's are looked at (--help: the
 * entry's alone); without, every bundle's. A source that no longer exists is skipped: the file that
 * imported it has changed too. An installed package stays fresh, since its sources are not edited.
 */
export function cliBundleState(root = packageRoot, command = undefined) {
  const paths = cliPaths(root);
  if (!existsSync(paths.bundle)) return 'missing';
  let built;
  try {
    built = JSON.parse(readFileSync(paths.sources, 'utf8'));
  } catch {
    return 'stale';
  }
  if (!Array.isArray(built.entry) || typeof built.commands !== 'object') return 'stale';
  const lists = command === undefined ? [built.entry, ...Object.values(built.commands)] : [built.entry, built.commands[command] ?? []];
  for (const list of lists) {
    for (const source of list) {
      const stats = statSync(join(root, source), { throwIfNoEntry: false });
      if (stats && stats.mtimeMs > built.builtAt) return 'stale';
    }
  }
  return 'fresh';
}

/** True where the bundle can be built: the builder and esbuild (a dev dependency) are installed. */
export function canBuildCliBundle(root = packageRoot) {
  const { builder } = cliPaths(root);
  if (!existsSync(builder)) return false;
  try {
    createRequire(builder).resolve('esbuild');
    return true;
  } catch {
    return false;
  }
}

/** Builds out/cli in a child process; returns null when done, else esbuild's report. */
export function buildCliBundle(root = packageRoot) {
  // Loaded here, not at the top: most runs never build, and child_process costs a millisecond or two to load.
  const { spawnSync } = createRequire(import.meta.url)('node:child_process');
  const result = spawnSync(process.execPath, [cliPaths(root).builder, '--only=cli'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000 });
  if (result.status === 0) return null;
  return (result.stderr || result.stdout || result.error?.message || `kode ${result.status}`).trim();
}

/**
 * Set by the tests once they have built the bundle: each command then runs it as it is, so a source
 * edited during a test run neither triggers a rebuild inside a command nor adds a line to its stderr.
 */
export const NO_REBUILD_VARIABLE = 'DAGSORDEN_CLI_NO_REBUILD';

/**
 * The bundle to run for `command` (the first argument; bin.mjs passes it), rebuilt first when it is
 * missing or older than the sources and it can be built here (one line on stderr says so);
 * undefined, after a Danish message, when there is none. A stale bundle that cannot be rebuilt (no
 * esbuild) still runs: it is the newest there is.
 */
export function readyCliBundle({ write = (line) => process.stderr.write(`${line}\n`), root = packageRoot, env = process.env, command = undefined } = {}) {
  const paths = cliPaths(root);
  const state = env[NO_REBUILD_VARIABLE] === '1' && existsSync(paths.bundle) ? 'fresh' : cliBundleState(root, command ?? '');
  if (state === 'fresh') return paths.bundle;
  const shown = relative(process.cwd(), paths.dir) || paths.dir;
  if (!canBuildCliBundle(root)) {
    if (state === 'stale') return paths.bundle;
    write(`Kommandolinjen er ikke bygget: ${join(shown, 'dagsorden.cjs')} mangler, og esbuild er ikke installeret. Kør "npm ci" i ${root}.`);
    return undefined;
  }
  write(state === 'missing' ? `Kommandolinjen bygges, fordi ${shown} mangler …` : 'Kommandolinjen bygges igen, fordi kildefilerne er ændret …');
  const failure = buildCliBundle(root);
  if (failure === null) return paths.bundle;
  write(`Kommandolinjen kunne ikke bygges:\n${failure}`);
  return undefined;
}
