/**
 * bench:export's scanned meeting: the demo municipality plus a planned Teknik- og Miljøudvalget
 * meeting whose 12 bilag are scans: 75 A4 pages each, 900 in all, every page its own 200 dpi JPEG
 * (1654 × 2339 pixels, grey paper noise and dark text lines, about 300 kB), as a scanner writes
 * them. Eight base pictures are encoded once (jpeg-js); each page gets a comment segment naming
 * its bilag and page, so no two images are the same bytes and nothing can be deduplicated.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import jpeg from 'jpeg-js';
import { PDFDocument } from 'pdf-lib';
import { openDatabase } from '../../electron/store/open-database';
import { createApi } from '../../electron/services/create-api';
import { createContext } from '../../electron/services/service-context';
import { createDemoData } from '../../electron/services/demo/create-demo';
import { createBenchMeeting } from './bench-meeting';
import type { ExportFixture } from './export-fixture';

export const SCAN_ITEMS = 14;
export const SCAN_BILAG = 12;
export const SCAN_PAGES_PER_BILAG = 75;
const WIDTH = 1654;
const HEIGHT = 2339;
const BASE_PICTURES = 8;

/** A page as a scanner sees it: paper with noise, text lines as dark bars broken into words. */
function scanPicture(seed: number): Uint8Array {
  const data = Buffer.alloc(WIDTH * HEIGHT * 4);
  let s = seed * 7919 + 1;
  const next = (): number => (s = (s * 1103515245 + 12345) & 0x7fffffff);
  for (let i = 0; i < WIDTH * HEIGHT; i++) {
    const v = 238 + ((next() >> 16) % 12);
    data[i * 4] = v;
    data[i * 4 + 1] = v;
    data[i * 4 + 2] = v - 5;
    data[i * 4 + 3] = 255;
  }
  for (let y = 220; y < 2120; y += 46) {
    const lineEnd = 1300 + (next() % 200);
    let x = 160;
    while (x < lineEnd) {
      const word = 40 + (next() % 140);
      for (let yy = y; yy < y + 20; yy++) {
        for (let xx = x; xx < Math.min(x + word, lineEnd); xx++) {
          const i = (yy * WIDTH + xx) * 4;
          data[i] = data[i + 1] = data[i + 2] = 35 + ((next() >> 16) % 30);
        }
      }
      x += word + 18;
    }
  }
  return new Uint8Array(jpeg.encode({ data, width: WIDTH, height: HEIGHT }, 70).data);
}

/** The JPEG with a COM segment right after SOI: other bytes, the same picture. */
function withComment(picture: Uint8Array, comment: string): Uint8Array {
  const text = Buffer.from(comment, 'latin1');
  const segment = Buffer.alloc(4 + text.length);
  segment.writeUInt16BE(0xfffe, 0);
  segment.writeUInt16BE(text.length + 2, 2);
  text.copy(segment, 4);
  return Buffer.concat([picture.subarray(0, 2), segment, picture.subarray(2)]);
}

/** A scanned bilag: one full-page JPEG per A4 page. */
async function scannedBilag(n: number, pictures: Uint8Array[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(`Scannet bilag ${n + 1}`);
  doc.setProducer('Scanner');
  for (let p = 0; p < SCAN_PAGES_PER_BILAG; p++) {
    const image = await doc.embedJpg(withComment(pictures[(n * 3 + p) % pictures.length]!, `Bilag ${n + 1}, side ${p + 1}`));
    const page = doc.addPage([595.28, 841.89]);
    page.drawImage(image, { x: 0, y: 0, width: 595.28, height: 841.89 });
  }
  return doc.save({ useObjectStreams: false });
}

export async function buildScanFixture(dbFile: string, bilagDir: string): Promise<ExportFixture> {
  const db = openDatabase(dbFile);
  try {
    const api = createApi(createContext(db, 'bench'), () => {});
    await createDemoData(api);
    const { meetingId, ordinaryItemIds } = await createBenchMeeting(api, SCAN_ITEMS, () => false);
    const pictures = Array.from({ length: BASE_PICTURES }, (_, i) => scanPicture(i + 1));
    const bilagFiles: string[] = [];
    let bilagBytes = 0;
    for (let b = 0; b < SCAN_BILAG; b++) {
      const bytes = await scannedBilag(b, pictures);
      const file = join(bilagDir, `scan-${String(b + 1).padStart(2, '0')}.pdf`);
      writeFileSync(file, bytes);
      bilagFiles.push(file);
      bilagBytes += bytes.length;
      const itemId = ordinaryItemIds[Math.floor((b * ordinaryItemIds.length) / SCAN_BILAG)]!;
      await api.invoke('attachments:add', {
        itemId, fileName: `scan-${b + 1}.pdf`, dataBase64: Buffer.from(bytes).toString('base64'), title: `Scannet bilag ${b + 1}`, distribution: 'distributed',
      });
    }
    const detail = await api.invoke('meetings:get', { id: meetingId });
    return { meetingId, itemCount: detail.items.length, bilagFiles, bilagBytes, bilagPages: SCAN_BILAG * SCAN_PAGES_PER_BILAG };
  } finally {
    db.close();
  }
}
