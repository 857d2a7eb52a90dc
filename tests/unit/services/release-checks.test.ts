import { PDFDocument } from 'pdf-lib';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Buffer } from 'node:buffer';
import { tempApi } from '../../helpers/temp-db';
import { setUpCommittee } from './committee-setup';
import { paragraphs } from '../../../shared/content/content-builders';
import { generateDocumentPdf } from '../../../electron/export/pdf/generate-document-pdf';
import { makeActiveContentPdf, makeFilledFormPdf } from '../../fixtures/pdf/make-active-pdfs';

let t: ReturnType<typeof tempApi>;
beforeEach(() => { t = tempApi(); });
afterEach(() => t.close());

describe('meetings:releaseChecks', () => {
  it('reports placeholders, phone numbers and an e-mail in a bilag of an open item', async () => {
    const { committee } = await setUpCommittee(t.api);
    const meeting = await t.api.invoke('meetings:create', { committeeId: committee.id, date: '2026-12-03', applyStandardItems: false });
    const item = await t.api.invoke('items:create', { meetingId: meeting.id, title: 'Renovering af Fjordskolen', caseNumber: '26/04411' });
    await t.api.invoke('sections:update', { itemId: item.id, key: 'indstilling', content: paragraphs('Forvaltningen indstiller, at anlægsbevillingen på [indsæt beløb] frigives.') });
    await t.api.invoke('sections:update', {
      itemId: item.id, key: 'sagsfremstilling',
      content: paragraphs('Budgettet er 7.462.000 kr. for 2026, jf. sag 26/04411 af 24-01-2026. Skoleleder kan kontaktes på 23 45 67 89.'),
    });
    const pdf = await generateDocumentPdf({ title: 'Høringssvar fra skolebestyrelsen', paragraphs: ['Spørgsmål kan sendes til formand@fjordskolen.dk inden mødet.'] });
    const attachment = await t.api.invoke('attachments:add', { itemId: item.id, fileName: 'hoeringssvar.pdf', dataBase64: Buffer.from(pdf).toString('base64'), title: 'Høringssvar' });

    const issues = await t.api.invoke('meetings:releaseChecks', { id: meeting.id });

    expect(issues.map((i) => [i.code, i.severity, i.sectionKey ?? null, i.attachmentId ?? null])).toEqual([
      ['placeholder', 'error', 'indstilling', null],
      ['phone', 'warning', 'sagsfremstilling', null],
      ['email', 'warning', null, attachment.id],
    ]);
    expect(issues.every((i) => i.itemId === item.id)).toBe(true);
    expect(issues[0]!.message).toBe(`Punkt ${item.number} »Renovering af Fjordskolen«: pladsholder »[indsæt beløb]« i afsnittet »Indstilling«.`);
    expect(issues[1]!.excerpt).toContain('23 45 67 89');
    expect(issues[2]!.message).toContain('bilag 1 »Høringssvar«');
    expect(issues[2]!.excerpt).toContain('formand@fjordskolen.dk');
  });

  it('warns about each distributed bilag whose active content the packet removes, and opens each file only once', async () => {
    const { committee } = await setUpCommittee(t.api);
    const meeting = await t.api.invoke('meetings:create', { committeeId: committee.id, date: '2026-12-03', applyStandardItems: false });
    const item = await t.api.invoke('items:create', { meetingId: meeting.id, title: 'Tilskud til havnefestival', caseNumber: '26/04412' });
    await t.api.invoke('sections:update', { itemId: item.id, key: 'indstilling', content: paragraphs('Forvaltningen indstiller, at tilskuddet gives.') });
    const add = async (fileName: string, title: string, bytes: Uint8Array, distribution: 'distributed' | 'on_file') =>
      t.api.invoke('attachments:add', { itemId: item.id, fileName, title, distribution, dataBase64: Buffer.from(bytes).toString('base64') });
    const active = await makeActiveContentPdf();
    const sent = await add('ansoegning.pdf', 'Ansøgning', active, 'distributed');
    await add('skema.pdf', 'Skema', await makeFilledFormPdf(), 'distributed');
    await add('kopi.pdf', 'Kopi i sagen', active, 'on_file');

    const loads = vi.spyOn(PDFDocument, 'load');
    try {
      const first = await t.api.invoke('meetings:releaseChecks', { id: meeting.id });
      const again = await t.api.invoke('meetings:releaseChecks', { id: meeting.id });
      expect(again).toEqual(first);
      expect(loads.mock.calls.length).toBeLessThanOrEqual(2); // the two distributed files, once each (none if scanned before)
      expect(first.map((i) => [i.code, i.severity, i.attachmentId ?? null])).toEqual([['bilag_active_content', 'warning', sent.id]]);
      expect(first[0]!.message).toMatch(/^Punkt \d+ »Tilskud til havnefestival«: bilag 1 »Ansøgning« har indhold, der fjernes i pakken: JavaScript ved åbning af dokumentet; /);
      expect(first[0]!.removals?.map((g) => `${g.what}@${g.where}:${g.pages.join(',')}`)).toContain('javascript@page_open:2');
    } finally {
      loads.mockRestore();
    }
  });

  it('answers in Danish for a meeting that does not exist', async () => {
    const result = await t.api.call('meetings:releaseChecks', { id: 999 });
    expect(result).toMatchObject({ ok: false, error: { message: expect.stringMatching(/Mødet/) } });
  });
});
