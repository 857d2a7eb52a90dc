/**
 * The bench:export meeting: the demo municipality plus a planned Teknik- og Miljøudvalget meeting
 * with 20 items (the committee's standard items and ordinary items with the demo's realistic
 * section texts) and 60 distinct bilag of 16–17 pages, 1,000 pages in all, made through the API.
 * The bilag are written with pdf-lib and a standard font (fast), every page carrying its own text,
 * so nothing is shared between them and the store cannot deduplicate them.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';
import { openDatabase } from '../../electron/store/open-database';
import { createApi, type Api } from '../../electron/services/create-api';
import { createContext } from '../../electron/services/service-context';
import { createDemoData } from '../../electron/services/demo/create-demo';
import { createBenchMeeting } from './bench-meeting';

export const EXPORT_ITEMS = 20;
export const EXPORT_BILAG = 60;
export const EXPORT_BILAG_PAGES = 1_000;

export interface ExportFixture {
  meetingId: number;
  itemCount: number;
  /** The 60 bilag as files, in packet order, for qpdf. */
  bilagFiles: string[];
  bilagBytes: number;
  bilagPages: number;
}

const WORDS = (
  'forvaltningen udvalget kommunen borgerne økonomi tidsplan høring lokalplan vejanlæg budget anlæg drift ' +
  'miljø kloak grundvand trafik cykelsti skole dagtilbud ældre bolig erhverv havn natur støj beskæftigelse ' +
  'indstilling beslutning bevilling tilskud evaluering rapport analyse vurdering risiko kvalitet afdeling'
).split(' ');

/** Bilag n has 17 pages for n < 40 and 16 after: 40 × 17 + 20 × 16 = 1,000 pages. */
export function bilagPageCount(n: number): number {
  return n < 40 ? 17 : 16;
}

/** A real, distinct text PDF: A4 pages of Helvetica lines whose words depend on bilag and page. */
export async function makeBilagPdf(n: number, pages: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  doc.setTitle(`Bilag ${n + 1}`);
  let seed = (n + 1) * 7919;
  const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648);
  for (let p = 0; p < pages; p++) {
    const page = doc.addPage([595.28, 841.89]);
    page.drawText(`Notat ${n + 1} – side ${p + 1} af ${pages}`, { x: 60, y: 780, size: 14, font: bold });
    for (let line = 0; line < 48; line++) {
      const words: string[] = [];
      for (let w = 0; w < 11; w++) words.push(WORDS[next() % WORDS.length]!);
      const text = `${line + 1}. ${words.join(' ')}`.replace(/[æøå]/g, (c) => ({ æ: 'ae', ø: 'oe', å: 'aa' })[c]!);
      page.drawText(text, { x: 60, y: 750 - line * 14.5, size: 9.5, font, color: rgb(0.1, 0.1, 0.1) });
    }
    page.drawText(`Sagsnr. 01.02.03-P20-${n + 1}`, { x: 60, y: 40, size: 8, font });
  }
  return doc.save();
}

export async function buildExportFixture(dbFile: string, bilagDir: string): Promise<ExportFixture> {
  const db = openDatabase(dbFile);
  try {
    const api = createApi(createContext(db, 'bench'), () => {});
    await createDemoData(api);
    return await buildMeeting(api, bilagDir);
  } finally {
    db.close();
  }
}

async function buildMeeting(api: Api, bilagDir: string): Promise<ExportFixture> {
  const { meetingId, ordinaryItemIds } = await createBenchMeeting(
    api, EXPORT_ITEMS,
    (n, ordinaryCount) => n === ordinaryCount - 2, // one closed item: in the members' edition with its bilag
  );

  // Bilag in item order (b → item floor(b·k/60)), so file order equals packet order.
  const bilagFiles: string[] = [];
  let bilagBytes = 0;
  let bilagPages = 0;
  for (let b = 0; b < EXPORT_BILAG; b++) {
    const pages = bilagPageCount(b);
    const bytes = await makeBilagPdf(b, pages);
    const file = join(bilagDir, `bilag-${String(b + 1).padStart(2, '0')}.pdf`);
    writeFileSync(file, bytes);
    bilagFiles.push(file);
    bilagBytes += bytes.length;
    bilagPages += pages;
    const itemId = ordinaryItemIds[Math.floor((b * ordinaryItemIds.length) / EXPORT_BILAG)]!;
    await api.invoke('attachments:add', {
      itemId,
      fileName: `bilag-${b + 1}.pdf`,
      dataBase64: Buffer.from(bytes).toString('base64'),
      title: `Bilag ${b + 1} – notat om sagen`,
      distribution: 'distributed',
    });
  }
  const detail = await api.invoke('meetings:get', { id: meetingId });
  return { meetingId, itemCount: detail.items.length, bilagFiles, bilagBytes, bilagPages };
}
