import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { asciiSource } from '../../electron/main/ascii-source.mjs';

/** `import.meta.url` of each source file, as a literal: resources (fonts, ICC) resolve as in the source tree. */
const importMetaUrl: Plugin = {
  name: 'import-meta-url',
  setup(esbuild) {
    esbuild.onLoad({ filter: /\.(m?[jt]s|tsx)$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      if (!source.includes('import.meta.url')) return undefined;
      return {
        contents: source.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)),
        loader: args.path.endsWith('.tsx') ? 'tsx' : args.path.endsWith('.ts') ? 'ts' : 'js',
      };
    });
  },
};

/**
 * export-child.ts as one CommonJS bundle with React in production mode, built the way
 * electron/main/build.mjs builds the app's main process: the exporting process then carries what
 * the app carries, not tsx's compiler and source caches (~60 MB of RSS).
 */
export async function bundleExportChild(outDir: string): Promise<string> {
  // Inside the repository, so that require('better-sqlite3') finds node_modules.
  const outfile = join(outDir, 'export-child.cjs');
  await build({
    entryPoints: ['tests/bench/export-child.ts'],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'warning',
    external: ['better-sqlite3'],
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [importMetaUrl],
  });
  writeFileSync(outfile, asciiSource(readFileSync(outfile, 'utf8')));
  // pdf.js (the printed-text check) loads its worker with import('./pdf.worker.mjs') beside the bundle, as in the app's build.
  writeFileSync(join(outDir, 'pdf.worker.mjs'), asciiSource(readFileSync('node_modules/pdfjs-dist/legacy/build/pdf.worker.mjs', 'utf8')));
  return outfile;
}
