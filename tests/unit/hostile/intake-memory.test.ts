import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../helpers/temp-db';
import { bundleIntakeChild } from '../../fixtures/hostile/intake-memory-bundle';
import { makeHugeDimensionPng, makeInterlacedBombPng } from '../../fixtures/hostile/images';
import { makePng } from '../../fixtures/pdf/tiny-images';
import { makeLargePdf } from '../../fixtures/pdf/make-large-pdf';
import { makeFlateBombPdf, type BombPlace } from '../../fixtures/hostile/intake-pdf-bombs';
import { writeMeetingFolder } from '../../fixtures/hostile/intake-meeting-folder';
import type { IntakeOutcome } from '../../fixtures/hostile/intake-memory-case';

/**
 * The budget: no single upload or import takes the process past 1 GB. Each intake runs in a child
 * process bundled like the app, which reports its peak resident memory (VmHWM); a child passing
 * 1.5 GB is killed at once, so a regression fails the test instead of exhausting the machine.
 */
const BUDGET_MB = 1024;
const KILL_AT_MB = 1536;

let dir: string;
let cleanup: () => void;
let bundleDir: string;
let childFile: string;
beforeAll(async () => {
  ({ dir, cleanup } = tempDir('dagsorden-intake-memory-'));
  bundleDir = mkdtempSync(join('out', 'hostile-intake-'));
  childFile = await bundleIntakeChild(bundleDir);
}, 120_000);
afterAll(() => {
  cleanup();
  rmSync(bundleDir, { recursive: true, force: true });
});

function runChild(args: string[]): Promise<IntakeOutcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [childFile, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let killedAtMb: number | undefined;
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const watchdog = setInterval(() => {
      try {
        const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        const mb = rss ? Number(rss[1]) / 1024 : 0;
        if (mb > KILL_AT_MB) {
          killedAtMb = Math.round(mb);
          child.kill('SIGKILL');
        }
      } catch {
        // the child has just exited
      }
    }, 20);
    const timer = setTimeout(() => child.kill('SIGKILL'), 150_000);
    child.on('exit', (code, signal) => {
      clearInterval(watchdog);
      clearTimeout(timer);
      if (killedAtMb !== undefined) return reject(new Error(`the intake passed ${KILL_AT_MB} MB (${killedAtMb} MB resident) and was killed`));
      const line = stdout.trim().split('\n').pop() ?? '';
      try {
        resolve(JSON.parse(line) as IntakeOutcome);
      } catch {
        reject(new Error(`the child ended with ${signal ?? code} without an outcome: ${stderr.slice(-2000)}`));
      }
    });
  });
}

async function uploadCase(name: string, bytes: Uint8Array): Promise<IntakeOutcome> {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  const outcome = await runChild(['upload', file, join(dir, `${name}.sqlite`)]);
  console.info(`${name}: ${outcome.ok ? 'accepted' : 'refused'} with a peak of ${outcome.peakMb} MB — ${outcome.message}`);
  return outcome;
}

describe('bounded memory on hostile bilag (a child process per intake, peak < 1 GB)', () => {
  it('a 1.2 MB PNG claiming 20 000 × 20 000 pixels, with all the zlib data they need', async () => {
    // 20 000 rows of 60 001 bytes inflate to 1.2 GB; decoded as RGBA they are 1.6 GB more.
    const outcome = await uploadCase('enorm.png', makeHugeDimensionPng({ width: 20_000, height: 20_000, inflatedMb: 1145 }));
    expect(outcome.ok).toBe(false);
    expect(outcome.message).toContain('"enorm.png" kan ikke bruges: billedet er for stort: 20.000 × 20.000 punkter (400 megapixel)');
    expect(outcome.peakMb).toBeLessThan(BUDGET_MB);
  }, 180_000);

  it('an interlaced PNG of 64 × 64 pixels whose IDAT inflates to 1 GB', async () => {
    const outcome = await uploadCase('fletning.png', makeInterlacedBombPng());
    expect(outcome.ok).toBe(false);
    expect(outcome.message).toContain('"fletning.png"');
    expect(outcome.peakMb).toBeLessThan(BUDGET_MB);
  }, 180_000);

  it.each<[BombPlace]>([['content'], ['object-stream'], ['ascii85'], ['image']])(
    'a PDF with a 2 MB Flate stream inflating to 2 GB (%s)',
    async (place) => {
      const outcome = await uploadCase(`bombe-${place}.pdf`, await makeFlateBombPdf(place));
      expect(outcome.ok).toBe(false);
      expect(outcome.message).toContain(`"bombe-${place}.pdf"`);
      expect(outcome.message).toContain('pakker sig ud');
      expect(outcome.peakMb).toBeLessThan(BUDGET_MB);
    },
    180_000,
  );

  it('a PDF bomb beside meeting.json, through the import', async () => {
    const folder = join(dir, 'import-bomb');
    const jsonPath = writeMeetingFolder(folder, { file: 'bilag/bombe.pdf', fileName: 'bombe.pdf', mediaType: 'application/pdf', bytes: await makeFlateBombPdf('content') });
    const outcome = await runChild(['import', jsonPath, join(dir, 'import-bomb.sqlite')]);
    console.info(`import of a PDF bomb: peak ${outcome.peakMb} MB — ${outcome.message}`);
    expect(outcome.ok).toBe(false);
    expect(outcome.message).toContain('items[2].attachments[0].file');
    expect(outcome.message).toContain('"bombe.pdf"');
    expect(outcome.peakMb).toBeLessThan(BUDGET_MB);
  }, 180_000);

  it('a 290 MB JSON body streamed to the API without Content-Length', async () => {
    // The host answers 413 as soon as the body passes 16 MB and drops the rest as it arrives, so the
    // client, still writing, reads the answer instead of a reset connection.
    const outcome = await runChild(['json-body', '290', join(dir, 'json-body.sqlite')]);
    console.info(`290 MB JSON body: peak ${outcome.peakMb} MB — ${outcome.message}`);
    expect(outcome.message).toMatch(/^413 /);
    expect(outcome.message).toContain('16 MB');
    expect(outcome.peakMb).toBeLessThan(BUDGET_MB);
  }, 180_000);

  it('a valid 200 MB PDF (the largest upload there is) stays within the budget too', async () => {
    const outcome = await uploadCase('stort.pdf', await makeLargePdf(200));
    expect(outcome).toMatchObject({ ok: true, message: 'tilføjet' });
    expect(outcome.peakMb).toBeLessThan(BUDGET_MB);
  }, 180_000);

  it('a valid PNG of 50 megapixels (the largest image taken) stays within the budget too', async () => {
    const outcome = await uploadCase('scanning.png', makePng(8000, 6250, (x, y) => [x & 255, y & 255, (x ^ y) & 255]));
    expect(outcome).toMatchObject({ ok: true, message: 'tilføjet' });
    expect(outcome.peakMb).toBeLessThan(BUDGET_MB);
  }, 180_000);
});
