/**
 * The Word edition's budget (issue 13): the minutes of a 60-item meeting as DOCX in under 1 s,
 * printed beside the PDF edition of the same minutes. The meeting is bench:meeting's (the demo's
 * realistic items, 15 members, a closed item every 17th), held, with a decision on every item.
 * Both are timed through the services the CLI and the app use (model, layout, write); the PDF's
 * Chromium is started once and warm. Runs alone (`npx tsx tests/bench/bench-word.ts`) and as the
 * last part of bench:export.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApi } from '../../electron/services/create-api';
import { exportPacket } from '../../electron/services/export/export-packet';
import { exportWord } from '../../electron/services/export/export-word';
import { createContext } from '../../electron/services/service-context';
import { openDatabase } from '../../electron/store/open-database';
import { createChromiumPrinter } from '../../electron/export/printer/chromium-printer';
import { buildMeetingScreenFixture, MEETING_ITEMS } from './meeting-screen-fixture';

export const WORD_BUDGET_MS = 1000;
const RUNS = 5;

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

export async function benchWord(): Promise<boolean> {
  const dir = mkdtempSync(join(tmpdir(), 'dagsorden-bench-word-'));
  const printer = createChromiumPrinter();
  try {
    const file = join(dir, 'bench.sqlite');
    const fixture = await buildMeetingScreenFixture(file);
    const db = openDatabase(file);
    const ctx = createContext(db, 'bench');
    const api = createApi(ctx, () => {});
    for (const itemId of fixture.itemIds) {
      await api.invoke('decisions:set', { itemId, decisions: [{ outcome: 'approved', remark: 'Udvalget lagde vægt på, at sagen følges op i næste kvartal.' }] });
    }
    await api.invoke('meetings:setStatus', { id: fixture.meetingId, status: 'held' });
    const request = { meetingId: fixture.meetingId, document: 'minutes' as const, edition: 'members' as const };
    const word: number[] = [];
    let bytes = 0;
    for (let i = 0; i < RUNS; i++) {
      const r = await exportWord(ctx, { ...request, outPath: join(dir, `referat-${i}.docx`) });
      word.push(r.seconds * 1000);
      bytes = r.bytes;
    }
    const wordZip = await exportWord(ctx, { ...request, outPath: join(dir, 'referat.zip'), packet: 'zip' });
    await exportPacket(ctx, { ...request, outPath: join(dir, 'warmup.pdf'), printer });
    const pdf: number[] = [];
    let pages = 0;
    for (let i = 0; i < 3; i++) {
      const r = await exportPacket(ctx, { ...request, outPath: join(dir, `referat-${i}.pdf`), printer });
      pdf.push(r.seconds * 1000);
      pages = r.pageCount;
    }
    db.close();
    const ok = median(word) < WORD_BUDGET_MS;
    console.log(`(d) the minutes of a held ${MEETING_ITEMS}-item meeting (a decision on every item), members' edition, through the services`);
    console.log(`    Word (.docx)        median of ${RUNS} ${median(word).toFixed(0)} ms   [${word.map((w) => w.toFixed(0)).join(', ')}]   ${(bytes / 1024).toFixed(0)} kB   budget < ${WORD_BUDGET_MS} ms  ${ok ? 'OK' : 'OVER BUDGET'}`);
    console.log(`    Word packet (.zip with ${wordZip.bilagCount} bilag)  ${(wordZip.seconds * 1000).toFixed(0)} ms   ${(wordZip.bytes / 1024).toFixed(0)} kB   (information)`);
    console.log(`    PDF (packet, warm Chromium) median of 3 ${median(pdf).toFixed(0)} ms   [${pdf.map((w) => w.toFixed(0)).join(', ')}]   ${pages} pages   (information: the same minutes as PDF)`);
    return ok;
  } finally {
    await printer.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith('bench-word.ts')) {
  benchWord().then((ok) => process.exit(ok ? 0 : 1), (error: unknown) => {
    console.error(error);
    process.exit(2);
  });
}
