import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempApi } from '../../helpers/temp-db';
import { createDemoData } from '../../../electron/services/demo/create-demo';
import { loadDocumentModel, loadPacketSource } from '../../../electron/export/packet/load-packet-source';
import { compilePacket, type CompiledPacket } from '../../../electron/export/packet/compile-packet';
import { savePdf } from '../../../electron/export/pdf/save-pdf';
import { distributedBilag, type DocumentModel as PacketModel } from '../../../shared/document';
import { createChromiumPrinter, systemChromiumAvailable } from '../../../electron/export/printer/chromium-printer';
import type { PdfPrinter } from '../../../electron/export/printer/pdf-printer';
import { getBlob } from '../../../electron/store/repositories/blob-repository';
import { contentToPlainText } from '../../../shared/content/plain-text';
import type { DocumentKind, Edition } from '../../../shared/domain/enums';
import { allFontsEmbedded, flattenOutline, inspectPdf, type InspectedPdf } from './packet-pdf-inspect';

const chromium = systemChromiumAvailable();
if (!chromium) console.log('packet.test.ts skipped: /usr/bin/chromium is missing (install the Debian chromium package).');

const squash = (s: string): string => s.replace(/\s+/g, ' ');

describe.skipIf(!chromium)('compilePacket on the demo meetings', () => {
  let env: ReturnType<typeof tempApi>;
  let printer: PdfPrinter;
  let heldId: number;
  let upcomingId: number;
  const cache = new Map<string, Promise<{ packet: CompiledPacket; pdf: InspectedPdf; model: PacketModel }>>();

  beforeAll(async () => {
    env = tempApi();
    [heldId, upcomingId] = (await createDemoData(env.api)).meetingIds as [number, number];
    printer = createChromiumPrinter();
  }, 120_000);

  afterAll(async () => {
    await printer?.close();
    env?.close();
  });

  function packet(meetingId: number, document: DocumentKind, edition: Edition, bilagPlacement: 'end' | 'after-item' = 'end') {
    const key = `${meetingId}/${document}/${edition}/${bilagPlacement}`;
    let entry = cache.get(key);
    if (!entry) {
      entry = (async () => {
        const phases = new Set<string>();
        const model = loadDocumentModel(env.db, meetingId, { document, edition });
        const packet = await compilePacket(env.db, model, { printer, bilagPlacement, onProgress: (s) => phases.add(s.phase) });
        expect([...phases].sort()).toEqual(['bilag', 'finish', 'render']);
        return { packet, pdf: await inspectPdf(await savePdf(packet.doc)), model };
      })();
      cache.set(key, entry);
    }
    return entry;
  }

  const variants: [DocumentKind, Edition][] = [['agenda', 'members'], ['agenda', 'public'], ['minutes', 'members'], ['minutes', 'public']];

  describe.each(variants)('%s, %s edition', (document, edition) => {
    it('bookmarks every item with its bilag beneath, on the stamped first page of each bilag', async () => {
      const { pdf, model, packet: compiled } = await packet(heldId, document, edition);
      expect(compiled.pageCount).toBe(pdf.numPages);
      const merged = distributedBilag(model);
      expect(compiled.bilagCount).toBe(merged.length);
      for (const item of model.items) {
        const entry = pdf.outline.find((o) => o.title.startsWith(`${item.number}. ${item.title}`));
        expect(entry, `outline entry for item ${item.number}`).toBeDefined();
        if (!entry) continue;
        expect(pdf.pageText(entry.page)).toContain(`Punkt ${item.number}.`);
        const distributed = item.bilag.filter((b) => b.distributed);
        expect(entry.children.map((c) => c.title)).toEqual(distributed.map((b) => `Bilag ${b.number}: ${b.title}`));
        for (const [k, b] of distributed.entries()) {
          const child = entry.children[k];
          if (!child) continue;
          const text = squash(pdf.pageText(child.page));
          expect(text).toContain(`Punkt nr. ${item.number} - `);
          expect(text).toMatch(new RegExp(`Bilag ${b.number} - Side 1 af \\d+`));
          expect(text).toContain(`Møde i ${model.committeeName} d. ${model.shortDate}`);
          expect(text).toContain(`Side ${child.page} af ${pdf.numPages}`);
          expect(pdf.labels?.[child.page - 1]).toBe(`Bilag ${item.number}.${b.number}-1`);
          // TOC line and Bilagsfortegnelse entry both lead here.
          expect(pdf.links.filter((l) => l.target === child.page).length).toBeGreaterThanOrEqual(2);
        }
      }
    });

    it('has working internal links only, page labels, page numbers, embedded fonts and tags', async () => {
      const { pdf } = await packet(heldId, document, edition);
      expect(pdf.links.length).toBeGreaterThan(0);
      for (const link of pdf.links) {
        expect(link.url ?? '').not.toContain('dagsorden.invalid');
        if (link.url === null) expect(link.target).toBeGreaterThanOrEqual(1);
        if (link.target !== null) expect(link.target).toBeLessThanOrEqual(pdf.numPages);
      }
      expect(pdf.labels?.[0]).toBe('1');
      expect(pdf.labels?.[1]).toBe('2');
      expect(squash(pdf.pageText(pdf.numPages))).toContain(`Side ${pdf.numPages} af ${pdf.numPages}`);
      expect(squash(pdf.pageText(3))).toMatch(/Åbent punkt .* den \d\d-\d\d-\d{4}/);
      expect(allFontsEmbedded(pdf.fonts), pdf.fonts).toBe(true);
      expect(pdf.info).toMatch(/Tagged:\s+yes/);
      // The held meeting's minutes are not approved yet: a draft, on every page.
      expect(pdf.info).toContain(document === 'agenda' ? 'Title:           Dagsorden' : 'Title:           Udkast: Referat');
      if (document === 'minutes') for (let page = 1; page <= pdf.numPages; page++) expect(pdf.pageText(page), `page ${page}`).toContain('Udkast');
      if (document === 'minutes') {
        expect(pdf.outline.at(-1)?.title).toBe('Underskriftsblad');
        expect(pdf.allText).toContain('Underskriftsblad');
      }
    });
  });

  it('prints the minutes wording: votes, dissent, absence, disqualification, substitute', async () => {
    const { pdf } = await packet(heldId, 'minutes', 'members');
    const text = squash(pdf.allText);
    expect(text).toContain('Erhvervs- og Beskæftigelsesudvalget den 27. oktober 2026:');
    expect(text).toContain('Ad 1 + 2) Godkendt med et flertal bestående af 7 (A, C, I og V). Imod stemmer 1 (F), idet SF ikke kan støtte, at værkstedsforløbene i Ålbæk lukkes');
    expect(text).not.toContain('Afstemning:');
    expect(text).toContain('Gitte Skjødt (O) og Hanne Østergaard (A) var fraværende.');
    expect(text).toContain('Poul Erik Brønd (C) deltog ikke i behandlingen af punktet på grund af inhabilitet.');
    expect(text).not.toContain('Næstformand i bestyrelsen');
    expect(text).toContain('Stedfortræder for Hanne Østergaard (A)');
    expect(text).toContain('(ligger i sagen)');
    expect(text).toContain('Forvaltningen foreslår, at');
  });

  it('keeps every closed string out of the public editions, everywhere in the file', async () => {
    const source = loadPacketSource(env.db, heldId);
    const closedItems = source.meeting.items.filter((i) => i.isClosed);
    const closedBilag = source.meeting.items.flatMap((i) => i.attachments.filter((a) => a.isClosed || i.isClosed));
    expect(closedItems.length).toBeGreaterThan(0);
    expect(closedBilag.length).toBeGreaterThan(0);
    const openBilagText = source.meeting.items
      .flatMap((i) => i.attachments.filter((a) => !a.isClosed && !i.isClosed))
      .map((a) => pdfToText(getBlob(env.db, a.sha256))).join('\n');
    const openItemText = source.meeting.items.filter((i) => !i.isClosed)
      .flatMap((i) => [...i.sections.map((s) => contentToPlainText(s.content)), ...i.decisions.map((d) => d.remark), i.title, i.publicExtract ?? '']).join('\n');
    const strings = new Set<string>();
    for (const item of closedItems) {
      for (const s of item.sections) for (const line of contentToPlainText(s.content).split('\n')) if (line.length >= 25) strings.add(line.slice(0, 60).trim());
      for (const d of item.decisions) if (d.remark.length >= 25) strings.add(d.remark.slice(0, 60).trim());
    }
    for (const s of [...strings]) if (openItemText.includes(s)) strings.delete(s);
    expect(strings.size).toBeGreaterThan(2);
    for (const a of closedBilag) {
      strings.add(a.title);
      strings.add(a.fileName);
      const lines = pdfToText(getBlob(env.db, a.sha256)).split('\n').map((l) => l.trim()).filter((l) => l.length >= 30 && !openBilagText.includes(l));
      for (const line of lines.slice(0, 6)) strings.add(line);
    }
    const members = await packet(heldId, 'minutes', 'members');
    const membersText = squash(members.pdf.allText);
    // The check has teeth: the members edition does print the closed item's text and its distributed bilag.
    expect([...strings].filter((s) => membersText.includes(squash(s))).length).toBeGreaterThan(strings.size / 3);

    for (const document of ['agenda', 'minutes'] as const) {
      const { pdf } = await packet(heldId, document, 'public');
      const haystacks = {
        text: squash(pdf.allText),
        outline: flattenOutline(pdf.outline).map((o) => o.title).join('\n'),
        annotations: pdf.annotationsJson,
        metadata: pdf.info + pdf.meta,
        qdf: pdf.qdf,
      };
      for (const s of strings) {
        for (const [where, haystack] of Object.entries(haystacks)) {
          expect(haystack.includes(squash(s)) || haystack.includes(s), `${document}: "${s}" found in ${where}`).toBe(false);
        }
      }
      // A closed item shows its public title only; the full title is nowhere in the file.
      for (const item of closedItems) {
        expect(haystacks.text).toContain(`Punkt ${item.number}. ${item.publicTitle ?? 'Lukket punkt'}`);
        for (const [where, haystack] of Object.entries(haystacks)) expect(haystack.includes(item.title), `${document}: full title in ${where}`).toBe(false);
      }
      expect(haystacks.text).toContain('Lukket punkt');
    }
  });

  it('puts each bilag right after its item with --bilag-after-item, on the upcoming meeting with a prior decision', async () => {
    const { pdf, model } = await packet(upcomingId, 'agenda', 'members', 'after-item');
    expect(squash(pdf.allText)).toContain('Erhvervs- og Beskæftigelsesudvalget den 27. oktober 2026:');
    const items = model.items.map((i) => pdf.outline.find((o) => o.title.startsWith(`${i.number}. `)));
    items.forEach((entry, index) => {
      const next = items[index + 1];
      for (const child of entry?.children ?? []) {
        expect(child.page).toBeGreaterThan(entry?.page ?? 0);
        if (next) expect(child.page).toBeLessThan(next.page);
      }
    });
    const withBilag = items.find((e) => (e?.children.length ?? 0) > 0);
    expect(withBilag).toBeDefined();
    // Body pages after a bilag keep their printed number as label.
    const afterBilag = items.find((e, i) => i > 0 && (items[i - 1]?.children.length ?? 0) > 0);
    if (afterBilag) expect(pdf.labels?.[afterBilag.page - 1]).toBe(String(afterBilag.page));
  });
});

function pdfToText(bytes: Uint8Array | null): string {
  if (!bytes) return '';
  return execFileSync('pdftotext', ['-', '-'], { input: bytes, encoding: 'utf8' });
}
