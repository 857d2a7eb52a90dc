import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paragraphs } from '../../../shared/content/content-builders';
import { systemChromiumAvailable } from '../../../electron/export/printer/chromium-printer';
import { sweepStaleTemp, tempRoot } from '../../../electron/export/printer/temp-root';
import { startHost } from '../../../electron/host/start-host';
import { exportRoot } from '../../../electron/services/export/export-jobs';
import { openDatabase } from '../../../electron/store/open-database';
import { createApi } from '../../../electron/services/create-api';
import { createContext } from '../../../electron/services/service-context';
import { runCli, runCliKilledWhen } from '../../helpers/run-cli';
import { setUpCommittee } from '../services/committee-setup';

// Everything this file's processes (and the CLI children, which inherit it) put in temp lands here.
const TEMP = mkdtempSync(join(tmpdir(), 'dagsorden-temp-test-'));
process.env.DAGSORDEN_TEMP_DIR = TEMP;
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const KILLED_WRITER = join(ROOT, 'tests/fixtures/hostile/killed-writer.ts');
const DAY = 24 * 60 * 60 * 1000;

const chromium = systemChromiumAvailable();
if (!chromium) console.log('temp-files.test.ts skipped: /usr/bin/chromium is missing.');

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

const list = (dir: string): string[] => (existsSync(dir) ? readdirSync(dir).sort() : []);
/** Every entry below the temp root, one level into each process folder: "<pid>-<hex>/dagsorden-chromium-…". */
const tempEntries = (): string[] => list(tempRoot()).flatMap((folder) => [folder, ...list(join(tempRoot(), folder)).map((name) => `${folder}/${name}`)]);

async function waitUntil(check: () => boolean, ms: number): Promise<boolean> {
  const until = performance.now() + ms;
  while (!check() && performance.now() < until) await new Promise((r) => setTimeout(r, 50));
  return check();
}

/** A database with one meeting long enough to print for a few seconds (six sections of 150,000 characters). */
async function makeDatabase(file: string): Promise<number> {
  const db = openDatabase(file);
  try {
    const api = createApi(createContext(db, 'test'), () => {});
    const { committee } = await setUpCommittee(api);
    const meeting = await api.invoke('meetings:create', { committeeId: committee.id, date: '2026-12-03' });
    const words = 'Forvaltningen foreslår at cykelstien anlægges langs Fjordvej mellem Havnen og Skovbakkeskolen. ';
    const chunk = words.repeat(Math.ceil(1500 / words.length)).slice(0, 1500);
    for (let n = 1; n <= 6; n++) {
      const item = await api.invoke('items:create', { meetingId: meeting.id, title: `Punkt med lang sagsfremstilling ${n}` });
      await api.invoke('sections:update', { itemId: item.id, key: 'sagsfremstilling', content: paragraphs(...Array.from({ length: 100 }, () => chunk)) });
    }
    return meeting.id;
  } finally {
    db.close();
  }
}

afterAll(() => rmSync(TEMP, { recursive: true, force: true }));

describe.skipIf(!chromium)('nothing left behind', () => {
  const work = join(TEMP, 'work');
  const dbFile = join(work, 'møder.sqlite');
  const outDir = join(work, 'ud');
  const target = join(outDir, 'dagsorden.pdf');
  let meetingId: number;
  let exportArgs: string[];
  beforeAll(async () => {
    mkdirSync(outDir, { recursive: true });
    meetingId = await makeDatabase(dbFile);
    exportArgs = ['export', '--db', dbFile, '--meeting', String(meetingId), '--document', 'agenda', '--edition', 'members', '--out', target];
  }, 60_000);

  it('a CLI export SIGKILLed mid-print and a write SIGKILLed mid-file leave temp files; the next export sweeps exactly those', async () => {
    // 1. Killed while Chromium prints: its profile and print folder stay behind in the dead process's folder.
    const printing = () => tempEntries().some((e) => e.includes('/dagsorden-chromium-')) && tempEntries().some((e) => e.includes('/dagsorden-print-'));
    const killed = await runCliKilledWhen(exportArgs, printing, 300);
    expect(killed).toEqual({ killed: true, triggered: true });
    const left = tempEntries();
    expect(left.some((e) => /^\d+-[0-9a-f]+\/dagsorden-chromium-/.test(e))).toBe(true);
    expect(existsSync(target)).toBe(false);
    // Its browser notices the closed pipe and goes too.
    expect(await waitUntil(() => processesUsing(TEMP).length === 0, 10_000)).toBe(true);

    // 2. Killed while writing the file beside the output: a partial temp file with our name stays behind.
    const writer = spawn(process.execPath, ['--import', 'tsx', KILLED_WRITER, target, String(600 * 1024 * 1024)], { cwd: ROOT, stdio: 'ignore' });
    const partial = () => list(outDir).find((name) => name.startsWith('.dagsorden.pdf.dagsorden-') && name.endsWith('.tmp'));
    expect(await waitUntil(() => partial() !== undefined, 30_000)).toBe(true);
    writer.kill('SIGKILL');
    await new Promise((resolve) => writer.once('exit', resolve));
    const stale = partial();
    expect(stale).toMatch(new RegExp(`^\\.dagsorden\\.pdf\\.dagsorden-${writer.pid}-[0-9a-f]{12}\\.tmp$`));

    // Things that are not ours, or not stale, must survive the sweep.
    const keep = ['noter.tmp', 'dagsorden.pdf.a1b2c3d4e5f6.tmp', `.andet.pdf.dagsorden-${process.pid}-aaaaaaaaaaaa.tmp`, '.x.dagsorden-1-zz.tmp'];
    for (const name of keep) writeFileSync(join(outDir, name), 'ikke vores at slette');
    const legacyOld = join(TEMP, 'dagsorden-print-AbC123');
    const legacyNew = join(TEMP, 'dagsorden-print-XyZ789');
    mkdirSync(legacyOld);
    mkdirSync(legacyNew);
    const twoDaysAgo = new Date(Date.now() - 2 * DAY);
    utimesSync(legacyOld, twoDaysAgo, twoDaysAgo);
    writeFileSync(join(TEMP, 'dagsorden-demo.sqlite'), 'en database');

    // 3. The next export sweeps the dead run's folder and the partial file, writes its PDF and leaves nothing of its own.
    const second = runCli(exportArgs);
    expect(second.stderr).toBe('');
    expect(second.code).toBe(0);
    expect(readFileSync(target).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(tempEntries()).toEqual([]);
    expect(list(outDir)).toEqual([...keep, 'dagsorden.pdf'].sort());
    expect(existsSync(legacyOld)).toBe(false);
    expect(existsSync(legacyNew)).toBe(true);
    expect(existsSync(join(TEMP, 'dagsorden-demo.sqlite'))).toBe(true);
    expect(processesUsing(TEMP)).toEqual([]);
    rmSync(legacyNew, { recursive: true });
  }, 180_000);

  it('a folder whose process still runs is kept until its marker is a day old', () => {
    const live = join(tempRoot(), `${process.pid}-0123456789abcdef`);
    mkdirSync(join(live, 'exports'), { recursive: true });
    writeFileSync(join(live, 'owner.json'), '{}');
    expect(sweepStaleTemp()).toEqual([]);
    expect(sweepStaleTemp({ now: Date.now() + 2 * DAY })).toEqual([live]);
  });

  it('browser mode: a finished export is deleted when the host stops', async () => {
    const host = await startHost({ dbFile, port: 0, staticRoot: join(work, 'ingen'), log: () => {} });
    let file: string | undefined;
    try {
      const call = async (method: string, body: unknown) => {
        const response = await fetch(`${host.url}/api/${method}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
        return ((await response.json()) as { value: { jobId?: string; state?: string } }).value;
      };
      const { jobId } = await call('exports:start', { meetingId, document: 'agenda', edition: 'members' });
      let state = 'running';
      for (let waited = 0; state === 'running' && waited < 90_000; waited += 200) {
        await new Promise((r) => setTimeout(r, 200));
        state = (await call('exports:status', { jobId }))!.state!;
      }
      expect(state).toBe('done');
      const download = await fetch(`${host.url}/exports/${jobId}`);
      expect(download.status).toBe(200);
      await download.arrayBuffer();
      [file] = list(join(exportRoot(), jobId!)).map((name) => join(exportRoot(), jobId!, name));
      expect(file && existsSync(file)).toBe(true);
    } finally {
      await host.close();
    }
    expect(existsSync(file!)).toBe(false);
    expect(list(exportRoot())).toEqual([]);
    expect(processesUsing(TEMP)).toEqual([]);
  }, 120_000);
});
