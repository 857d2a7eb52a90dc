import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { paragraphs } from '../../../shared/content/content-builders';
import { generateDocumentPdf } from '../../../electron/export/pdf/generate-document-pdf';
import { searchArchive } from '../../../electron/services/search/search-archive';
import { forceMeetingStatus } from '../../helpers/meeting-status';
import { tempApi } from '../../helpers/temp-db';
import { setUpCommittee } from './committee-setup';

let t: ReturnType<typeof tempApi>;
beforeEach(() => { t = tempApi(); });
afterEach(() => t.close());

const titles = (query: string, filters = {}) => searchArchive(t.db, query, filters).map((hit) => `${hit.itemTitle}${hit.bilagTitle ? ` / ${hit.bilagTitle}` : ''}`);

async function archive() {
  const setup = await setUpCommittee(t.api);
  const other = await t.api.invoke('committees:create', { name: 'Økonomiudvalget', kind: 'oekonomiudvalg' });
  const old = await t.api.invoke('meetings:create', { committeeId: setup.committee.id, date: '2024-03-12' });
  const harbour = await t.api.invoke('items:create', { meetingId: old.id, title: 'Udvidelse af Østerå Havn' });
  await t.api.invoke('sections:update', { itemId: harbour.id, key: 'sagsfremstilling', content: paragraphs('Havnen får en ny kaj. Fiskerne får plads til 40 både.') });
  await t.api.invoke('points:set', { itemId: harbour.id, points: [{ text: 'udvidelsen godkendes', decisionAuthority: 'Kommunalbestyrelsen' }] });
  const farm = await t.api.invoke('items:create', { meetingId: old.id, title: 'Vandløb ved Farum Mølle' });
  await t.api.invoke('sections:update', { itemId: farm.id, key: 'sagsfremstilling', content: paragraphs('Vandløbet er i dårlig tilstand; en far og hans søn har klaget.') });
  const recent = await t.api.invoke('meetings:create', { committeeId: other.id, date: '2026-11-03' });
  const sale = await t.api.invoke('items:create', { meetingId: recent.id, title: 'Salg af grund på havnen', isClosed: true });
  await t.api.invoke('sections:update', { itemId: sale.id, key: 'sagsfremstilling', content: paragraphs('Køber er Fjordby Fiskeeksport ApS; prisen er 7.462.000 kr.') });
  const pdf = await generateDocumentPdf({ title: 'Havneplan', paragraphs: ['# Havneplan 2030', 'Kajen forlænges med 120 meter mod øst.'] });
  await t.api.invoke('attachments:add', { itemId: harbour.id, fileName: 'havneplan.pdf', title: 'Havneplan 2030', dataBase64: Buffer.from(pdf).toString('base64') });
  return { ...setup, other, old, recent, harbour, farm, sale };
}

describe('searching the archive (FTS5, unicode61 without diacritics folding)', () => {
  it('finds an item by a word of its title or text, or the start of one, and a bilag by its text', async () => {
    await archive();
    expect(titles('havn')).toEqual(expect.arrayContaining(['Udvidelse af Østerå Havn', 'Salg af grund på havnen', 'Udvidelse af Østerå Havn / Havneplan 2030']));
    expect(titles('kajen forlænges')).toEqual(['Udvidelse af Østerå Havn / Havneplan 2030']);
    expect(titles('"40 både"')).toEqual(['Udvidelse af Østerå Havn']);
    expect(titles('"ny kaj" IKKE fiskerne')).toEqual([]);
    expect(titles('farum ELLER fiskeeksport')).toEqual(expect.arrayContaining(['Vandløb ved Farum Mølle', 'Salg af grund på havnen']));
  });

  it('keeps æ, ø and å as letters of their own: "får" does not find "far", nor "far" "får"', async () => {
    await archive();
    expect(titles('"får"')).toEqual(['Udvidelse af Østerå Havn']);
    expect(titles('"far"')).toEqual(['Vandløb ved Farum Mølle']);
    expect(titles('østerå')).toEqual(expect.arrayContaining(['Udvidelse af Østerå Havn']));
    expect(titles('oestera')).toEqual([]);
  });

  it('ranks a title match first, marks the matches in the snippet and says which hits are closed', async () => {
    await archive();
    const hits = searchArchive(t.db, 'havn');
    expect(hits[0]!.itemTitle).toMatch(/Havn|havnen/);
    const sale = hits.find((hit) => hit.itemTitle === 'Salg af grund på havnen' && hit.attachmentId === null)!;
    expect(sale.closed).toBe(true);
    expect(sale.committeeName).toBe('Økonomiudvalget');
    expect(sale.snippet).toContain('\u0002havnen\u0003');
    expect(hits.find((hit) => hit.itemTitle === 'Udvidelse af Østerå Havn')!.closed).toBe(false);
  });

  it('filters by committee, period and open or closed', async () => {
    const s = await archive();
    expect(titles('havn', { committeeIds: [s.other.id] })).toEqual(['Salg af grund på havnen']);
    expect(titles('havn', { from: '2025-01-01' })).toEqual(['Salg af grund på havnen']);
    expect(titles('havn', { to: '2024-12-31', closed: false })).not.toContain('Salg af grund på havnen');
    expect(titles('havn', { closed: true })).toEqual(['Salg af grund på havnen']);
    await t.api.invoke('items:create', { meetingId: s.old.id, title: 'Meddelelser', kind: 'announcements' }).then((item) =>
      t.api.invoke('sections:update', { itemId: item.id, key: 'sagsfremstilling', content: paragraphs('Havnefogeden går på pension.') }));
    expect(titles('havnefogeden')).toEqual(['Meddelelser']);
    expect(titles('havnefogeden', { kinds: ['ordinary'] })).toEqual([]);
    expect(titles('havn', { kinds: ['announcements'] })).toEqual(['Meddelelser']);
  });

  it('follows every change in the same transaction: a new title, a decision with its vote, a deleted item; a refused change leaves the index as it was', async () => {
    const s = await archive();
    await t.api.invoke('items:update', { id: s.farm.id, title: 'Vandløb ved Farum Vandmølle' });
    expect(titles('vandmølle')).toEqual(['Vandløb ved Farum Vandmølle']);
    const current = await t.api.invoke('meetings:create', { committeeId: s.committee.id, date: '2026-12-03' });
    const quay = await t.api.invoke('items:create', { meetingId: current.id, title: 'Ny kaj i Østerå Havn' });
    await t.api.invoke('points:set', { itemId: quay.id, points: [{ text: 'kajen anlægges', decisionAuthority: 'Kommunalbestyrelsen' }] });
    forceMeetingStatus(t.db, current.id, 'agenda_released');
    const [aase, bjoern, soeren, henrik, frida, gustav, ida] = s.people;
    await t.api.invoke('attendance:set', { meetingId: current.id, entries: [aase!, bjoern!, soeren!, henrik!, frida!, gustav!, ida!].map((p) => ({ personId: p.id, status: 'present' as const })) });
    await t.api.invoke('decisions:set', {
      itemId: quay.id,
      decisions: [{ points: [1], outcome: 'recommended', remark: 'Udvalget ønsker en ekstra høring af sejlklubben.', rounds: [{ votes: [
        { partyId: s.parties.a.id, choice: 'for', count: 2 }, { partyId: s.parties.v.id, choice: 'against', count: 2 },
        { partyId: s.parties.f.id, choice: 'for', count: 2 }, { partyId: s.parties.o.id, choice: 'abstain', count: 1 },
      ] }] }],
    });
    expect(titles('sejlklubben')).toEqual(['Ny kaj i Østerå Havn']);
    const body = (t.db.prepare('SELECT body FROM search_index JOIN search_documents d ON d.id = search_index.rowid WHERE d.item_id = ? AND d.attachment_id IS NULL').get(quay.id) as { body: string }).body;
    expect(body).toContain('Imod stemmer 2 (V).');
    expect(titles('"imod stemmer"')).toEqual(['Ny kaj i Østerå Havn']);
    await expect(t.api.invoke('items:update', { id: s.farm.id, title: '' })).rejects.toThrow();
    expect(titles('vandmølle')).toEqual(['Vandløb ved Farum Vandmølle']);
    await t.api.invoke('items:delete', { id: s.farm.id });
    expect(titles('vandmølle')).toEqual([]);
    expect(t.db.prepare('SELECT count(*) FROM search_dirty').pluck().get()).toBe(0);
  });

  it('never blocks a change: a text the document model cannot read (written past the services) leaves the item its title', async () => {
    const s = await archive();
    t.db.prepare("UPDATE item_sections SET content = '{\"type\":\"doc\",\"content\":[{\"type\":\"script\"}]}' WHERE item_id = ? AND section_key = 'sagsfremstilling'").run(s.farm.id);
    await t.api.invoke('items:update', { id: s.harbour.id, title: 'Udvidelse af Østerå Lystbådehavn' });
    expect(titles('lystbådehavn')).toEqual(['Udvidelse af Østerå Lystbådehavn']);
    expect(titles('farum')).toEqual(['Vandløb ved Farum Mølle']);
  });

  it('says in Danish when there is nothing to search for', async () => {
    await archive();
    expect(() => searchArchive(t.db, '  "" ')).toThrow('Skriv mindst ét ord at søge efter.');
  });

  it('is the API method search:query, its input validated with Danish messages', async () => {
    const s = await archive();
    const hits = await t.api.invoke('search:query', { query: 'havn', committeeIds: [s.other.id] });
    expect(hits.map((hit) => hit.itemTitle)).toEqual(['Salg af grund på havnen']);
    const tooLong = await t.api.call('search:query', { query: 'havn '.repeat(101) });
    expect(tooLong).toMatchObject({ ok: false, error: { message: expect.stringContaining('Søgningen må højst være 500 tegn') } });
    const badDate = await t.api.call('search:query', { query: 'havn', from: '12-03-2024' });
    expect(badDate.ok).toBe(false);
  });
});
