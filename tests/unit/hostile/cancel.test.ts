import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ExportJobStatus } from '../../../shared/api/methods/exports';
import { paragraphs } from '../../../shared/content/content-builders';
import { createChromiumPrinter, systemChromiumAvailable } from '../../../electron/export/printer/chromium-printer';
import type { PdfPrinter } from '../../../electron/export/printer/pdf-printer';
import { exportJobStatus, exportRoot, setExportPrinterFactory, startExportJob } from '../../../electron/services/export/export-jobs';
import { createContext } from '../../../electron/services/service-context';
import { tempApi } from '../../helpers/temp-db';
import { setUpCommittee } from '../services/committee-setup';

// This file's temp folder (temp-root.ts) lives in a folder of its own, so its checks see only its own files.
const TEMP = mkdtempSync(join(tmpdir(), 'dagsorden-cancel-test-'));
process.env.DAGSORDEN_TEMP_DIR = TEMP;

const chromium = systemChromiumAvailable();
if (!chromium) console.log('cancel.test.ts: the Chromium cases are skipped, /usr/bin/chromium is missing.');

/** Processes whose command line names `dir` (Chromium passes --user-data-dir to every child it starts). */
function processesUsing(dir: string): number[] {
  return readdirSync('/proc').filter((name) => /^\d+$/.test(name)).filter((pid) => {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(dir);
    } catch {
      return false;
    }
  }).map(Number);
}

/** Real Chromium, handed a page it can never finish laying out: an export whose print would not end. */
function endlessPrinter(): PdfPrinter {
  const real = createChromiumPrinter();
  const endless = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>x</title></head><body><h2>${'x'.repeat(1_000_000)}</h2></body></html>`;
  return { print: (_html, options) => real.print(endless, options), close: () => real.close() };
}

async function waitFor(jobId: string, done: (status: ExportJobStatus) => boolean, ms: number): Promise<ExportJobStatus> {
  const until = performance.now() + ms;
  let status = exportJobStatus(jobId)!;
  while (!done(status) && performance.now() < until) {
    await new Promise((r) => setTimeout(r, 50));
    status = exportJobStatus(jobId)!;
  }
  return status;
}

afterAll(() => rmSync(TEMP, { recursive: true, force: true }));

describe.skipIf(!chromium)('cancelling an export job while Chromium prints', () => {
  let t: ReturnType<typeof tempApi>;
  let meetingId: number;
  beforeAll(() => setExportPrinterFactory(endlessPrinter));
  afterAll(() => setExportPrinterFactory(null));
  beforeEach(async () => {
    t = tempApi();
    const { committee } = await setUpCommittee(t.api);
    meetingId = (await t.api.invoke('meetings:create', { committeeId: committee.id, date: '2026-12-03' })).id;
    const item = await t.api.invoke('items:create', { meetingId, title: 'Cykelsti langs Fjordvej' });
    await t.api.invoke('sections:update', { itemId: item.id, key: 'resume', content: paragraphs('Forvaltningen foreslår en cykelsti.') });
  });
  afterEach(() => t.close());

  it("ends as 'cancelled' within two seconds of exports:cancel, with no Chromium process and no temp file left", async () => {
    const { jobId } = await t.api.invoke('exports:start', { meetingId, document: 'agenda', edition: 'members' });
    // Wait until the print is under way: Chromium runs and the job is in its render step.
    const until = performance.now() + 20_000;
    while ((exportJobStatus(jobId)?.phase !== 'render' || processesUsing(TEMP).length === 0) && performance.now() < until) {
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(exportJobStatus(jobId)).toMatchObject({ state: 'running', phase: 'render' });
    await new Promise((r) => setTimeout(r, 1000));
    expect(processesUsing(TEMP).length).toBeGreaterThan(0);

    const cancelled = performance.now();
    expect(await t.api.invoke('exports:cancel', { jobId })).toEqual({ cancelled: true });
    const status = await waitFor(jobId, (s) => s.state !== 'running', 5000);
    expect(status.state).toBe('cancelled');
    expect(performance.now() - cancelled).toBeLessThan(2000);
    expect(processesUsing(TEMP)).toEqual([]);
    // No job folder, print folder or Chromium profile is left in the process's temp folder.
    expect(readdirSync(exportRoot())).toEqual([]);
    expect(readdirSync(join(exportRoot(), '..')).sort()).toEqual(['exports', 'owner.json']);
  }, 60_000);

  it('stops a job that runs past its time limit, with a Danish message, and kills Chromium', async () => {
    const jobId = startExportJob(createContext(t.db, 'test'), { meetingId, document: 'agenda', edition: 'members', pdfa: false, bilagAfterItem: false }, undefined, { timeLimitMs: 3000 });
    const started = performance.now();
    const status = await waitFor(jobId, (s) => s.state !== 'running', 15_000);
    expect(status).toMatchObject({ state: 'failed', message: expect.stringMatching(/^Eksporten blev stoppet, fordi den tog mere end 3 sekunder/) });
    expect(performance.now() - started).toBeLessThan(6000);
    expect(processesUsing(TEMP)).toEqual([]);
    expect(readdirSync(exportRoot())).toEqual([]);
  }, 60_000);
});

describe('cancelling before and between the steps', () => {
  let t: ReturnType<typeof tempApi>;
  let meetingId: number;
  beforeEach(async () => {
    t = tempApi();
    const { committee } = await setUpCommittee(t.api);
    meetingId = (await t.api.invoke('meetings:create', { committeeId: committee.id, date: '2026-12-03' })).id;
    await t.api.invoke('items:create', { meetingId, title: 'Cykelsti langs Fjordvej' });
  });
  afterEach(() => {
    setExportPrinterFactory(null);
    t.close();
  });

  it('a step that will not stop still ends as cancelled within the grace, and its late result is thrown away', async () => {
    // A stand-in whose print ignores the signal: the job reports 'cancelled' anyway, and its file is never handed out.
    let release: (() => void) | undefined;
    setExportPrinterFactory(() => ({
      print: () => new Promise<Uint8Array>((resolve) => { release = () => resolve(new Uint8Array()); }),
      close: () => Promise.resolve(),
    }));
    const { jobId } = await t.api.invoke('exports:start', { meetingId, document: 'agenda', edition: 'members' });
    await waitFor(jobId, (s) => s.phase === 'render', 5000);
    const cancelled = performance.now();
    await t.api.invoke('exports:cancel', { jobId });
    const status = await waitFor(jobId, (s) => s.state !== 'running', 5000);
    expect(status.state).toBe('cancelled');
    expect(performance.now() - cancelled).toBeLessThan(3000);
    release?.();
    await new Promise((r) => setTimeout(r, 100));
    expect(exportJobStatus(jobId)?.state).toBe('cancelled');
    expect(readdirSync(exportRoot())).toEqual([]);
  }, 20_000);

  it('a 1 MB title put straight into the database fails the job at once, naming the item (it used to hang the print)', async () => {
    const itemId = (t.db.prepare('SELECT id FROM items WHERE meeting_id = ?').get(meetingId) as { id: number }).id;
    t.db.prepare('UPDATE items SET title = ? WHERE id = ?').run('Lang '.repeat(200_000), itemId);
    const { jobId } = await t.api.invoke('exports:start', { meetingId, document: 'agenda', edition: 'members' });
    const status = await waitFor(jobId, (s) => s.state !== 'running', 10_000);
    expect(status.state).toBe('failed');
    expect(status.message).toMatch(/^Dagsordenen kan ikke dannes, fordi noget af teksten er for lang til at blive trykt/);
    expect(status.message).toMatch(/Punkt \d+ »Lang Lang .*…«: titlen er for lang til at blive trykt \(1\.000\.000 tegn; højst 250\)\./);
    expect(readdirSync(exportRoot())).toEqual([]);
  }, 20_000);
});
