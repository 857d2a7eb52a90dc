import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemChromiumAvailable } from '../../../electron/export/printer/chromium-printer';
import { ensureCliBundle, runCli } from '../../helpers/run-cli';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const chromium = systemChromiumAvailable();
const hasPoppler = spawnSync('pdfinfo', ['-v']).error === undefined;
if (!chromium || !hasPoppler) console.log('cli-from-anywhere: the export step is skipped (needs /usr/bin/chromium and poppler-utils)');

let base: string;
beforeAll(() => {
  ensureCliBundle();
  base = mkdtempSync(join(tmpdir(), 'dagsorden-anywhere-'));
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

/**
 * --help, demo, list and a PDF export run from a folder outside the repository, with every path
 * relative to it: nothing is copied, the command finds its bundle, fonts and workers by itself.
 */
function runEverywhereCommand(cwd: string): void {
  // Records which file each worker thread starts from (NODE_OPTIONS=--require, before the bundle loads).
  const workers = join(cwd, 'workers.txt');
  const hook = join(cwd, 'record-workers.cjs');
  writeFileSync(hook, `const threads = require('node:worker_threads');
const { appendFileSync } = require('node:fs');
const Worker = threads.Worker;
threads.Worker = class extends Worker { constructor(file, options) { appendFileSync(${JSON.stringify(workers)}, String(file) + '\\n'); super(file, options); } };`);

  const help = runCli(['--help'], {}, cwd);
  expect(help.stderr).toBe('');
  expect(help.code).toBe(0);
  expect(help.stdout).toContain('Kommandoer:');

  const demo = runCli(['demo', '--db', 'demo æøå.sqlite'], { NODE_OPTIONS: `--require ${JSON.stringify(hook)}` }, cwd);
  expect(demo.stderr).toBe('');
  expect(demo.code).toBe(0);
  // The demo's bilag are inspected in the worker bundled beside the CLI, not the TypeScript one (tsx).
  expect(readFileSync(workers, 'utf8').trim().split('\n')).toEqual([join(ROOT, 'out', 'cli', 'inspect-worker.cjs')]);

  const list = runCli(['list', '--db', 'demo æøå.sqlite', '--json'], {}, cwd);
  expect(list.code).toBe(0);
  const meetings = JSON.parse(list.stdout) as { id: number; committee: string }[];
  const meeting = meetings.find((m) => m.committee === 'Økonomiudvalget');
  expect(meeting).toBeDefined();
  if (!chromium || !hasPoppler) return;

  const exported = runCli(['export', '--db', 'demo æøå.sqlite', '--meeting', String(meeting!.id), '--document', 'agenda', '--edition', 'public', '--out', 'Dagsorden æøå.pdf'], {}, cwd);
  expect(exported.stderr).toBe('');
  expect(exported.code).toBe(0);
  const file = join(cwd, 'Dagsorden æøå.pdf');
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  expect(info).toMatch(/Title:.*Dagsorden – Økonomiudvalget/); // "Udkast: …" when not released
  expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBeGreaterThan(3);
  const text = execFileSync('pdftotext', ['-f', '1', '-l', '3', file, '-'], { encoding: 'utf8' });
  expect(text).toContain('Økonomiudvalget');
  expect(text).toContain('Indholdsfortegnelse');
}

describe('dagsorden run from outside the repository', () => {
  it('works from a fresh temporary folder', () => {
    runEverywhereCommand(mkdtempSync(join(base, 'cwd-')));
  }, 240_000);

  it('works from a folder whose path has spaces and æøå', () => {
    const cwd = join(base, 'Mødemappe med æøå ÆØÅ', 'Udvalg 2026');
    mkdirSync(cwd, { recursive: true });
    runEverywhereCommand(cwd);
  }, 240_000);

  it('works installed as npm links a package: run through symlinks under a path with spaces and æøå', () => {
    // npm install -g FOLDER: PREFIX/lib/node_modules/dagsorden → the package, PREFIX/bin/dagsorden → its bin.
    const prefix = join(base, 'Programmer æøå');
    mkdirSync(join(prefix, 'lib', 'node_modules'), { recursive: true });
    mkdirSync(join(prefix, 'bin'));
    symlinkSync(ROOT, join(prefix, 'lib', 'node_modules', 'dagsorden'), 'junction');
    symlinkSync(join(prefix, 'lib', 'node_modules', 'dagsorden', 'electron', 'cli', 'bin.mjs'), join(prefix, 'bin', 'dagsorden'));
    const cwd = mkdtempSync(join(base, 'installed-'));
    const run = (args: string[]) => spawnSync(process.execPath, [join(prefix, 'bin', 'dagsorden'), ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
    const help = run(['--help']);
    expect(help.stderr).toBe('');
    expect(help.status).toBe(0);
    const missing = run(['list', '--db', 'findes-ikke.sqlite']);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toBe('Fejl: Databasen findes-ikke.sqlite findes ikke.\n');
  }, 120_000);
});
