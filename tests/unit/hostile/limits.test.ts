import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { doc, paragraph, paragraphs, table } from '../../../shared/content/content-builders';
import { CONTENT_VERSION, type BlockNode } from '../../../shared/content/content-model';
import { CONTENT_LIMITS, TEXT_LIMITS } from '../../../shared/domain/text-limits';
import { exportPacket } from '../../../electron/services/export/export-packet';
import { createContext } from '../../../electron/services/service-context';
import { readMeetingFile } from '../../../electron/services/transfer/read-meeting-file';
import { createChromiumPrinter, systemChromiumAvailable } from '../../../electron/export/printer/chromium-printer';
import type { PdfPrinter } from '../../../electron/export/printer/pdf-printer';
import { extractPdfText } from '../../../electron/services/attachments/extract-pdf-text';
import { tempApi } from '../../helpers/temp-db';
import { setUpCommittee } from '../services/committee-setup';

const EXAMPLE = fileURLToPath(new URL('../../../resources/meeting-json/example/meeting.json', import.meta.url));

/** The JSON text of a list inside a list, `depth` levels down (JSON.stringify itself overflows at this depth). */
function nestedListJson(depth: number): string {
  const open = '{"type":"bulletList","content":[{"type":"listItem","content":[';
  return `${open.repeat(depth)}{"type":"paragraph","content":[{"type":"text","text":"bund"}]}${']}]}'.repeat(depth)}`;
}

/** A list inside a list, `depth` levels down, as plain JSON (built without recursion). */
function nestedList(depth: number): BlockNode {
  let node: unknown = { type: 'paragraph', content: [{ type: 'text', text: 'bund' }] };
  for (let i = 0; i < depth; i++) node = { type: 'bulletList', content: [{ type: 'listItem', content: [node] }] };
  return node as BlockNode;
}

/** A printer that must never be reached: the refusals come before anything is printed. */
const noPrinter: PdfPrinter = {
  print: () => Promise.reject(new Error('printed although the text should have been refused')),
  close: () => Promise.resolve(),
};

describe('length limits on every free-text field (API)', () => {
  let t: ReturnType<typeof tempApi>;
  let meetingId: number;
  let itemId: number;
  beforeEach(async () => {
    t = tempApi();
    const { committee } = await setUpCommittee(t.api);
    meetingId = (await t.api.invoke('meetings:create', { committeeId: committee.id, date: '2026-12-03' })).id;
    itemId = (await t.api.invoke('items:create', { meetingId, title: 'Cykelsti langs Fjordvej' })).id;
  });
  afterEach(() => t.close());

  it('refuses a 1 MB item title by name, in Danish, and stores nothing', async () => {
    const before = t.db.prepare('SELECT count(*) AS n FROM items').get() as { n: number };
    const result = await t.api.call('items:create', { meetingId, title: 'Lang titel '.repeat(100_000) });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid_input');
    expect(result.error.issues).toEqual([{ path: ['title'], message: 'Punktets titel må højst have 250 tegn (har 1.099.999).' }]);
    expect(t.db.prepare('SELECT count(*) AS n FROM items').get()).toEqual(before);
    // Exactly at the limit is fine.
    expect((await t.api.call('items:create', { meetingId, title: 'x'.repeat(TEXT_LIMITS.title) })).ok).toBe(true);
  });

  it('limits the other short fields: bilag title, place, names, points, request, decisions, notes', async () => {
    const long = (n: number) => 'a'.repeat(n + 1);
    const refusals: [string, Record<string, unknown>, string][] = [
      ['meetings:update', { id: meetingId, date: '2026-12-03', place: long(TEXT_LIMITS.place) }, 'Mødestedet må højst have 200 tegn'],
      ['people:create', { name: long(TEXT_LIMITS.name), partyId: null }, 'Navnet må højst have 200 tegn'],
      ['points:set', { itemId, points: [{ text: long(TEXT_LIMITS.point) }] }, 'Indstillingspunktet må højst have 5.000 tegn'],
      ['items:update', { id: itemId, kind: 'member_request', request: { personId: 1, requestedOn: '2026-11-01', text: long(TEXT_LIMITS.request) } }, 'Anmodningens tekst må højst have 20.000 tegn'],
      ['decisions:set', { itemId, decisions: [{ remark: long(TEXT_LIMITS.decision) }] }, 'Beslutningens tekst må højst have 50.000 tegn'],
      ['decisions:set', { itemId, decisions: [{ outcome: 'approved', notes: [{ text: long(TEXT_LIMITS.protocolNote), personIds: [1] }] }] }, 'Protokoltilførslen må højst have 20.000 tegn'],
      ['decisions:set', { itemId, decisions: [{ outcome: 'approved', rounds: [{ votes: [{ personId: 1, choice: 'against' }], dissents: [{ personIds: [1], text: long(TEXT_LIMITS.protocolNote) }] }] }] }, 'Mindretalsudtalelsen må højst have 20.000 tegn'],
      ['attachments:add', { itemId, fileName: 'a.pdf', dataBase64: 'JVBERg==', title: long(TEXT_LIMITS.title) }, 'Bilagets titel må højst have 250 tegn'],
      ['notices:set', { itemId, notices: [{ title: long(TEXT_LIMITS.title), content: paragraphs('x') }] }, 'Meddelelsens titel må højst have 250 tegn'],
    ];
    for (const [method, args, message] of refusals) {
      const result = await t.api.call(method, args);
      expect(result.ok, method).toBe(false);
      if (!result.ok) expect(result.error.issues?.map((i) => i.message).join(' '), method).toContain(message);
    }
  });

  it('refuses a section over 200,000 characters, naming the field; accepts one at the limit', async () => {
    const atLimit = paragraphs(...Array.from({ length: CONTENT_LIMITS.characters / 1000 }, () => 'x'.repeat(1000)));
    expect((await t.api.call('sections:update', { itemId, key: 'resume', content: atLimit })).ok).toBe(true);
    const over = paragraphs(...Array.from({ length: 50 }, () => 'y'.repeat(1_000_000)));
    const started = performance.now();
    const result = await t.api.call('sections:update', { itemId, key: 'sagsfremstilling', content: over });
    expect(performance.now() - started).toBeLessThan(2000);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.issues).toEqual([{ path: ['content'], message: 'Afsnittets tekst må højst have 200.000 tegn (har 50.000.000).' }]);
  });

  it('gives a Danish message naming the field for a list nested 10,000 deep, not "Uventet fejl"', async () => {
    const started = performance.now();
    const result = await t.api.call('sections:update', { itemId, key: 'resume', content: { type: 'doc', content: [nestedList(10_000)] } });
    expect(performance.now() - started).toBeLessThan(2000);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid_input');
    expect(result.error.issues).toEqual([{ path: ['content'], message: `Afsnittets tekst er indlejret for dybt (mere end ${CONTENT_LIMITS.depth} niveauer af lister og tabeller inden i hinanden).` }]);
    // A notice's content is checked the same way; ordinary nesting still works.
    const notice = await t.api.call('notices:set', { itemId, notices: [{ title: 'Dybt', content: { type: 'doc', content: [nestedList(10_000)] } }] });
    expect(notice.ok).toBe(false);
    if (!notice.ok) expect(notice.error.issues?.[0]?.message).toContain('Meddelelsens tekst er indlejret for dybt');
    expect((await t.api.call('sections:update', { itemId, key: 'resume', content: { type: 'doc', content: [nestedList(8)] } })).ok).toBe(true);
  });
});

describe('deep nesting in meeting.json', () => {
  let t: ReturnType<typeof tempApi>;
  beforeEach(() => { t = tempApi(); });
  afterEach(() => t.close());

  it('refuses a section nested 10,000 deep with the field path and a Danish reason', () => {
    const file = JSON.parse(readFileSync(EXAMPLE, 'utf8')) as { items: { sections: { content: unknown }[] }[] };
    file.items[0]!.sections[0]!.content = 'DEEP';
    const jsonPath = join(t.dir, 'meeting.json');
    writeFileSync(jsonPath, JSON.stringify(file).replace('"DEEP"', `{"type":"doc","content":[${nestedListJson(10_000)}]}`));
    expect(() => readMeetingFile(jsonPath)).toThrow(
      `Filen ${jsonPath} kan ikke importeres. items[0].sections[0].content: Teksten er indlejret for dybt (mere end ${CONTENT_LIMITS.depth} niveauer af lister og tabeller inden i hinanden).`,
    );
  });

  it('refuses JSON nested deeper than the parser goes as too deep, in Danish', () => {
    const jsonPath = join(t.dir, 'meeting.json');
    writeFileSync(jsonPath, `${'['.repeat(2_000_000)}${']'.repeat(2_000_000)}`);
    let message = '';
    try {
      readMeetingFile(jsonPath);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/^Filen .* kan ikke importeres/);
    expect(message).not.toMatch(/Maximum call stack/);
  });
});

describe('text stored before the limits is refused at export by name', () => {
  let t: ReturnType<typeof tempApi>;
  let meetingId: number;
  let itemId: number;
  beforeEach(async () => {
    t = tempApi();
    const { committee } = await setUpCommittee(t.api);
    meetingId = (await t.api.invoke('meetings:create', { committeeId: committee.id, date: '2026-12-03' })).id;
    itemId = (await t.api.invoke('items:create', { meetingId, title: 'Kort titel' })).id;
    await t.api.invoke('sections:update', { itemId, key: 'resume', content: paragraphs('Forvaltningen foreslår en cykelsti.') });
  });
  afterEach(() => t.close());
  const number = () => (t.db.prepare('SELECT number FROM items WHERE id = ?').get(itemId) as { number: number }).number;
  const exportNow = () => exportPacket(createContext(t.db, 'test'), { meetingId, document: 'agenda', edition: 'members', outPath: join(t.dir, 'ud.pdf'), printer: noPrinter });

  it('a 1 MB item title put straight into the database (it used to hang the export)', async () => {
    t.db.prepare('UPDATE items SET title = ? WHERE id = ?').run('x'.repeat(1_000_000), itemId);
    const started = performance.now();
    await expect(exportNow()).rejects.toThrow(`Punkt ${number()} »${'x'.repeat(59)}…«: titlen er for lang til at blive trykt (1.000.000 tegn; højst 250).`);
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('a 50 MB section (it used to export with only part of its text)', async () => {
    const words = 'Forvaltningen foreslår at cykelstien anlægges langs Fjordvej ';
    const chunk = words.repeat(Math.ceil(100_000 / words.length)).slice(0, 100_000);
    // Straight into the database, past the API's limit, as an old database could have it.
    const json = JSON.stringify(paragraphs(...Array.from({ length: 500 }, () => chunk)));
    t.db.prepare("UPDATE item_sections SET content = ?, content_version = ? WHERE item_id = ? AND section_key = 'sagsfremstilling'").run(json, CONTENT_VERSION, itemId);
    const heading = (t.db.prepare("SELECT heading FROM item_sections WHERE item_id = ? AND section_key = 'sagsfremstilling'").get(itemId) as { heading: string }).heading;
    await expect(exportNow()).rejects.toThrow(`Punkt ${number()} »Kort titel«: afsnittet ${heading} er for langt til at blive trykt (50.000.000 tegn; højst 200.000).`);
  }, 30_000);
});

describe.skipIf(!systemChromiumAvailable())('an export has all of its text or names the item that lost some', () => {
  let t: ReturnType<typeof tempApi>;
  let meetingId: number;
  let printer: PdfPrinter;
  beforeAll(() => { printer = createChromiumPrinter(); });
  afterAll(() => printer.close());
  beforeEach(async () => {
    t = tempApi();
    const { committee } = await setUpCommittee(t.api);
    meetingId = (await t.api.invoke('meetings:create', { committeeId: committee.id, date: '2026-12-03' })).id;
  });
  afterEach(() => t.close());
  const exportTo = (file: string) => exportPacket(createContext(t.db, 'test'), { meetingId, document: 'agenda', edition: 'members', outPath: join(t.dir, file), printer });

  it('a 20,000-character word (within the limits) is printed whole, broken over lines (Chromium used to keep 113 characters of it)', async () => {
    const item = await t.api.invoke('items:create', { meetingId, title: 'Et meget langt ord' });
    await t.api.invoke('sections:update', { itemId: item.id, key: 'resume', content: doc(paragraph(`Start ${'x'.repeat(20_000)} slut`)) });
    await exportTo('ord.pdf');
    const text = await extractPdfText(new Uint8Array(readFileSync(join(t.dir, 'ord.pdf'))));
    expect(text.ok && (text.text.match(/x/g) ?? []).length).toBe(20_000);
  }, 60_000);

  it('a table wider than the page is refused naming the item, not printed without its right-hand columns', async () => {
    const item = await t.api.invoke('items:create', { meetingId, title: 'Budget i 24 kolonner' });
    const columns = Array.from({ length: 24 }, (_, i) => `Anlægsudgiften${2000 + i}`);
    await t.api.invoke('sections:update', { itemId: item.id, key: 'oekonomi', content: doc(table(columns, [columns])) });
    const number = (t.db.prepare('SELECT number FROM items WHERE id = ?').get(item.id) as { number: number }).number;
    await expect(exportTo('tabel.pdf')).rejects.toThrow(
      new RegExp(`^Dagsordenen er ikke dannet, fordi Chromium ikke fik al teksten med\\. Ret teksten, og prøv igen:\\n- Punkt ${number} »Budget i 24 kolonner«: \\d+ af punktets \\d+ bogstaver og tal kom ikke med i PDF-filen\\.`),
    );
    expect(existsSync(join(t.dir, 'tabel.pdf'))).toBe(false);
  }, 60_000);
});
