/**
 * bench:cli — how long `dagsorden --help` and `dagsorden list` take as a user sees it: each run
 * spawns `node electron/cli/bin.mjs …` (Node's own start-up included) from a folder outside the
 * repository. Budgets: p95 --help < 150 ms, p95 list < 400 ms. For comparison the same commands
 * through tsx, as bin.mjs ran them before the bundle (warm tsx cache).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { NO_REBUILD_VARIABLE } from '../../electron/cli/cli-bundle.mjs';
import { BIN, ensureCliBundle, runCli } from '../helpers/run-cli';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const RUNS = 21;
const TSX_RUNS = 5;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

/**
 * CPU time (user + system, ms) of the finished children so far, from /proc (Linux): unlike wall
 * time it hardly grows when other work shares the cores. Undefined elsewhere.
 */
function childrenCpuMs(): number | undefined {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').replace(/^.*\) /s, '').split(' ');
    return ((Number(fields[13]) + Number(fields[14])) * 1000) / 100; // cutime + cstime in clock ticks (USER_HZ 100)
  } catch {
    return undefined;
  }
}

interface Timing { wall: number[]; cpuPerRun: number | undefined }

/** Wall time of `node FILE ARGS` in ms, per run, sorted, and the mean CPU time per run; a failed run stops the bench. */
function time(file: string, args: string[], runs: number, cwd: string): Timing {
  const wall: number[] = [];
  let cpuBefore: number | undefined;
  for (let i = 0; i < runs + 1; i++) {
    if (i === 1) cpuBefore = childrenCpuMs(); // the first run warms the file cache
    const started = performance.now();
    const result = spawnSync(process.execPath, [file, ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
    const elapsed = performance.now() - started;
    if (result.status !== 0) throw new Error(`dagsorden ${args.join(' ')} failed: ${result.stderr}`);
    if (i > 0) wall.push(elapsed);
  }
  const cpuAfter = childrenCpuMs();
  return { wall: wall.sort((a, b) => a - b), cpuPerRun: cpuBefore === undefined || cpuAfter === undefined ? undefined : (cpuAfter - cpuBefore) / runs };
}

const format = (ms: number) => `${ms.toFixed(0).padStart(5)} ms`;

function report(label: string, { wall, cpuPerRun }: Timing, budgetMs?: number): boolean {
  const p95 = percentile(wall, 95);
  const ok = budgetMs === undefined || p95 < budgetMs;
  const verdict = budgetMs === undefined ? '' : `   budget p95 < ${budgetMs} ms  ${ok ? 'OK' : 'OVER BUDGET'}`;
  const cpu = cpuPerRun === undefined ? '' : `   cpu ${format(cpuPerRun)}/run`;
  console.log(`${label.padEnd(34)} median ${format(percentile(wall, 50))}   p95 ${format(p95)}${cpu}   (${wall.length} runs)${verdict}`);
  return ok;
}

const dir = mkdtempSync(join(tmpdir(), 'dagsorden-bench-cli-'));
// The old entry: tsx registered, then the TypeScript CLI (what electron/cli/bin.mjs did before the bundle).
const tsxBin = join(ROOT, 'out', `bench-cli-tsx-${process.pid}.mjs`);
try {
  ensureCliBundle();
  // Timed as a user in a checkout runs it: with bin.mjs's look at whether the sources changed.
  delete process.env[NO_REBUILD_VARIABLE];
  const db = join(dir, 'møder.sqlite');
  const imported = runCli(['import', '--db', db, join(ROOT, 'resources/meeting-json/example/meeting.json')]);
  if (imported.code !== 0) throw new Error(imported.stderr);
  console.log(`node ${process.version}, cwd ${dir}, load average ${loadavg().map((n) => n.toFixed(1)).join(' ')}`);
  // Node's own start-up on this machine right now: on a busy machine everything below grows with it.
  const nothing = join(dir, 'nothing.cjs');
  writeFileSync(nothing, '');
  report('node (an empty script, for scale)', time(nothing, [], RUNS, dir));
  const okHelp = report('dagsorden --help (bundle)', time(BIN, ['--help'], RUNS, dir), 150);
  const okList = report('dagsorden list (bundle)', time(BIN, ['list', '--db', db], RUNS, dir), 400);
  writeFileSync(tsxBin, [
    "import { register } from 'tsx/esm/api';",
    "process.env.NODE_ENV ??= 'production';",
    'register();',
    `const { main } = await import(${JSON.stringify(join(ROOT, 'electron/cli/main.ts'))});`,
    'process.exitCode = await main(process.argv.slice(2));',
  ].join('\n'));
  report('dagsorden --help (tsx, before)', time(tsxBin, ['--help'], TSX_RUNS, ROOT));
  report('dagsorden list (tsx, before)', time(tsxBin, ['list', '--db', db], TSX_RUNS, ROOT));
  if (!okHelp || !okList) process.exitCode = 1;
} finally {
  rmSync(tsxBin, { force: true });
  rmSync(dir, { recursive: true, force: true });
}
