import { describe, expect, it } from 'vitest';
import type { AttachmentInfo, Item, MeetingDetail } from '../../../shared/domain/entities';
import { paragraphs } from '../../../shared/content/content-builders';
import i18next from 'i18next';
import {
  describeRemovalGroup, findCprNumbers, findEmails, findPhoneNumbers, findPlaceholders, findReleaseIssues, groupRemovals, pageRanges,
  type ActiveContentGroup, type ActiveContentRemoval,
} from '../../../shared/logic/release-checks';
import { da } from '../../../renderer/i18n/da';
import { en } from '../../../renderer/i18n/en';

let nextId = 1;
function item(over: Partial<Item> = {}): Item {
  const id = nextId++;
  return {
    id, meetingId: 1, number: id, position: id, title: `Punkt ${id}`, isClosed: false, kind: 'ordinary', publicTitle: null, caseNumber: null, caseTitle: null,
    sections: [{ key: 'indstilling', heading: 'Indstilling', content: paragraphs('Forvaltningen indstiller, at planen godkendes.') }],
    points: [], notices: [], priorDecisions: [], request: null, attachments: [], attendance: [], substitutes: [], decisions: [], publicExtract: null, presenceOverride: null,
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
    kind: 'ordinary', status: 'planned', itemCount: items.length, firstItemNumber: 1, cancelReason: null, agendaVersion: null, agendaSnapshot: null, protocol: { approvalRule: 'all_present', approvals: [], addenda: [], entries: [] }, items, attendance: [], members: [],
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

describe('active content removed from a bilag', () => {
  const js = (page: number, where: ActiveContentRemoval['where'] = 'link'): ActiveContentRemoval => ({ what: 'javascript', where, page });

  it('groups the same kind, place and detail across pages, pages ascending, in order of first occurrence', () => {
    expect(groupRemovals([
      js(3), { what: 'attachment', where: 'page', page: 2, detail: 'a.exe' }, js(1), js(3), js(2, 'page_open'),
      { what: 'attachment', where: 'page', page: 4, detail: 'b.exe' }, { what: 'embedded_file', where: 'document', detail: 'a.exe' },
    ])).toEqual([
      { what: 'javascript', where: 'link', pages: [1, 3] },
      { what: 'attachment', where: 'page', detail: 'a.exe', pages: [2] },
      { what: 'javascript', where: 'page_open', pages: [2] },
      { what: 'attachment', where: 'page', detail: 'b.exe', pages: [4] },
      { what: 'embedded_file', where: 'document', detail: 'a.exe', pages: [] },
    ]);
    expect(pageRanges([1, 2, 3, 4, 6, 7, 9])).toEqual(['1–4', '6', '7', '9']);
  });

  it('warns once per distributed bilag, naming item and bilag and what goes; not for a bilag kept on file', () => {
    const host = item({ title: 'Tilskud til havnefestival' });
    const sent = bilag(host.id, { number: 1, title: 'Ansøgning', sha256: 'aaa' });
    const kept = bilag(host.id, { number: 2, title: 'Regnskab', sha256: 'bbb', distribution: 'on_file' });
    const clean = bilag(host.id, { number: 3, title: 'Budget', sha256: 'ccc' });
    host.attachments = [sent, kept, clean];
    const removals: Record<string, ActiveContentRemoval[]> = {
      aaa: [js(2, 'page_open'), js(3, 'page_open'), { what: 'launch', where: 'link', page: 1 }, { what: 'embedded_file', where: 'document', detail: 'makro.exe' }],
      bbb: [js(1)],
      ccc: [],
    };
    const issues = findReleaseIssues(meeting([host]), () => '', (sha) => removals[sha]);
    expect(issues).toEqual([{
      code: 'bilag_active_content', severity: 'warning', itemId: host.id, attachmentId: sent.id,
      message: `Punkt ${host.number} »Tilskud til havnefestival«: bilag 1 »Ansøgning« har indhold, der fjernes i pakken: `
        + 'JavaScript ved åbning af siderne 2 og 3; link der starter et program på side 1; vedhæftet fil »makro.exe« i dokumentet.',
      removals: groupRemovals(removals.aaa ?? []),
    }]);
  });

  it('shows at most 20 lines and counts the rest', () => {
    const host = item();
    host.attachments = [bilag(host.id, { sha256: 'many' })];
    const many = Array.from({ length: 23 }, (_, i): ActiveContentRemoval => ({ what: 'uri', where: 'link', page: 1, detail: `file:///c/${i}` }));
    const [issue] = findReleaseIssues(meeting([host]), () => '', () => many);
    expect(issue?.removals).toHaveLength(20);
    expect(issue?.moreRemovals).toBe(3);
    expect(issue?.message).toMatch(/link til »file:\/\/\/c\/19« på side 1; og 3 ting mere\.$/);
  });

  it('reads the same in the UI\'s Danish as in the message, and in English', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({ resources: { da: { translation: da }, en: { translation: en } }, lng: 'da', interpolation: { escapeValue: false }, initAsync: false });
    const groups: ActiveContentGroup[] = [
      { what: 'javascript', where: 'page_open', pages: [2] },
      { what: 'launch', where: 'link', pages: [1, 4, 5, 6] },
      { what: 'attachment', where: 'page', detail: 'x.exe', pages: [3] },
      { what: 'uri', where: 'link_chain', detail: 'file:///etc/passwd', pages: [1] },
      { what: 'javascript', where: 'document_open', pages: [] },
    ];
    const lines = (lng: string) => {
      const t = i18n.getFixedT(lng);
      const list = new Intl.ListFormat(lng, { style: 'long', type: 'conjunction' });
      return groups.map((g) => describeRemovalGroup(g, (key, vars) => t(`releaseChecks.activeContent.${key}` as 'releaseChecks.activeContent.intro', vars), (parts) => list.format(parts)));
    };
    expect(lines('da')).toEqual([
      'JavaScript ved åbning af side 2',
      'link der starter et program på siderne 1 og 4–6',
      'vedhæftet fil »x.exe« på side 3',
      'adressen »file:///etc/passwd« efter et link på side 1',
      'JavaScript ved åbning af dokumentet',
    ]);
    expect(lines('en')).toEqual([
      'JavaScript when page 2 opens',
      'link that starts a program on pages 1 and 4–6',
      'attached file “x.exe” on page 3',
      'the address “file:///etc/passwd” after a link on page 1',
      'JavaScript when the document opens',
    ]);
    const host = item();
    host.attachments = [bilag(host.id, { sha256: 's' })];
    const removals: ActiveContentRemoval[] = [{ what: 'launch', where: 'link', page: 1 }, { what: 'launch', where: 'link', page: 4 }, { what: 'launch', where: 'link', page: 5 }, { what: 'launch', where: 'link', page: 6 }];
    expect(findReleaseIssues(meeting([host]), () => '', () => removals)[0]?.message).toContain(lines('da')[1]);
  });
});
