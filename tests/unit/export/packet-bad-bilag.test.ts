import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, PDFName } from 'pdf-lib';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempApi } from '../../helpers/temp-db';
import { runCli } from '../../helpers/run-cli';
import { createDemoData } from '../../../electron/services/demo/create-demo';
import { compilePacket } from '../../../electron/export/packet/compile-packet';
import { savePdf } from '../../../electron/export/pdf/save-pdf';
import { loadDocumentModel, loadPacketSource } from '../../../electron/export/packet/load-packet-source';
import { createChromiumPrinter, systemChromiumAvailable } from '../../../electron/export/printer/chromium-printer';
import type { PdfPrinter } from '../../../electron/export/printer/pdf-printer';
import type { AttachmentInfo, Item } from '../../../shared/domain/entities';
import {
  makeCropBoxPdf, makeEncryptedPdf, makeInternalLinkPdf, makeRotatedPdf, makeSamplePdf, makeTruncatedPdf, qpdfAvailable,
} from '../../fixtures/pdf/make-bad-pdfs';
import { inspectPdf } from './packet-pdf-inspect';

const ready = systemChromiumAvailable() && qpdfAvailable();
if (!ready) console.log('packet-bad-bilag.test.ts skipped: needs /usr/bin/chromium and qpdf.');

/** The sample with a signature field widget on page 1, as a signed PDF carries it. */
async function makeSignedLookingPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.load(await makeSamplePdf(), { updateMetadata: false });
  const page = doc.getPage(0);
  const widget = doc.context.register(doc.context.obj({
    Type: 'Annot', Subtype: 'Widget', FT: 'Sig', T: 'Signatur1', Rect: [300, 60, 500, 110], F: 4, P: page.ref,
  }));
  page.node.set(PDFName.of('Annots'), doc.context.obj([widget]));
  doc.catalog.set(PDFName.of('AcroForm'), doc.context.obj({ Fields: [widget], SigFlags: 3 }));
  return doc.save();
}

describe.skipIf(!ready)('compilePacket with awkward bilag', () => {
  let env: ReturnType<typeof tempApi>;
  let printer: PdfPrinter;
  let meetingId: number;
  let bilag: { item: Item; attachment: AttachmentInfo }[];

  const plant = (attachment: AttachmentInfo, bytes: Uint8Array) =>
    env.db.prepare('UPDATE blobs SET data = ?, size = ? WHERE sha256 = ?').run(Buffer.from(bytes), bytes.length, attachment.sha256);

  beforeAll(async () => {
    env = tempApi();
    meetingId = (await createDemoData(env.api)).meetingIds[0] as number;
    printer = createChromiumPrinter();
    const meeting = loadPacketSource(env.db, meetingId).meeting;
    bilag = meeting.items.flatMap((item) => item.attachments
      .filter((a) => a.distribution === 'distributed' && !a.isClosed && !item.isClosed)
      .map((attachment) => ({ item, attachment })));
    // Each planted file needs its own blob: give the first four distinct bilag distinct content.
    const shas = new Set(bilag.map((b) => b.attachment.sha256));
    expect(shas.size).toBe(bilag.length);
  }, 120_000);

  afterAll(async () => {
    await printer?.close();
    env?.close();
  });

  it('accepts rotated, cropped, signed and internally linked bilag: stamps visible, widgets gone, no dangling links', async () => {
    const [rotated, cropped, signed, linked] = bilag as [typeof bilag[number], typeof bilag[number], typeof bilag[number], typeof bilag[number]];
    plant(rotated.attachment, await makeRotatedPdf());
    plant(cropped.attachment, await makeCropBoxPdf());
    plant(signed.attachment, await makeSignedLookingPdf());
    plant(linked.attachment, await makeInternalLinkPdf());

    const packet = await compilePacket(env.db, loadDocumentModel(env.db, meetingId, { document: 'agenda', edition: 'members' }), { printer });
    const bytes = await savePdf(packet.doc);
    const pdf = await inspectPdf(bytes);
    const doc = await pdfjs.getDocument({ data: bytes.slice() }).promise;
    const firstPage = (b: typeof bilag[number]): number => {
      const entry = pdf.outline.find((o) => o.title.startsWith(`${b.item.number}. `));
      const child = entry?.children.find((c) => c.title.startsWith(`Bilag ${b.attachment.number}:`));
      expect(child, `outline entry for bilag ${b.attachment.number} of item ${b.item.number}`).toBeDefined();
      return child?.page ?? -1;
    };

    for (const b of [rotated, cropped]) {
      const pageNumber = firstPage(b);
      const page = await doc.getPage(pageNumber);
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const stampItems = (content.items as { str: string; transform: number[] }[])
        .filter((t) => t.str.startsWith(`Punkt nr. ${b.item.number}`) || t.str.startsWith(`Bilag ${b.attachment.number} - Side 1`));
      expect(stampItems.length).toBe(2);
      for (const t of stampItems) {
        const [vx, vy] = viewport.convertToViewportPoint(t.transform[4] ?? 0, t.transform[5] ?? 0) as [number, number];
        expect(vx).toBeGreaterThanOrEqual(0);
        expect(vx).toBeLessThan(viewport.width / 2);
        expect(vy).toBeGreaterThan(0);
        expect(vy).toBeLessThan(60); // in the top margin of the visible page, read upright
      }
    }

    expect(pdf.annotationsJson).not.toContain('"Widget"');
    expect(pdf.qdf).not.toMatch(/\/FT\s*\/Sig/);
    expect(pdf.qdf).not.toContain('/AcroForm');

    const linkedFirst = firstPage(linked);
    const linkFromBilag = pdf.links.filter((l) => l.page === linkedFirst);
    expect(linkFromBilag).toHaveLength(1);
    expect(linkFromBilag[0]?.target).toBe(linkedFirst + 1);
    for (const link of pdf.links) if (link.url === null) expect(link.target).toBeGreaterThanOrEqual(1);
    await doc.destroy();
  }, 120_000);

  it('stops with a Danish message naming item and bilag for an encrypted or truncated bilag, leaving an earlier file intact', async () => {
    const victim = bilag.at(-1) as typeof bilag[number];
    plant(victim.attachment, await makeEncryptedPdf());
    const out = join(env.dir, 'pakke.pdf');
    writeFileSync(out, 'TIDLIGERE UDGAVE');
    const result = runCli(['export', '--db', env.file, '--meeting', String(meetingId), '--document', 'agenda', '--edition', 'members', '--out', out]);
    expect(result.code).not.toBe(0);
    const message = result.stderr + result.stdout;
    expect(message).toContain(`bilag ${victim.attachment.number} »${victim.attachment.title}« til punkt ${victim.item.number}`);
    expect(message).toContain('krypteret');
    expect(readFileSync(out, 'utf8')).toBe('TIDLIGERE UDGAVE');

    plant(victim.attachment, await makeTruncatedPdf());
    await expect(compilePacket(env.db, loadDocumentModel(env.db, meetingId, { document: 'agenda', edition: 'members' }), { printer }))
      .rejects.toMatchObject({ name: 'UserError', message: expect.stringMatching(/punkt \d+ .*beskadiget/) });
  }, 120_000);
});
