/**
 * Where bench:export's time goes: builds the same meeting, runs the warm child under --cpu-prof
 * and prints the top self-time functions and self time per file/package.
 * Run: `npx tsx tests/bench/export-profile.ts` (not part of the budgeted bench); it prints the whole warm child and
 * then the bilag part alone (bench:export's (b)), profiled in the child with node:inspector.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeTestCerts } from '../fixtures/certs/make-test-certs';
import { tempDir } from '../helpers/temp-db';
import { buildExportFixture } from './export-fixture';

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

function bucket(url: string): string {
  const m = url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)\/(.*)$/);
  if (m) return `${m[1]}/${m[2]!.split('/').slice(-2).join('/')}`;
  const app = url.match(/\/(electron\/.*|tests\/.*)$/);
  return app ? app[1]! : url || '(native/gc/idle)';
}

async function main(): Promise<void> {
  const { dir, cleanup } = tempDir('bench-export-prof-');
  const certs = await makeTestCerts();
  try {
    const bilagDir = join(dir, 'bilag');
    const outDir = join(dir, 'out');
    const profDir = join(dir, 'prof');
    mkdirSync(bilagDir);
    mkdirSync(outDir);
    const fixture = await buildExportFixture(join(dir, 'export.sqlite'), bilagDir);
    const argsFile = join(dir, 'args.json');
    writeFileSync(argsFile, JSON.stringify({
      mode: 'warm', runs: 2, dbFile: join(dir, 'export.sqlite'), meetingId: fixture.meetingId, p12Path: certs.p12Path,
      password: certs.password, outDir, resultFile: join(dir, 'result.json'),
    }));
    mkdirSync(profDir);
    const mergeProfile = join(profDir, 'merge.json');
    const env = { ...process.env, BENCH_MERGE_PROFILE: mergeProfile, NODE_ENV: 'production' };
    const run = spawnSync(process.execPath, ['--expose-gc', '--cpu-prof', '--cpu-prof-dir', profDir, '--cpu-prof-interval', '500', '--import', 'tsx', 'tests/bench/export-child.ts', argsFile], { stdio: 'inherit', env });
    if (run.status !== 0) throw new Error('child failed');
    const file = readdirSync(profDir).find((f) => f.endsWith('.cpuprofile'))!;
    report('the warm child (warm-up + 2 signed exports + 2 replayed compiles + 2 signings)', JSON.parse(readFileSync(join(profDir, file), 'utf8')) as Profile);
    // PROFILE_KEEP=<file> keeps the bilag part's profile (open it in Chrome's DevTools, Performance tab).
    if (process.env.PROFILE_KEEP) copyFileSync(mergeProfile, process.env.PROFILE_KEEP);
    report('the bilag part alone (2 replayed compiles, bench:export\'s (b))', JSON.parse(readFileSync(mergeProfile, 'utf8')) as Profile);
  } finally {
    await certs.cleanup();
    cleanup();
  }
}

function report(what: string, profile: Profile): void {
  {
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const selfFn = new Map<string, number>();
    const selfFile = new Map<string, number>();
    let total = 0;
    profile.samples.forEach((id, i) => {
      const node = byId.get(id)!;
      const dt = (profile.timeDeltas[i] ?? 0) / 1000;
      total += dt;
      const f = node.callFrame;
      const where = bucket(f.url);
      const key = `${f.functionName || '(anonymous)'}  ${where}:${f.lineNumber + 1}`;
      selfFn.set(key, (selfFn.get(key) ?? 0) + dt);
      selfFile.set(where, (selfFile.get(where) ?? 0) + dt);
    });
    const top = (m: Map<string, number>, n: number): void => {
      [...m].sort((a, b) => b[1] - a[1]).slice(0, n).forEach(([k, v]) => console.log(`${v.toFixed(0).padStart(7)} ms ${(100 * v / total).toFixed(1).padStart(5)}%  ${k}`));
    };
    console.log(`\nprofile of ${what}: ${total.toFixed(0)} ms sampled`);
    console.log('\nself time by file:');
    top(selfFile, 25);
    console.log('\nself time by function:');
    top(selfFn, 35);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
