import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync, rmSync, cpSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../../helpers/run-cli';
import { tempDir } from '../../helpers/temp-db';
import { treeSnapshot } from '../../helpers/tree-snapshot';
import type { MeetingFile } from '../../../shared/transfer/meeting-file';

let dir: string;
let cleanup: () => void;
let db: string;
let meetings: { id: number; committee: string; date: string; status: string }[];

beforeAll(() => {
  ({ dir, cleanup } = tempDir('dagsorden-cli-'));
  db = join(dir, 'd.sqlite');
  const demo = runCli(['demo', '--db', db]);
  expect(demo.stderr).toBe('');
  expect(demo.code).toBe(0);
  meetings = JSON.parse(runCli(['list', '--db', db, '--json']).stdout);
}, 120_000);
afterAll(() => cleanup());

describe('dagsorden command line', () => {
  it('prints help in Danish', () => {
    const r = runCli(['--help']);
    expect(r.code).toBe(0);
    for (const c of ['demo', 'list', 'export-json', 'import', 'check']) expect(r.stdout).toContain(c);
  });

  it('refuses an unknown command and a missing option with exit code 2', () => {
    expect(runCli(['frobnicate']).code).toBe(2);
    const r = runCli(['list']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Mangler --db');
  });

  it('lists the three demo meetings, as text and as JSON', () => {
    expect(meetings).toHaveLength(3);
    for (const m of meetings) expect(m).toMatchObject({ id: expect.any(Number), committee: expect.any(String), date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    const text = runCli(['list', '--db', db]).stdout;
    for (const m of meetings) expect(text).toContain(m.committee);
  });

  it('passes the integrity check', () => {
    const r = runCli(['check', '--db', db]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/i orden/);
  });

  it('exports a meeting and imports it into a new database without loss', () => {
    for (const m of meetings) {
      const first = join(dir, `export-${m.id}-a`);
      const second = join(dir, `export-${m.id}-b`);
      const copy = join(dir, `copy-${m.id}.sqlite`);
      expect(runCli(['export-json', '--db', db, '--meeting', String(m.id), '--out', first]).code).toBe(0);
      const imported = runCli(['import', '--db', copy, join(first, 'meeting.json')]);
      expect(imported.stderr).toBe('');
      const newId = JSON.parse(runCli(['list', '--db', copy, '--json']).stdout)[0].id;
      expect(runCli(['export-json', '--db', copy, '--meeting', String(newId), '--out', second]).code).toBe(0);
      expect(readFileSync(join(second, 'meeting.json'), 'utf8')).toBe(readFileSync(join(first, 'meeting.json'), 'utf8'));
      expect(treeSnapshot(second)).toEqual(treeSnapshot(first));
    }
  });

  describe('bad input changes nothing', () => {
    const firstWith = (json: MeetingFile, has: (i: MeetingFile['items'][number]) => number) => json.items.find((i) => has(i) > 0)!;
    const cases: [string, (json: MeetingFile, folder: string) => void, RegExp][] = [
      ['malformed JSON', (_, folder) => writeFileSync(join(folder, 'meeting.json'), '{ "format": "dagsorden-meeting", '), /ikke gyldig JSON/],
      ['a missing bilag file', (json, folder) => rmSync(join(folder, firstWith(json, (i) => i.attachments.length).attachments[0]!.file)), /Bilagsfilen bilag\/.* findes ikke/],
      ['an unknown member in a vote', (json) => {
        firstWith(json, (i) => i.decisions.length).decisions[0]!.rounds = [{ subject: null, mode: 'counted', votes: [{ person: 'p999', choice: 'for' }], dissents: [] }];
      }, /items\[\d+\]\.decisions\[0\]\.rounds\[0\]\.votes\[0\]\.person: ukendt person "p999"/],
      ['a vote from a member who was not present', (json) => {
        const absent = json.attendance.find((a) => a.status !== 'present')!.person;
        firstWith(json, (i) => i.decisions.length).decisions[0]!.rounds = [{ subject: null, mode: 'counted', votes: [{ person: absent, choice: 'for' }], dissents: [] }];
      }, /items\[\d+\]\.decisions: .*ikke til stede/],
      ['an empty title', (json) => { json.items[1]!.title = ''; }, /items\[1\]\.title/],
      ['a changed bilag file', (json, folder) => {
        const file = join(folder, firstWith(json, (i) => i.attachments.length).attachments[0]!.file);
        writeFileSync(file, Buffer.concat([readFileSync(file), Buffer.from('\n% endret\n')]));
      }, /kontrolsum/],
    ];

    it.each(cases)('%s', (_, spoil, message) => {
      const held = meetings.find((m) => m.status === 'held') ?? meetings[0]!;
      const source = join(dir, `bad-source-${held.id}`);
      const folder = join(dir, `bad-${Math.random().toString(36).slice(2)}`);
      runCli(['export-json', '--db', db, '--meeting', String(held.id), '--out', source]);
      cpSync(source, folder, { recursive: true });
      const json = JSON.parse(readFileSync(join(folder, 'meeting.json'), 'utf8'));
      spoil(json, folder);
      if (!readFileSync(join(folder, 'meeting.json'), 'utf8').startsWith('{ "format": "dagsorden-meeting", ')) {
        writeFileSync(join(folder, 'meeting.json'), JSON.stringify(json));
      }
      const before = join(dir, 'before');
      const after = join(dir, 'after');
      rmSync(before, { recursive: true, force: true });
      rmSync(after, { recursive: true, force: true });
      runCli(['export-json', '--db', db, '--meeting', String(held.id), '--out', before]);
      const beforeList = runCli(['list', '--db', db, '--json']).stdout;

      const r = runCli(['import', '--db', db, join(folder, 'meeting.json')]);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(message);

      expect(runCli(['list', '--db', db, '--json']).stdout).toBe(beforeList);
      runCli(['export-json', '--db', db, '--meeting', String(held.id), '--out', after]);
      expect(treeSnapshot(after)).toEqual(treeSnapshot(before));
    });
  });
});
