#!/usr/bin/env node
// Bundles the Electron main process and the preload script with esbuild (npm run build:electron):
//   electron/main/index.ts    → out/main/index.cjs     (+ pdf.worker.mjs beside it for pdf.js)
//   electron/preload/index.ts → out/preload/index.cjs  (sandboxed: may require only 'electron')
// `--out=DIR` writes elsewhere (tests); the default is out/ in the repository.
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const outArgument = process.argv.slice(2).find((a) => a.startsWith('--out='));
const outDir = outArgument ? resolve(outArgument.slice('--out='.length)) : join(root, 'out');

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

await Promise.all([build(mainBundle), build(preloadBundle), build(inspectWorkerBundle)]);
// pdf.js (Node build) loads its worker with import('./pdf.worker.mjs') relative to the bundle.
const worker = join(root, 'node_modules/pdfjs-dist/legacy/build/pdf.worker.mjs');
mkdirSync(join(outDir, 'main'), { recursive: true });
copyFileSync(worker, join(outDir, 'main/pdf.worker.mjs'));
console.log(`Electron-delene er bygget til ${relative(process.cwd(), outDir) || '.'} på ${Date.now() - started} ms.`);
