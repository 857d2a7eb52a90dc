import { describe, expect, it } from 'vitest';
import type { AttachmentInfo, Item, MeetingDetail } from '../../../shared/domain/entities';
import { paragraphs } from '../../../shared/content/content-builders';
import { findCprNumbers, findEmails, findPhoneNumbers, findPlaceholders, findReleaseIssues } from '../../../shared/logic/release-checks';

let nextId = 1;
function item(over: Partial<Item> = {}): Item {
  const id = nextId++;
  return {
    id, meetingId: 1, number: id, position: id, title: `Punkt ${id}`, isClosed: false, kind: 'ordinary', caseNumber: null, caseTitle: null,
    sections: [{ key: 'indstilling', heading: 'Indstilling', content: paragraphs('Forvaltningen indstiller, at planen godkendes.') }],
    points: [], notices: [], priorDecisions: [], request: null, attachments: [], attendance: [], decisions: [], protocolNotes: [],
    ...over,
  };
}
function bilag(itemId: number, over: Partial<AttachmentInfo> = {}): AttachmentInfo {
  const id = nextId++;
  return {
    id, itemId, number: 1, title: 'Notat', fileName: 'notat.pdf', mediaType: 'application/pdf', sha256: 'x', size: 1,
    distribution: 'distributed', isClosed: false, pageCount: 1, ...over,
  };
}
function meeting(items: Item[]): MeetingDetail {
  return {
    id: 1, committeeId: 1, committeeName: 'Økonomiudvalget', date: '2026-12-01', startTime: null, endTime: null, place: null,
    kind: 'ordinary', status: 'planned', itemCount: items.length, firstItemNumber: 1, items, attendance: [], members: [],
  };
}
const withText = (key: string, heading: string, ...text: string[]) => ({ key, heading, content: paragraphs(...text) });
const matched = (text: string, hits: { index: number; length: number }[]) => hits.map((h) => text.slice(h.index, h.index + h.length));

describe('findReleaseIssues', () => {
  it('passes a clean agenda', () => {
    expect(findReleaseIssues(meeting([item()]), () => '')).toEqual([]);
  });

  it('flags an ordinary item without Indstilling text or points, but not other kinds', () => {
    const bare = item({ title: 'Budget 2027', sections: [withText('indstilling', 'Indstilling')] });
    const issues = findReleaseIssues(meeting([bare, item({ kind: 'any_other_business', sections: [] }), item({ sections: [], points: [{ id: 1, number: 1, text: 'at godkende', decisionAuthority: null }] })]), () => '');
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'missing_recommendation', severity: 'error', itemId: bare.id, sectionKey: 'indstilling' });
    expect(issues[0]!.message).toContain(`Punkt ${bare.number} »Budget 2027«`);
  });

  it('flags "(bilag)" and "vedlagte" when the item has no bilag', () => {
    const a = item({ sections: [...item().sections, withText('sagsfremstilling', 'Sagsfremstilling', 'Se oversigten (bilag).')] });
    const b = item({ sections: [...item().sections, withText('resume', 'Resume', 'Den Vedlagte plan beskriver forløbet.')] });
    const c = item({ sections: [...item().sections, withText('resume', 'Resume', 'Den vedlagte plan.')] });
    c.attachments = [bilag(c.id)];
    const d = item({ sections: [...item().sections, withText('resume', 'Resume', 'Planen er uvedlagtbar og vedlagthed ikke.')] });
    const issues = findReleaseIssues(meeting([a, b, c, d]), () => '');
    expect(issues.map((i) => [i.code, i.itemId, i.sectionKey])).toEqual([
      ['bilag_mentioned_without_bilag', a.id, 'sagsfremstilling'],
      ['bilag_mentioned_without_bilag', b.id, 'resume'],
    ]);
    expect(issues[0]!.message).toContain('afsnittet »Sagsfremstilling«');
    expect(issues[0]!.excerpt).toContain('(bilag)');
  });

  it('flags placeholders in sections, points, notices and the request', () => {
    const a = item({
      title: 'Anlæg [indsæt navn]',
      sections: [withText('indstilling', 'Indstilling', 'Udgiften er X mio. kr. i [Udfyld år].'), withText('oekonomi', 'Økonomi', 'Beløbet er XX.XXX kr. og xx.xxx kr. og XX.')],
      points: [{ id: 1, number: 1, text: 'at bevilge X kr. [tilføj konto]', decisionAuthority: null }],
      notices: [{ id: 1, title: 'Status', content: paragraphs('Stigning på X pct.') }],
      request: { personId: 1, personName: 'A', requestedOn: '2026-11-01', text: 'Jeg ønsker [indsæt emne] drøftet.' },
    });
    const issues = findReleaseIssues(meeting([a]), () => '').filter((i) => i.code === 'placeholder');
    const words = issues.map((i) => /pladsholder »(.*?)«/.exec(i.message)?.[1]);
    expect(words).toEqual(['[indsæt navn]', 'X mio. kr.', '[Udfyld år]', 'XX.XXX', 'xx.xxx', 'XX', 'X kr.', '[tilføj konto]', 'X pct.', '[indsæt emne]']);
    expect(issues.every((i) => i.severity === 'error')).toBe(true);
    expect(issues[1]).toMatchObject({ sectionKey: 'indstilling' });
    expect(issues[1]!.excerpt).toBe('Udgiften er X mio. kr. i [Udfyld år].');
  });

  it('does not take quotation marks, roman-like words or plain brackets for placeholders', () => {
    const text = 'Loven siger: "[…] kommunen skal". Se [note 2]. XXL-udgaven. Boks nr. X. 7.462.000 kr. Taxi kr. 200.';
    expect(findPlaceholders(text)).toEqual([]);
  });

  it('asks about a closed bilag on an open item, not on a closed item', () => {
    const open = item();
    open.attachments = [bilag(open.id, { isClosed: true, title: 'Tilbudsliste', number: 2 })];
    const closed = item({ isClosed: true });
    closed.attachments = [bilag(closed.id, { isClosed: true })];
    const issues = findReleaseIssues(meeting([open, closed]), () => '');
    expect(issues).toEqual([expect.objectContaining({ code: 'closed_bilag_on_open_item', severity: 'question', attachmentId: open.attachments[0]!.id })]);
    expect(issues[0]!.message).toContain('bilag 2 »Tilbudsliste«');
    expect(issues[0]!.message).toContain('Er det tilsigtet?');
  });

  it('finds personal data in open items and open bilag only', () => {
    const open = item({ sections: [...item().sections, withText('sagsfremstilling', 'Sagsfremstilling', 'Kontakt Jens på jens.hansen@kommune.dk eller 23 45 67 89. CPR 010190-1234.')] });
    const openBilag = bilag(open.id, { title: 'Høringssvar' });
    const closedBilag = bilag(open.id, { isClosed: true, number: 2 });
    open.attachments = [openBilag, closedBilag];
    const closedItem = item({ isClosed: true, sections: [...item().sections, withText('sagsfremstilling', 'Sagsfremstilling', 'borger@example.com 23456789')] });
    const texts: Record<number, string> = { [openBilag.id]: 'Svar fra anne@firma.dk', [closedBilag.id]: 'skjult@firma.dk' };
    const issues = findReleaseIssues(meeting([open, closedItem]), (id) => texts[id] ?? '');
    const personal = issues.filter((i) => ['email', 'phone', 'cpr'].includes(i.code));
    expect(personal.map((i) => [i.code, i.itemId, i.attachmentId ?? null])).toEqual([
      ['cpr', open.id, null], ['email', open.id, null], ['phone', open.id, null], ['email', open.id, openBilag.id],
    ]);
    expect(personal[3]!.message).toContain('bilag 1 »Høringssvar«');
    expect(personal[3]!.excerpt).toBe('Svar fra anne@firma.dk');
    expect(issues.some((i) => i.code === 'closed_bilag_on_open_item')).toBe(true);
  });
});

describe('phone numbers', () => {
  it('finds the usual Danish forms', () => {
    const text = 'Ring 23456789, 23 45 67 89, 2345 6789, +45 23 45 67 89, +4523456789 eller 0045 2345 6789.';
    expect(matched(text, findPhoneNumbers(text))).toEqual(['23456789', '23 45 67 89', '2345 6789', '+45 23 45 67 89', '+4523456789', '0045 2345 6789']);
  });

  it('ignores amounts, dates, case numbers, years and CPR numbers', () => {
    const text = [
      'Udgiften er 7.462.000 kr. og 0,6 mio. kr., i alt 12345678 kr. og 2345 6789 kr.',
      'Mødet den 24-01-2012 kl. 15.00 og 24.01.2012, sag 26/04411, journalnr. 82.00.00-G01-11-25.',
      'Budget 2025 2026 og årene 2024-2027 samt 20260124.',
      'Et konto 1234-12345678, et cpr 0101901234 og 010190-1234, EAN 5798000123456.',
      'Der er 45678901 m² og 34567890 indbyggere. Tal 12 345 678.',
    ].join('\n');
    expect(matched(text, findPhoneNumbers(text))).toEqual([]);
  });
});

describe('CPR numbers', () => {
  it('finds numbers that start with a real date, with or without the dash', () => {
    const text = 'Borger 010190-1234 og 2902921234 og 311299-4321.';
    expect(matched(text, findCprNumbers(text))).toEqual(['010190-1234', '2902921234', '311299-4321']);
  });

  it('ignores numbers whose first six digits are no date, and amounts, case numbers and years', () => {
    const text = 'Nr. 321390-1234, 3002901234, 7.462.000.000 kr., 1.234.567.890, sag 26/0441112345, 2012-2013, telefon 23456789, 12345678901.';
    expect(matched(text, findCprNumbers(text))).toEqual([]);
  });
});

describe('e-mail addresses', () => {
  it('finds addresses, also with Danish letters, and not at-signs alone', () => {
    const text = 'Skriv til søren.ølholm@kommune.dk, post@by.gov.dk eller @kommune på X. Mødet er @ rådhuset.';
    expect(matched(text, findEmails(text))).toEqual(['søren.ølholm@kommune.dk', 'post@by.gov.dk']);
  });
});
