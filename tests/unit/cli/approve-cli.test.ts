import { execFileSync } from 'node:child_process';
import { copyFileSync, readdirSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Item, MeetingDetail } from '../../../shared/domain/entities';
import { meetingParticipants } from '../../../shared/logic/approval';
import { createApi } from '../../../electron/services/create-api';
import { createContext } from '../../../electron/services/service-context';
import { openDatabase } from '../../../electron/store/open-database';
import { makeTestCerts, type TestCerts } from '../../fixtures/certs/make-test-certs';
import { runCli } from '../../helpers/run-cli';
import { tempDir } from '../../helpers/temp-db';

/**
 * `dagsorden approve` and `dagsorden verify-protocol` on a real SQLite file, run as the installed
 * command: the held demo meeting (its committee's chain already holds the demo's approved September
 * minutes and their addendum) is blocked by a planted protocol-check error, approved with an
 * override and the members' approvals (real Chromium prints both PDF/A editions), and its chain is
 * verified; then the file is changed with the sqlite3 tool, as an attacker would, behind the
 * triggers' back. One flow, in order.
 */
let dir: string;
let cleanup: () => void;
let db: string;
let meeting: MeetingDetail;
let planted: Item;
let tampered: Item;
let participants: { id: number; name: string }[];
let certs: TestCerts;
const label = 'Erhvervs- og Beskæftigelsesudvalget den 27. oktober 2026';

const sqlite = (file: string, sql: string) => execFileSync('sqlite3', [file, sql], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

beforeAll(async () => {
  ({ dir, cleanup } = tempDir('dagsorden-approve-cli-'));
  certs = await makeTestCerts();
  db = join(dir, 'd.sqlite');
  expect(runCli(['demo', '--db', db]).code).toBe(0);
  const held = (JSON.parse(runCli(['list', '--db', db, '--json']).stdout) as { id: number; status: string }[]).find((m) => m.status === 'held')!;
  // The app's own API on the file: one item loses its decision, a protocol-check error.
  const handle = openDatabase(db);
  try {
    const api = createApi(createContext(handle, 'test'), () => {});
    meeting = await api.invoke('meetings:get', { id: held.id });
    const decided = meeting.items.filter((i) => i.decisions.length > 0);
    [planted, tampered] = [decided[0]!, decided[1]!];
    await api.invoke('decisions:set', { itemId: planted.id, decisions: [] });
    const people = await api.invoke('people:list', {});
    participants = meetingParticipants(meeting).map((id) => ({ id, name: people.find((p) => p.id === id)!.name }));
  } finally {
    handle.close();
  }
}, 120_000);
afterAll(async () => { cleanup(); await certs?.cleanup(); });

const approveArgs = (...extra: string[]) => ['approve', '--db', db, '--meeting', String(meeting.id), ...extra];
const allApprovals = () => participants.flatMap((p, i) => ['--approved-by', i % 2 === 0 ? String(p.id) : p.name]);
const unchanged = () => {
  expect(sqlite(db, `SELECT status FROM meetings WHERE id = ${meeting.id}`)).toBe('held');
  expect(sqlite(db, `SELECT count(*) FROM approvals WHERE meeting_id = ${meeting.id}`)).toBe('0');
  expect(sqlite(db, `SELECT count(*) FROM protocol_chain WHERE meeting_id = ${meeting.id}`)).toBe('0');
};

describe('dagsorden approve', () => {
  let key: string;

  it('is listed in the help, with its usage in Danish', () => {
    const help = runCli(['--help']).stdout;
    expect(help).toMatch(/approve +godkend referatet/);
    expect(help).toMatch(/verify-protocol +kontrollér protokolkæden/);
    expect(runCli(['approve', '--help']).stdout).toContain('--approved-by PERSON_ID|NAVN');
    expect(runCli(['verify-protocol', '--help']).stdout).toContain('Protokollen er intakt.');
    expect(runCli(['approve', '--db', db, '--meeting', String(meeting.id), '--method', 'brevdue']).code).toBe(2);
  });

  it('lists the findings with their keys and who must approve (--dry-run)', () => {
    const r = runCli(approveArgs('--dry-run'));
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`Protokoltjek for ${label} (møde ${meeting.id})`);
    expect(r.stdout).toMatch(new RegExp(`fejl: Punkt ${planted.number} .*har ingen beslutning`));
    key = /nøgle: (missing_decision:\S+)/.exec(r.stdout)![1]!;
    expect(r.stdout).toContain(`Mangler godkendelse fra: ${participants[0]!.name}`);
    unchanged();
  });

  it('is refused on a protocol-check error, naming the meeting and the finding, and changes nothing', () => {
    const r = runCli(approveArgs(...allApprovals()));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`Referatet for ${label} (møde ${meeting.id}) er ikke godkendt: ét fund i protokoltjekket skal rettes eller tilsidesættes med --override NØGLE=BEGRUNDELSE.`);
    expect(r.stderr).toMatch(new RegExp(`- Punkt ${planted.number} .*har ingen beslutning\\. \\(nøgle: missing_decision:${planted.id}::\\)`));
    unchanged();
  });

  it('is refused while approvals are missing, naming who, and records none of those given', () => {
    const r = runCli(approveArgs('--override', `${key}=Punktet blev trukket af dagsordenen på mødet`, '--approved-by', String(participants[0]!.id)));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`Referatet for ${label} (møde ${meeting.id}) er ikke godkendt: godkendelsen mangler fra ${participants[1]!.name}`);
    expect(r.stderr).not.toContain(participants[0]!.name);
    unchanged();
  });

  it('refuses someone who did not take part', () => {
    const r = runCli(approveArgs('--approved-by', 'Ingen Sådan Person'));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/"Ingen Sådan Person" er ikke en af dem, der deltog i mødet/);
    unchanged();
  });

  it('approves with the override and the approvals: version 1, the chain hash, both files written and signed', () => {
    const out = join(dir, 'referat');
    const r = runCli(approveArgs('--override', `${key}=Punktet blev trukket af dagsordenen på mødet`, ...allApprovals(), '--method', 'e-mail', '--out', out,
      '--sign', certs.p12Path, '--sign-password-env', 'DAGSORDEN_TEST_P12_PASSWORD'), { DAGSORDEN_TEST_P12_PASSWORD: certs.password });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Referatet for ${label} (møde ${meeting.id}) er godkendt som version 1`);
    const hash = /Kædehash: ([0-9a-f]{64})/.exec(r.stdout)![1]!;
    expect(r.stdout).toContain(`Kort kædehash (underskriftsbladet): ${hash.slice(0, 4)} ${hash.slice(4, 8)}`);
    expect(r.stdout).toContain('Tilsidesat: ');
    expect(sqlite(db, `SELECT status FROM meetings WHERE id = ${meeting.id}`)).toBe('minutes_approved');
    expect(sqlite(db, `SELECT count(*) FROM approvals WHERE meeting_id = ${meeting.id} AND method = 'email'`)).toBe(String(participants.length));
    expect(sqlite(db, `SELECT hash FROM protocol_chain WHERE meeting_id = ${meeting.id}`)).toBe(hash);
    // The demo's September minutes and their addendum came first in the committee's chain.
    expect(sqlite(db, `SELECT previous_hash = (SELECT hash FROM protocol_chain WHERE sequence = 2) FROM protocol_chain WHERE meeting_id = ${meeting.id}`)).toBe('1');
    expect(sqlite(db, `SELECT overrides FROM protocol_chain WHERE meeting_id = ${meeting.id}`)).toContain('Punktet blev trukket af dagsordenen på mødet');
    const files = readdirSync(out).sort();
    expect(files).toEqual([
      'Referat Erhvervs- og Beskæftigelsesudvalget 2026-10-27 (medlemmer) version 1.pdf',
      'Referat Erhvervs- og Beskæftigelsesudvalget 2026-10-27 (offentlig) version 1.pdf',
    ]);
    for (const [edition, file] of [['Medlemmer', files[0]!], ['Offentlig', files[1]!]] as const) {
      expect(r.stdout).toContain(`${edition}: SHA-256 ${sha256(join(out, file))} → ${join(out, file)}`);
    }
    for (const file of files) {
      const verified = runCli(['verify', join(out, file)]);
      expect(verified.code, verified.stdout + verified.stderr).toBe(0);
    }
    const sheet = execFileSync('pdftotext', [join(out, files[0]!), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(sheet).toContain('Godkendt pr. e-mail');
    expect(sheet).toContain(`${hash.slice(0, 4)} ${hash.slice(4, 8)}`);
  }, 120_000);

  it('refuses a second approval of the same minutes', () => {
    const r = runCli(approveArgs());
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`Referatet for ${label} (møde ${meeting.id}) er allerede godkendt`);
    expect(sqlite(db, `SELECT count(*) FROM protocol_chain WHERE meeting_id = ${meeting.id}`)).toBe('1');
  });
});

describe('dagsorden verify-protocol', () => {
  it('passes on the approved protocol', () => {
    const r = runCli(['verify-protocol', '--db', db]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Erhvervs- og Beskæftigelsesudvalget: 3 godkendelser kontrolleret (2 referater og 1 tilføjelse).');
    expect(r.stdout).toContain('Protokollen er intakt.');
  });

  it('names the meeting and the item when a decision was changed with sqlite3, triggers dropped', () => {
    const copy = join(dir, 'tampered-decision.sqlite');
    copyFileSync(db, copy);
    expect(() => sqlite(copy, `UPDATE decisions SET remark = 'ændret' WHERE item_id = ${tampered.id}`)).toThrow(/godkendt og kan ikke ændres/);
    const triggers = sqlite(copy, "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%_frozen_%'").split('\n');
    expect(triggers).toContain('decisions_frozen_update');
    sqlite(copy, `${triggers.map((t) => `DROP TRIGGER ${t};`).join(' ')} UPDATE decisions SET remark = 'Udvalget besluttede det modsatte.' WHERE item_id = ${tampered.id};`);
    const r = runCli(['verify-protocol', '--db', copy]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`Protokollen er ikke intakt. Protokollen for ${label}: punkt ${tampered.number} »${tampered.title}« er ændret efter godkendelsen.`);
  });

  it('finds a changed chain hash', () => {
    const copy = join(dir, 'tampered-hash.sqlite');
    copyFileSync(db, copy);
    sqlite(copy, `DROP TRIGGER protocol_chain_no_update; UPDATE protocol_chain SET hash = '${'0'.repeat(64)}' WHERE meeting_id = ${meeting.id};`);
    const r = runCli(['verify-protocol', '--db', copy]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`Protokollen er ikke intakt. Protokollen for ${label}: kædens gemte hash er ændret efter godkendelsen`);
  });
});
