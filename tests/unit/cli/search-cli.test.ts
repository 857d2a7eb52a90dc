import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/run-cli';
import { tempDir } from '../../helpers/temp-db';

/** `dagsorden search` on the demo database, run as the installed command. */
let dir: string;
let cleanup: () => void;
let db: string;

beforeAll(() => {
  ({ dir, cleanup } = tempDir('dagsorden-search-cli-'));
  db = join(dir, 'demo.sqlite');
  expect(runCli(['demo', '--db', db]).code).toBe(0);
}, 120_000);
afterAll(() => cleanup());

describe('dagsorden search', () => {
  it('finds the harbour items and the bilag that mention them, grouped by meeting, matches in brackets, closed items marked', () => {
    const r = runCli(['search', '--db', db, 'havn']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Økonomiudvalget den 2\. december 2026 \(møde \d+\)$/m);
    expect(r.stdout).toMatch(/Punkt \d+\. Køb af ejendommen Havnevej 22, Fjordby \(lukket\) – bilag »Valuarvurdering af Havnevej 22«/);
    expect(r.stdout).toContain('[Havnefestival]');
  });

  it('writes JSON with the snippet as segments, and narrows by committee and period', () => {
    const all = JSON.parse(runCli(['search', '--db', db, 'havn', '--json']).stdout) as { committeeName: string; meetingDate: string; snippet: { text: string; match: boolean }[] }[];
    expect(all.length).toBeGreaterThan(2);
    expect(all[0]!.snippet.some((s) => s.match)).toBe(true);
    const narrowed = JSON.parse(runCli(['search', '--db', db, 'havn', '--committee', 'Økonomiudvalget', '--from', '2026-12-01', '--json']).stdout) as { committeeName: string }[];
    expect(narrowed.length).toBeGreaterThan(0);
    expect(new Set(narrowed.map((hit) => hit.committeeName))).toEqual(new Set(['Økonomiudvalget']));
  });

  it('shows only the closed or only the open hits, and narrows by item kind', () => {
    const closed = JSON.parse(runCli(['search', '--db', db, 'havn', '--closed', '--json']).stdout) as { closed: boolean }[];
    expect(closed.length).toBeGreaterThan(0);
    expect(closed.every((hit) => hit.closed)).toBe(true);
    const open = JSON.parse(runCli(['search', '--db', db, 'havn', '--open', '--json']).stdout) as { closed: boolean }[];
    expect(open.length).toBeGreaterThan(0);
    expect(open.some((hit) => hit.closed)).toBe(false);
    expect(JSON.parse(runCli(['search', '--db', db, 'havn', '--kind', 'announcements', '--json']).stdout)).toEqual([]);
    expect(runCli(['search', '--db', db, 'havn', '--kind', 'punkt']).stderr).toContain('--kind: »punkt« er ikke en punkttype; brug ordinary, announcements');
    expect(runCli(['search', '--db', db, 'havn', '--open', '--closed']).stderr).toContain('--open og --closed kan ikke bruges sammen');
  });

  it('refuses an unknown committee, a malformed date and an empty query in Danish, naming the option', () => {
    const committee = runCli(['search', '--db', db, 'havn', '--committee', 'Kulturudvalget']);
    expect(committee.code).toBe(1);
    expect(committee.stderr).toContain('--committee: udvalget »Kulturudvalget« findes ikke i databasen.');
    const date = runCli(['search', '--db', db, 'havn', '--from', '1/1-2024']);
    expect(date.stderr).toContain('--from: datoen skal skrives ÅÅÅÅ-MM-DD');
    expect(runCli(['search', '--db', db, '""']).stderr).toContain('Skriv mindst ét ord at søge efter.');
  });

  it('is checked by dagsorden check against the tables and rebuilt by dagsorden reindex', () => {
    expect(runCli(['check', '--db', db]).stdout).toContain('Databasen er i orden (skemaversion 7).');
    execFileSync('sqlite3', [db, "UPDATE search_index SET body = 'noget andet' WHERE rowid = (SELECT min(id) FROM search_documents)"]);
    const broken = runCli(['check', '--db', db]);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/Søgeindekset passer ikke til punkt \d+ \(.+\) i .+ den \d+\. \w+ \d{4}\. Byg det igen med »dagsorden reindex«\./);
    const rebuilt = runCli(['reindex', '--db', db]);
    expect(rebuilt.code).toBe(0);
    expect(rebuilt.stdout).toMatch(/^Søgeindekset er bygget igen: \d+ punkter og \d+ bilag på \d+ ms\.$/m);
    expect(runCli(['check', '--db', db]).code).toBe(0);
  });
});
