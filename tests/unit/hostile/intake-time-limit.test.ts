import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { UserError } from '../../../shared/api/envelope';
import { inspectInWorker, setInspectTimeLimit, stopInspectWorker } from '../../../electron/services/attachments/inspect-in-worker';
import { inspectTimeLimitMs } from '../../../electron/services/attachments/attachment-limits';
import { importMeetingFile } from '../../../electron/services/transfer/import-meeting-file';
import { createContext } from '../../../electron/services/service-context';
import { tempApi } from '../../helpers/temp-db';
import { setUpCommittee } from '../services/committee-setup';
import { makeSamplePdf } from '../../fixtures/pdf/make-bad-pdfs';
import { makeSlowPdf } from '../../fixtures/hostile/intake-slow-pdf';
import { writeMeetingFolder } from '../../fixtures/hostile/intake-meeting-folder';
import { tableCounts } from '../../fixtures/hostile/intake-database';

/**
 * The inspection time limit: a file whose check runs past it is refused by name, its worker is
 * terminated and replaced, and the next file (or the one queued behind it) goes through at once.
 * The limit is shortened here so a valid but slow file (6,000 pages of text, some 13 s) passes it.
 */
const SHORT_LIMIT_MS = 400;
/** Only the slow file (1.2 MB) gets the short limit: a small one may meet a worker that still loads pdf.js's own worker. */
const shortForLargeFiles = (byteLength: number) => (byteLength > 100_000 ? SHORT_LIMIT_MS : inspectTimeLimitMs(byteLength));
const TIMEOUT_MESSAGE = 'kan ikke bruges: kontrollen af filen tog for lang tid og blev stoppet.';

let slow: Uint8Array;
let valid: Uint8Array;
beforeAll(async () => {
  slow = await makeSlowPdf(6_000); // about 13 s to inspect
  valid = await makeSamplePdf(1);
  await inspectInWorker(new Uint8Array(valid), 'opvarmning.pdf'); // the worker is started and warm
}, 60_000);
afterEach(() => setInspectTimeLimit());
afterAll(() => stopInspectWorker());

describe('the inspection time limit', () => {
  it('scales with the size: a 200 MB PDF (2–6 s to inspect) is given over two minutes, a small file 30 s', () => {
    expect(inspectTimeLimitMs(200 * 1024 * 1024)).toBeGreaterThanOrEqual(120_000);
    expect(inspectTimeLimitMs(10_000)).toBeLessThanOrEqual(31_000);
  });

  it('refuses a file whose check passes it, and the next file is inspected at once by a fresh worker', async () => {
    setInspectTimeLimit(shortForLargeFiles);
    const started = performance.now();
    const error = await inspectInWorker(new Uint8Array(slow), 'langsom.pdf').catch((e: unknown) => e);
    const refusedAfter = performance.now() - started;
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toBe(`Bilaget "langsom.pdf" ${TIMEOUT_MESSAGE} Filen er sandsynligvis beskadiget; gem den igen, eller som PDF, og prøv igen.`);
    expect((error as UserError).code).toBe('attachment_timeout');
    expect(refusedAfter).toBeLessThan(SHORT_LIMIT_MS + 2_000);

    setInspectTimeLimit();
    const next = performance.now();
    const result = await inspectInWorker(new Uint8Array(valid), 'næste.pdf');
    const nextMs = performance.now() - next;
    console.info(`time limit: slow file refused after ${Math.round(refusedAfter)} ms; the next file inspected ${Math.round(nextMs)} ms later (fresh worker)`);
    expect(result.pageCount).toBe(1);
    // The slow file alone takes some 13 s: the next one did not wait for it.
    expect(nextMs).toBeLessThan(10_000);
  }, 60_000);

  it('lets a file queued behind the stopped one through', async () => {
    setInspectTimeLimit(shortForLargeFiles);
    const first = inspectInWorker(new Uint8Array(slow), 'langsom.pdf').catch((e: unknown) => e);
    const second = inspectInWorker(new Uint8Array(valid), 'bagved.pdf');
    expect(((await first) as Error).message).toContain(TIMEOUT_MESSAGE);
    expect((await second).pageCount).toBe(1);
  }, 60_000);
});

describe('the time limit in both intake paths', () => {
  let t: ReturnType<typeof tempApi>;
  let itemId: number;
  beforeAll(async () => {
    t = tempApi();
    const { committee } = await setUpCommittee(t.api);
    const meeting = await t.api.invoke('meetings:create', { committeeId: committee.id, date: '2026-12-03' });
    itemId = (await t.api.invoke('items:create', { meetingId: meeting.id, title: 'Ny cykelsti' })).id;
  });
  afterAll(() => t.close());

  it("'attachments:add' refuses the slow file by name, writes nothing, and takes the next file at once", async () => {
    const before = tableCounts(t.db);
    setInspectTimeLimit(shortForLargeFiles);
    await expect(t.api.invoke('attachments:add', { itemId, fileName: 'langsom.pdf', dataBase64: Buffer.from(slow).toString('base64') })).rejects.toThrow(
      `Bilaget "langsom.pdf" ${TIMEOUT_MESSAGE}`,
    );
    expect(tableCounts(t.db)).toEqual(before);
    setInspectTimeLimit();
    const added = await t.api.invoke('attachments:add', { itemId, fileName: 'næste.pdf', dataBase64: Buffer.from(valid).toString('base64') });
    expect(added.pageCount).toBe(1);
  }, 60_000);

  it('the meeting.json import refuses it too, naming the field, and leaves the database as it was', async () => {
    const jsonPath = writeMeetingFolder(join(t.dir, 'langsom'), { file: 'bilag/langsom.pdf', fileName: 'langsom.pdf', mediaType: 'application/pdf', bytes: slow });
    const before = tableCounts(t.db);
    setInspectTimeLimit(shortForLargeFiles);
    await expect(importMeetingFile(createContext(t.db, 'test'), jsonPath)).rejects.toThrow(`items[2].attachments[0].file: Bilaget "langsom.pdf" ${TIMEOUT_MESSAGE}`);
    expect(tableCounts(t.db)).toEqual(before);
  }, 60_000);
});
