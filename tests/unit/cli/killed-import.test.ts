import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { runCli, runCliKilledAfter, runCliKilledWhen } from '../../helpers/run-cli';
import { tempDir } from '../../helpers/temp-db';

/**
 * A process killed at any moment of an import leaves a database that passes the integrity check
 * and holds all of the meeting or none of it. The meeting is made large (the demo's held meeting
 * repeated) so that kills land before, during and after the write transaction.
 */
let dir: string;
let cleanup: () => void;
let bigJson: string;
let expectedItems: number;

beforeAll(() => {
  ({ dir, cleanup } = tempDir('dagsorden-kill-'));
  const demo = join(dir, 'demo.sqlite');
  expect(runCli(['demo', '--db', demo]).code).toBe(0);
  const meetings = JSON.parse(runCli(['list', '--db', demo, '--json']).stdout) as { id: number; status: string }[];
  const source = join(dir, 'source');
  expect(runCli(['export-json', '--db', demo, '--meeting', String(meetings.find((m) => m.status === 'held')!.id), '--out', source]).code).toBe(0);
  const json = JSON.parse(readFileSync(join(source, 'meeting.json'), 'utf8'));
  const big = join(dir, 'big');
  const items: Record<string, unknown>[] = [];
  for (let copy = 0; copy < 12; copy++) {
    for (const item of json.items) {
      const number = items.length + 1;
      const attachments = item.attachments.map((a: { file: string }) => {
        const file = `copy-${copy}/${a.file}`;
        mkdirSync(dirname(join(big, file)), { recursive: true });
        copyFileSync(join(source, a.file), join(big, file));
        return { ...a, file };
      });
      items.push({ ...item, number, attachments, caseNumber: item.caseNumber && `${item.caseNumber}-${copy}` });
    }
  }
  json.items = items;
  expectedItems = items.length;
  bigJson = join(big, 'meeting.json');
  writeFileSync(bigJson, JSON.stringify(json));
}, 180_000);
afterAll(() => cleanup());

describe('an import killed mid-way', () => {
  it('leaves all or nothing of the meeting, and a sound database', async () => {
    const reference = join(dir, 'reference.sqlite');
    const start = performance.now();
    expect(runCli(['import', '--db', reference, bigJson]).stderr).toBe('');
    const duration = performance.now() - start;

    const outcomes: string[] = [];
    let attempt = 0;
    const killAndCheck = async (label: string, kill: (target: string) => Promise<{ killed: boolean }>) => {
      const target = join(dir, `killed-${attempt++}.sqlite`);
      copyFileSync(join(dir, 'demo.sqlite'), target);
      const before = JSON.parse(runCli(['list', '--db', target, '--json']).stdout) as unknown[];
      const run = await kill(target);
      const wal = `${target}-wal`;
      const midWrite = run.killed && existsSync(wal) && statSync(wal).size > 0;

      const check = runCli(['check', '--db', target]);
      expect(check.code, check.stderr).toBe(0);
      const after = JSON.parse(runCli(['list', '--db', target, '--json']).stdout) as { items: number }[];
      const added = after.length - before.length;
      expect([0, 1]).toContain(added);
      if (added === 1) expect(Math.max(...after.map((m) => m.items))).toBe(expectedItems);
      outcomes.push(`${label}: ${run.killed ? 'killed' : 'finished'}${midWrite ? ' with the write transaction open' : ''} → ${added ? 'whole meeting' : 'nothing'}`);
      return midWrite && added === 0;
    };

    // Kills at fixed moments land while the bilag are read, before anything is written.
    for (const f of [0.5, 0.95]) {
      await killAndCheck(`${Math.round(duration * f)} ms`, (target) => runCliKilledAfter(['import', '--db', target, bigJson], Math.round(duration * f)));
    }
    // The write transaction is short; kill the moment it starts spilling pages into the WAL file,
    // and try again until one kill lands inside it.
    let landedInside = false;
    for (let tries = 0; tries < 8 && !landedInside; tries++) {
      landedInside = await killAndCheck('first WAL frame', (target) =>
        runCliKilledWhen(['import', '--db', target, bigJson], () => existsSync(`${target}-wal`) && statSync(`${target}-wal`).size > 0, 0));
    }
    console.log(`import of ${expectedItems} items took ${Math.round(duration)} ms\n  ${outcomes.join('\n  ')}`);
    expect(landedInside, 'a kill must land inside the write transaction').toBe(true);
  }, 300_000);
});
