import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/store/open-database';
import { stopInspectWorker } from '../../../electron/services/attachments/inspect-in-worker';
import { tempApi, tempDir } from '../../helpers/temp-db';
import { BIN } from '../../helpers/run-cli';
import { setUpCommittee } from '../services/committee-setup';
import { makeSamplePdf } from '../../fixtures/pdf/make-bad-pdfs';
import {
  makeBadCrcPng, makeBadIdatPng, makeBaselineJpeg, makeHugeDimensionPng, makeInterlacedPng, makeProgressiveJpeg, makeTruncatedJpeg,
  makeTruncatedPng, makeValidPng,
} from '../../fixtures/hostile/images';
import { writeMeetingFolder } from '../../fixtures/hostile/intake-meeting-folder';
import { tableCounts } from '../../fixtures/hostile/intake-database';

/**
 * Images are checked the same way whichever way they come in: an upload ('attachments:add', which
 * inspects in the worker) and `dagsorden import` of a meeting.json beside them. Each broken image is
 * refused by name with a Danish reason, nothing is written, and the next valid file goes in at once;
 * each valid one is accepted as a one-page PDF. A hang fails the test on its timeout.
 */
type Make = () => Uint8Array | Promise<Uint8Array>;
const refused: [string, string, Make, string][] = [
  ['the first half of a valid PNG', 'kort.png', makeTruncatedPng, 'billedet er beskadiget'],
  ['a PNG with a wrong IDAT checksum', 'plan.png', makeBadCrcPng, 'billedet er beskadiget'],
  ['a PNG whose IDAT is not zlib data', 'skitse.png', makeBadIdatPng, 'billedet er beskadiget'],
  ['the first half of a valid JPEG', 'foto.jpg', makeTruncatedJpeg, 'billedet er beskadiget'],
  ['a PNG claiming 100 000 × 100 000 pixels', 'enorm.png', () => makeHugeDimensionPng({ inflatedMb: 8 }), 'billedet er for stort: 100.000 × 100.000 punkter'],
];
const accepted: [string, string, Make][] = [
  ['a small baseline JPEG (read by Node into a pooled buffer)', 'lille.jpg', () => makeBaselineJpeg()],
  ['a progressive JPEG', 'progressiv.jpg', makeProgressiveJpeg],
  ['an interlaced PNG', 'fletning.png', () => makeInterlacedPng()],
  ['a valid PNG', 'gyldig.png', () => makeValidPng()],
];

let t: ReturnType<typeof tempApi>;
let itemId: number;
let validPdf: Uint8Array;

beforeAll(async () => {
  t = tempApi();
  const { committee } = await setUpCommittee(t.api);
  const meeting = await t.api.invoke('meetings:create', { committeeId: committee.id, date: '2026-12-03' });
  itemId = (await t.api.invoke('items:create', { meetingId: meeting.id, title: 'Ny cykelsti' })).id;
  validPdf = await makeSamplePdf(1);
});
afterAll(async () => {
  await stopInspectWorker();
  t.close();
});

const add = (fileName: string, bytes: Uint8Array) =>
  t.api.invoke('attachments:add', { itemId, fileName, dataBase64: Buffer.from(bytes).toString('base64') });

describe("upload ('attachments:add', inspected in the worker)", () => {
  it.each(refused)('refuses %s by name, writes nothing, and takes the next valid file at once', async (_label, fileName, make, reason) => {
    const before = tableCounts(t.db);
    await expect(add(fileName, await make())).rejects.toThrow(`Bilaget "${fileName}" kan ikke bruges: ${reason}`);
    expect(tableCounts(t.db)).toEqual(before);

    const started = performance.now();
    const next = await add('næste.pdf', validPdf);
    expect(next.pageCount).toBe(1);
    expect(performance.now() - started).toBeLessThan(10_000);
    await t.api.invoke('attachments:delete', { id: next.id });
  }, 20_000);

  it.each(accepted)('accepts %s as a one-page PDF', async (_label, fileName, make) => {
    const info = await add(fileName, await make());
    expect(info).toMatchObject({ fileName, mediaType: 'application/pdf', pageCount: 1 });
    await t.api.invoke('attachments:delete', { id: info.id });
  }, 20_000);
});

describe('dagsorden import (a meeting.json with the image beside it)', () => {
  let dir: string;
  let cleanup: () => void;
  beforeAll(() => ({ dir, cleanup } = tempDir('dagsorden-intake-import-')));
  afterAll(() => cleanup());

  /** The real command, with a timeout well below the test's so a hang shows as one. */
  function importWithCli(name: string, bytes: Uint8Array, fileName: string) {
    const folder = join(dir, name);
    const jsonPath = writeMeetingFolder(folder, { file: `bilag/${fileName}`, fileName, mediaType: fileName.endsWith('.png') ? 'image/png' : 'image/jpeg', bytes });
    const dbFile = join(dir, `${name}.sqlite`);
    openDatabase(dbFile).close();
    const db = openDatabase(dbFile, { readonly: true });
    const before = tableCounts(db);
    db.close();
    const started = performance.now();
    const run = spawnSync(process.execPath, [BIN, 'import', '--db', dbFile, jsonPath], { encoding: 'utf8', timeout: 60_000 });
    const seconds = (performance.now() - started) / 1000;
    const after = openDatabase(dbFile, { readonly: true });
    try {
      return { seconds, code: run.status, signal: run.signal, stderr: run.stderr, stdout: run.stdout, before, after: tableCounts(after), attachments: after.prepare('SELECT file_name AS fileName, media_type AS mediaType, page_count AS pageCount FROM attachments').all() };
    } finally {
      after.close();
    }
  }

  it.each(refused)('refuses %s, naming the field and the file, and leaves the database as it was', async (_label, fileName, make, reason) => {
    const r = importWithCli(`refused-${fileName}`, await make(), fileName);
    expect(r.signal).toBeNull();
    expect(r.seconds).toBeLessThan(20); // the command takes 2–4 s; the truncated PNG used to take a minute
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`items[2].attachments[0].file: Bilaget "${fileName}" kan ikke bruges: ${reason}`);
    expect(r.after).toEqual(r.before);
  }, 90_000);

  it.each(accepted)('accepts %s as a one-page PDF', async (_label, fileName, make) => {
    const r = importWithCli(`accepted-${fileName}`, await make(), fileName);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.attachments).toContainEqual({ fileName, mediaType: 'application/pdf', pageCount: 1 });
  }, 90_000);
});
