#!/usr/bin/env node
// `npm run start:web` and `npm start` build the renderer (vite build, some 10–30 s) only when out/renderer
// is older than what it is built from: every file and folder under renderer/ and shared/ (a folder's
// time changes when a file in it is deleted or renamed), package-lock.json and tsconfig.json (the vite
// config lives in renderer/). `--force` builds anyway. The e2e tests and CI call `npm run build:renderer`
// themselves and always build.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, utimesSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = resolve(fileURLToPath(new URL('../../', import.meta.url)));

/** What the renderer is built from, relative to the repository. */
export const RENDERER_SOURCES = ['renderer', 'shared', 'package-lock.json', 'tsconfig.json'];
/** The build's own time: vite writes it last of all, and it is reset to the build's start below. */
export const BUILD_MARK = join('out', 'renderer', 'index.html');

/** The newest file or folder under the sources: { path, mtimeMs }, or null when there is none. */
export function newestSource(root = REPO_ROOT, sources = RENDERER_SOURCES) {
  let newest = null;
  const visit = (path) => {
    let stat;
    try {
      stat = statSync(path);
    } catch {
      return;
    }
    if (!newest || stat.mtimeMs > newest.mtimeMs) newest = { path, mtimeMs: stat.mtimeMs };
    if (!stat.isDirectory()) return;
    for (const entry of readdirSync(path)) visit(join(path, entry));
  };
  for (const source of sources) visit(join(root, source));
  return newest;
}

/** Why the renderer must be built, or null when out/renderer is newer than every source. */
export function staleReason(root = REPO_ROOT, sources = RENDERER_SOURCES) {
  const mark = join(root, BUILD_MARK);
  if (!existsSync(mark)) return `${BUILD_MARK} mangler`;
  const builtAt = statSync(mark).mtimeMs;
  const newest = newestSource(root, sources);
  if (newest && newest.mtimeMs > builtAt) return `${relative(root, newest.path)} er ændret siden sidste build`;
  return null;
}

/**
 * Runs vite build. The mark gets the time the build started, so a file saved while it ran counts as
 * newer than the build and the next start builds again.
 */
export function buildRenderer(root = REPO_ROOT) {
  const startedAt = new Date();
  const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  const result = spawnSync(process.execPath, [vite, 'build', '--config', join('renderer', 'vite.config.ts')], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) return result.status ?? 1;
  utimesSync(join(root, BUILD_MARK), startedAt, startedAt);
  return 0;
}

function main(argv) {
  const reason = argv.includes('--force') ? 'bygning ønsket (--force)' : staleReason();
  if (reason === null) {
    console.log('Brugerfladen er uændret siden sidste build (out/renderer); den bygges ikke igen. Byg alligevel: npm run build:renderer');
    return 0;
  }
  console.log(`Bygger brugerfladen: ${reason}.`);
  return buildRenderer();
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = main(process.argv.slice(2));
