import { spawnSync } from 'node:child_process';
import { builtinModules } from 'node:module';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliBundleState, cliPaths, readyCliBundle } from '../../../electron/cli/cli-bundle.mjs';
import { openDatabase } from '../../../electron/store/open-database';
import { ensureCliBundle } from '../../helpers/run-cli';

const { dir: OUT, bundle: BUNDLE } = cliPaths();

/** The files a process has loaded with require after running `dagsorden ARGS` in-process, relative to out/cli or node_modules. */
function loadedFor(args: string[]): string[] {
  const script = `
    const { main } = require(${JSON.stringify(BUNDLE)});
    const io = { out: () => {}, err: (line) => process.stderr.write(line + '\\n'), env: process.env };
    main(${JSON.stringify(args)}, io).then((code) => {
      process.stdout.write(JSON.stringify({ code, loaded: Object.keys(require.cache) }));
    });`;
  const result = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout: 60_000 });
  expect(result.stderr).toBe('');
  const report = JSON.parse(result.stdout) as { code: number; loaded: string[] };
  return report.loaded.map((file) => file.replace(`${OUT}/`, '').replace(/^.*node_modules\//, 'node_modules/'));
}

beforeAll(() => ensureCliBundle(), 120_000);

describe('the CLI bundle (out/cli)', () => {
  it('has a small entry that loads no command for --help, and only the list command for list', () => {
    expect(loadedFor(['--help'])).toEqual(['dagsorden.cjs']);
    const dir = mkdtempSync(join(tmpdir(), 'dagsorden-lazy-'));
    try {
      const file = join(dir, 'tom.sqlite');
      openDatabase(file, { create: true }).close();
      const list = loadedFor(['list', '--db', file]);
      expect(list).toContain('node_modules/better-sqlite3/lib/index.js');
      expect(list.filter((file) => file.endsWith('.cjs'))).toEqual(['dagsorden.cjs', 'command-list.cjs']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(readFileSync(BUNDLE).length).toBeLessThan(50_000);
  });

  it('requires only better-sqlite3 and Node built-ins, keeps no import.meta, and has its workers beside it', () => {
    const files = readdirSync(OUT);
    expect(files).toEqual(expect.arrayContaining(['dagsorden.cjs', 'command-export.cjs', 'command-list.cjs', 'inspect-worker.cjs', 'pdf.worker.mjs', 'sources.json']));
    for (const file of files.filter((f) => f.endsWith('.cjs'))) {
      const code = readFileSync(join(OUT, file), 'utf8');
      const required = new Set([...code.matchAll(/require\("([@\w][\w./@-]*)"\)/g)].map((m) => m[1] ?? ''));
      const foreign = [...required].filter((name) => name !== 'better-sqlite3' && !name.startsWith('node:') && !builtinModules.includes(name));
      expect(foreign, file).toEqual([]);
      expect(code, file).not.toMatch(/\bimport_meta\b|import\.meta/);
    }
  });
});

describe('bin.mjs deciding whether the bundle can run', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'dagsorden-bundle-state-'));
    mkdirSync(join(root, 'src'));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('is missing before a build, fresh after it, and stale when a source is newer than the build', () => {
    expect(cliBundleState(root)).toBe('missing');
    const paths = cliPaths(root);
    mkdirSync(paths.dir, { recursive: true });
    writeFileSync(paths.bundle, 'module.exports = {};');
    expect(cliBundleState(root)).toBe('stale'); // no list of sources: built by something else
    const builtAt = Date.now();
    writeFileSync(paths.sources, JSON.stringify({ builtAt, entry: ['src/main.ts'], commands: { list: ['src/main.ts', 'src/list.ts', 'src/deleted.ts'], demo: ['src/demo.ts'] } }));
    const before = new Date(builtAt - 60_000);
    for (const name of ['main', 'list', 'demo']) {
      writeFileSync(join(root, 'src', `${name}.ts`), 'export {};');
      utimesSync(join(root, 'src', `${name}.ts`), before, before);
    }
    expect(cliBundleState(root)).toBe('fresh');
    const after = new Date(builtAt + 60_000);
    utimesSync(join(root, 'src', 'list.ts'), after, after);
    // Each command looks at the entry's sources and its own: --help and demo never stat list.ts.
    expect([cliBundleState(root), cliBundleState(root, 'list'), cliBundleState(root, 'demo'), cliBundleState(root, '')]).toEqual(['stale', 'stale', 'fresh', 'fresh']);
    utimesSync(join(root, 'src', 'main.ts'), after, after);
    expect(cliBundleState(root, 'demo')).toBe('stale');
  });

  it('says in Danish what to do when there is no bundle and nothing to build it with', () => {
    const empty = mkdtempSync(join(tmpdir(), 'dagsorden-no-bundle-'));
    try {
      const lines: string[] = [];
      expect(readyCliBundle({ write: (line) => lines.push(line), root: empty })).toBeUndefined();
      expect(lines).toEqual([expect.stringMatching(/^Kommandolinjen er ikke bygget: .*dagsorden\.cjs mangler, og esbuild er ikke installeret\. Kør "npm ci" i /)]);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it('runs a stale bundle where it cannot be rebuilt (an installed package without esbuild)', () => {
    const paths = cliPaths(root);
    const lines: string[] = [];
    expect(readyCliBundle({ write: (line) => lines.push(line), root, command: 'list' })).toBe(paths.bundle);
    expect(lines).toEqual([]);
  });
});
