#!/usr/bin/env node
// Bundles the Electron main process and the preload script with esbuild (npm run build:electron):
//   electron/main/index.ts    → out/main/index.cjs     (+ pdf.worker.mjs beside it for pdf.js)
//   electron/preload/index.ts → out/preload/index.cjs  (sandboxed: may require only 'electron')
//   electron/cli/main.ts      → out/cli/dagsorden.cjs  (the `dagsorden` command; one bundle per command beside it)
// `--out=DIR` writes elsewhere (tests); the default is out/ in the repository.
// `--only=cli` builds the command line alone (npm ci's prepare, electron/cli/bin.mjs when the sources changed).
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { asciiSource } from './ascii-source.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const outArgument = process.argv.slice(2).find((a) => a.startsWith('--out='));
const outDir = outArgument ? resolve(outArgument.slice('--out='.length)) : join(root, 'out');
const onlyCli = process.argv.includes('--only=cli');

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  absWorkingDir: root,
  // Not minified: stack traces in support logs stay readable. Licence comments of bundled packages are kept (esbuild's default).
  minify: false,
  // React's production build: the packet HTML renders several times faster than in development.
  define: { 'process.env.NODE_ENV': '"production"' },
};

/**
 * `import.meta.url` does not exist in CommonJS. Each use is replaced by the file URL the module has
 * in the source tree (electron/main/source-url.ts), so relative resources (fonts) and pdf.js's
 * createRequire (for @napi-rs/canvas) resolve as they do under tsx and vitest.
 */
const importMetaUrlPlugin = {
  name: 'import-meta-url',
  setup(esbuild) {
    esbuild.onLoad({ filter: /\.(m?[jt]s|tsx)$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      if (!source.includes('import.meta.url')) return undefined;
      const sourcePath = JSON.stringify(relative(root, args.path).split('\\').join('/'));
      return {
        contents: source.replaceAll('import.meta.url', `__dagsordenSourceUrl(${sourcePath})`),
        loader: /\.m?ts$|\.tsx$/.test(args.path) ? (args.path.endsWith('x') ? 'tsx' : 'ts') : 'js',
      };
    });
  },
};

const mainBundle = {
  ...common,
  entryPoints: [join(root, 'electron/main/index.ts')],
  outfile: join(outDir, 'main/index.cjs'),
  // better-sqlite3 is native (rebuilt for Electron when packaging); electron is the runtime itself.
  external: ['electron', 'better-sqlite3'],
  inject: [join(root, 'electron/main/source-url.ts')],
  plugins: [importMetaUrlPlugin],
};

const preloadBundle = {
  ...common,
  entryPoints: [join(root, 'electron/preload/index.ts')],
  outfile: join(outDir, 'preload/index.cjs'),
  // A sandboxed preload can require only a few built-ins: everything else must be bundled in.
  external: ['electron'],
};

const started = Date.now();
// Bilag inspection runs in a worker thread so a 200 MB PDF never blocks the main process.
const inspectWorkerBundle = {
  ...common,
  entryPoints: [join(root, 'electron/services/attachments/inspect-worker-entry.ts')],
  outfile: join(outDir, 'main/inspect-worker.cjs'),
  external: ['electron', 'better-sqlite3'],
  inject: [join(root, 'electron/services/attachments/worker-source-url.ts')], // no `electron` inside a worker
  plugins: [importMetaUrlPlugin],
};

/**
 * The `dagsorden` command. One small entry bundle (main.ts, the option parser and the help text) and
 * one bundle per command beside it, loaded only when that command runs: "dagsorden --help" parses
 * a few kilobytes instead of the 6 MB the export command needs (React, pdf-lib, pdf.js). The entry's
 * `import('./demo')` in commands/index.ts becomes a require of ./command-demo.cjs at run time.
 * No source maps: they would double what is written on every rebuild, and the unminified bundles
 * read well enough in a stack trace.
 */
const cliDir = join(outDir, 'cli');
// pdf.js (Node build) loads its worker with import('./pdf.worker.mjs') relative to the bundle.
const pdfWorker = join(root, 'node_modules/pdfjs-dist/legacy/build/pdf.worker.mjs');
const commandNames = readdirSync(join(root, 'electron/cli/commands'))
  .filter((file) => file.endsWith('.ts') && file !== 'index.ts')
  .map((file) => basename(file, '.ts'));
const commandFile = (name) => `command-${name}.cjs`;

/** In commands/index.ts, `import('./list')` → `./command-list.cjs` beside the entry bundle, not bundled in. */
const commandsAsSeparateBundles = {
  name: 'commands-as-separate-bundles',
  setup(esbuild) {
    esbuild.onResolve({ filter: /^\.\/[\w-]+$/ }, (args) => {
      const name = args.path.slice(2);
      if (!args.importer.endsWith(join('electron', 'cli', 'commands', 'index.ts')) || !commandNames.includes(name)) return undefined;
      return { path: `./${commandFile(name)}`, external: true };
    });
  },
};

const cliCommon = {
  ...common,
  sourcemap: false,
  write: false,
  metafile: true,
  external: ['electron', 'better-sqlite3'],
  // No `electron` here either: the worker's stand-in finds the source tree from the bundle's folder.
  inject: [join(root, 'electron/services/attachments/worker-source-url.ts')],
};
const cliBundles = [
  { ...cliCommon, entryPoints: [join(root, 'electron/cli/main.ts')], outfile: join(cliDir, 'dagsorden.cjs'), plugins: [importMetaUrlPlugin, commandsAsSeparateBundles] },
  ...commandNames.map((name) => ({ ...cliCommon, entryPoints: [join(root, `electron/cli/commands/${name}.ts`)], outfile: join(cliDir, commandFile(name)), plugins: [importMetaUrlPlugin] })),
  // inspect-in-worker.ts starts the inspect-worker.cjs beside the running bundle.
  { ...inspectWorkerBundle, ...cliCommon, outfile: join(cliDir, 'inspect-worker.cjs') },
];

/** Writes each file beside its target and renames it into place: a command started meanwhile never reads half a file. */
function writeAtomically(file, contents) {
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, contents);
  renameSync(temp, file);
}

async function buildCli() {
  const startedAt = Date.now();
  const results = await Promise.all(cliBundles.map((options) => build(options)));
  mkdirSync(cliDir, { recursive: true });
  for (const result of results) for (const file of result.outputFiles) writeAtomically(file.path, asciiSource(file.text));
  writeAtomically(join(cliDir, 'pdf.worker.mjs'), asciiSource(readFileSync(pdfWorker, 'utf8')));
  // What electron/cli/bin.mjs compares with in a checkout: when the build began and, per bundle, the
  // sources it holds (not node_modules), so `dagsorden list` looks only at what list runs. A command
  // that starts the inspection worker also depends on the worker's sources.
  const sourcesOf = (result) => Object.keys(result.metafile.inputs).filter((input) => !input.includes('node_modules/')).sort();
  const [entry, ...rest] = results;
  const worker = sourcesOf(rest[commandNames.length]);
  const commands = Object.fromEntries(commandNames.map((name, index) => {
    const own = sourcesOf(rest[index]);
    return [name, own.includes('electron/services/attachments/inspect-in-worker.ts') ? [...new Set([...own, ...worker])].sort() : own];
  }));
  writeAtomically(join(cliDir, 'sources.json'), `${JSON.stringify({ builtAt: startedAt, entry: sourcesOf(entry), commands })}\n`);
}

try {
  if (onlyCli) {
    await buildCli();
  } else {
    await Promise.all([build(mainBundle), build(preloadBundle), build(inspectWorkerBundle), buildCli()]);
    for (const bundle of [mainBundle, preloadBundle, inspectWorkerBundle]) writeFileSync(bundle.outfile, asciiSource(readFileSync(bundle.outfile, 'utf8')));
    mkdirSync(join(outDir, 'main'), { recursive: true });
    writeFileSync(join(outDir, 'main/pdf.worker.mjs'), asciiSource(readFileSync(pdfWorker, 'utf8')));
  }
} catch (error) {
  // esbuild has already printed its errors with file and line; its stack trace adds nothing.
  if (!Array.isArray(error?.errors)) throw error;
  process.exit(1);
}
const built = onlyCli ? 'Kommandolinjen er bygget' : 'Electron-delene og kommandolinjen er bygget';
console.log(`${built} til ${relative(process.cwd(), outDir) || '.'} på ${Date.now() - started} ms.`);
