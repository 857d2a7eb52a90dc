import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { paragraphs } from '../../../shared/content/content-builders';
import type { Item, PriorDecision } from '../../../shared/domain/entities';
import { buildDocument, type DocumentItem } from '../../../shared/document';
import { PacketDocument } from '../../../electron/export/html/PacketDocument';
import {
  DISSENT_6_O, EXTRACT_9, NOTE_6, protocolItems, protocolMeeting, protocolSource,
} from '../../fixtures/document/protocol-fixture';

const PRIORS: PriorDecision[] = [
  { committeeName: 'Økonomiudvalget', meetingDate: '2026-02-17', text: 'Anbefales.', source: 'recorded', presenceLines: ['Ulrik Dam (V) var fraværende.'] },
  { committeeName: 'Teknik- og Miljøudvalget', meetingDate: '2025-11-04', text: 'Drøftet.\nSagen genoptages i det nye år.', source: 'imported', presenceLines: [] },
];

function withPriors(): Item[] {
  const items = protocolItems();
  items[5]!.priorDecisions = PRIORS;
  return items;
}
const minutes = (items: Item[] = withPriors(), edition: 'members' | 'public' = 'members', houseStyle = protocolSource().houseStyle) =>
  buildDocument(protocolSource(protocolMeeting({ items }), { houseStyle }), { document: 'minutes', edition });

/** The item's decision part in reading order, as the model gives it. */
function printedOrder(item: DocumentItem): string[] {
  const out: string[] = [];
  for (const p of item.priorDecisions) out.push(p.heading, ...p.text.split('\n'), ...p.presenceLines);
  if (item.decision) {
    out.push(item.decision.heading);
    for (const d of item.decision.decisions) {
      out.push(...d.text.split('\n'));
      for (const n of d.notes) out.push(`${n.label}:`, n.text);
    }
    out.push(...item.decision.presenceLines);
  }
  return out;
}

/** The text of the HTML's paragraphs and headings in document order. */
function htmlLines(html: string): string[] {
  return [...html.matchAll(/<(p|h3)[^>]*>(.*?)<\/\1>/g)].map((m) => m[2]!.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#x27;/g, "'"));
}

describe('an item\'s decision part in the minutes', () => {
  const expected = [
    'Teknik- og Miljøudvalget den 4. november 2025:', 'Drøftet.', 'Sagen genoptages i det nye år.',
    'Økonomiudvalget den 17. februar 2026:', 'Anbefales.', 'Ulrik Dam (V) var fraværende.',
    'Erhvervs- og Planudvalget den 10. marts 2026:',
    'Ændringsforslag fra V: For stemte 3 (V). Imod stemte 6 (A, B, F, I, O og Ø). Forslaget faldt.',
    `Anbefalet over for Økonomiudvalget med et flertal bestående af 5 (A, B, F, I og Ø). Imod stemmer 4 (O og V). V stemmer imod, idet V ønsker erhvervsområdet udvidet mod syd. O stemmer imod, idet ${DISSENT_6_O}.`,
    'Protokoltilførsel fra Rikke Holt (Ø):', NOTE_6,
    'Lise Dahl (B) og Karen Holm (C) var fraværende.',
    'Jens Lund (A) forlod mødet under behandlingen af punktet.',
    'Søren Vang (B) deltog som stedfortræder for Lise Dahl (B).',
  ];

  it('prints earlier committees oldest first with their presence lines, then the heading, each decision followed by its notes, then presence', () => {
    expect(printedOrder(minutes().items[5]!)).toEqual(expected);
  });

  it('is laid out in that order by the PDF\'s HTML, with no separate vote or dissent list', () => {
    const model = minutes();
    const html = renderToStaticMarkup(createElement(PacketDocument, { model: { ...model, items: [model.items[5]!] }, css: '', tocPages: null }));
    const lines = htmlLines(html);
    const start = lines.indexOf(expected[0]!);
    expect(lines.slice(start, start + expected.length)).toEqual(expected);
    expect(html).not.toMatch(/Afstemning:|Mindretalsudtalelse/);
  });

  it('prints a note right after its own decision, not after all of the item\'s decisions', () => {
    const items = protocolItems();
    const onPointsOneAndTwo = items[2]!.decisions.find((d) => d.points.includes(1))!;
    onPointsOneAndTwo.notes = [{ id: 1, text: 'A ønsker planen fremlagt i juni.', personIds: [1] }];
    const block = minutes(items).items[2]!.decision!;
    expect(block.decisions.map((d) => [d.text, d.notes.map((n) => `${n.label}: ${n.text}`)])).toEqual([
      ['Ad 1 + 2) Godkendt.', ['Protokoltilførsel fra Anne Lund (A): A ønsker planen fremlagt i juni.']],
      ['Ad 3. Godkendt, idet forvaltningen forelægger en plan for mindreforbruget i juni.', []],
    ]);
  });
});

describe('house style', () => {
  it('writes the decision heading with or without the colon, earlier committees\' too', () => {
    const model = minutes(withPriors(), 'members', { recommendationLead: 'Forvaltningen foreslår, at', decisionHeadingColon: false });
    expect(model.items[5]!.decision!.heading).toBe('Erhvervs- og Planudvalget den 10. marts 2026');
    expect(model.items[5]!.priorDecisions.map((p) => p.heading)).toEqual(['Teknik- og Miljøudvalget den 4. november 2025', 'Økonomiudvalget den 17. februar 2026']);
  });

  it('opens the points with the house style\'s lead, unless the text has its own opening', () => {
    const items = protocolItems();
    const style = { recommendationLead: 'Direktionen indstiller, at', decisionHeadingColon: true };
    const agenda = (its: Item[]) => buildDocument(protocolSource(protocolMeeting({ items: its }), { houseStyle: style }), { document: 'agenda', edition: 'members' });
    expect(agenda(items).items[2]!.sections[0]!.points!.lead).toBe('Direktionen indstiller, at');
    items[2]!.sections = [{ key: 'indstilling', heading: 'Indstilling', content: paragraphs('Direktionen indstiller, at') }];
    expect(agenda(items).items[2]!.sections[0]!.points!.lead).toBeNull();
    items[2]!.sections = [{ key: 'indstilling', heading: 'Indstilling', content: paragraphs('Forvaltningen anbefaler, at') }];
    expect(agenda(items).items[2]!.sections[0]!.points!.lead).toBeNull();
  });
});

describe('closed items in the public minutes', () => {
  it('print the public title and the public extract under the decision heading, nothing else of the item', () => {
    const closed = minutes(protocolItems(), 'public').items[8]!;
    expect(closed).toMatchObject({ title: 'Køb af ejendom', withheldNote: null, sections: [], bilag: [], priorDecisions: [] });
    expect(closed.decision).toEqual({
      heading: 'Erhvervs- og Planudvalget den 10. marts 2026:',
      decisions: [{ decisionIds: [], text: EXTRACT_9, overridden: false, stale: false, notes: [] }],
      presenceLines: [], presenceOverridden: false, presenceStale: false,
    });
    expect(JSON.stringify(closed)).not.toMatch(/Strandvej|Carl Mose|Peter Skov|Enstemmigt/);
  });

  it('without an extract show only the public title and the withheld note', () => {
    const items = protocolItems();
    items[8]!.publicExtract = '  ';
    const closed = minutes(items, 'public').items[8]!;
    expect(closed).toMatchObject({ title: 'Køb af ejendom', decision: null, withheldNote: 'Lukket punkt – indholdet offentliggøres ikke.' });
  });

  it('keep the full decision in the members\' minutes and the extract out of the public agenda', () => {
    expect(minutes(protocolItems(), 'members').items[8]!.decision!.decisions[0]!.text).toBe('Enstemmigt godkendt.');
    const agenda = buildDocument(protocolSource(), { document: 'agenda', edition: 'public' }).items[8]!;
    expect(agenda).toMatchObject({ decision: null, withheldNote: 'Lukket punkt – indholdet offentliggøres ikke.' });
  });
});
