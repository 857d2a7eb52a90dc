import { describe, expect, it } from 'vitest';
import { buildDocument, distributedBilag } from '../../../shared/document';
import { buildSnapshot } from '../../../shared/logic/release-changes';
import { attendanceEntry, fixtureMeeting, fixtureSource } from '../../fixtures/document/meeting-fixture';

describe('the document model', () => {
  it('orders sections by the committee, leaves empty ones out and leads the points once', () => {
    const model = buildDocument(fixtureSource(), { document: 'agenda', edition: 'members' });
    const [first, , last] = model.items;
    expect(first!.sections.map((s) => s.heading)).toEqual(['Resume', 'Indstilling', 'Sagsfremstilling']);
    expect(first!.sections[1]!.points).toEqual({ lead: 'Forvaltningen foreslår, at', points: [{ id: 1, number: 1, text: 'budgetopfølgningen godkendes', authority: 'Beslutningskompetence: Økonomiudvalget' }] });
    // The Indstilling's own text opens the points: no second lead.
    expect(last!.sections[0]!.points?.lead).toBeNull();
    expect(first!.caseLine).toBe('Sagsnr. 26/00398');
  });

  it('shows only the public title of a closed item in the public edition, and none of its bilag', () => {
    const model = buildDocument(fixtureSource(), { document: 'agenda', edition: 'public' });
    const closed = model.items[1]!;
    expect(closed).toMatchObject({ title: 'Køb af ejendom', showContent: false, withheldNote: 'Lukket punkt – indholdet offentliggøres ikke.', outlineTitle: '2. Køb af ejendom (lukket punkt)', bilag: [] });
    expect(JSON.stringify(model)).not.toMatch(/Havnevej|4,2 mio|Fortroligt tilbud/);
    expect(distributedBilag(model).map((b) => b.title)).toEqual(['Notat 11']);
    const members = buildDocument(fixtureSource(), { document: 'agenda', edition: 'members' });
    expect(members.items[1]!.title).toBe('Køb af ejendommen Havnevej 22, Fjordby');
  });

  it('uses "Lukket punkt" when a closed item has no public title', () => {
    const meeting = fixtureMeeting();
    meeting.items[1]!.publicTitle = null;
    expect(buildDocument(fixtureSource(meeting), { document: 'agenda', edition: 'public' }).items[1]!.title).toBe('Lukket punkt');
  });

  it('withholds the text of an item with personal data from the public edition only', () => {
    const source = fixtureSource();
    const options = { withheldItemIds: new Set([1]) };
    const publicItem = buildDocument(source, { document: 'agenda', edition: 'public', ...options }).items[0]!;
    expect(publicItem).toMatchObject({ title: 'Budgetopfølgning', showContent: false, sections: [] });
    expect(publicItem.withheldNote).toMatch(/personoplysninger/);
    expect(buildDocument(source, { document: 'agenda', edition: 'members', ...options }).items[0]!.showContent).toBe(true);
  });

  it('marks drafts and cancelled meetings on the front page and every page', () => {
    const draft = buildDocument(fixtureSource(), { document: 'agenda', edition: 'members' });
    expect(draft).toMatchObject({ state: 'draft', pageMark: 'Udkast', title: 'Udkast: Dagsorden – Økonomiudvalget 2. december 2026' });
    expect(draft.front.notice).toBe('Udkast – dagsordenen er ikke udsendt.');
    const cancelled = buildDocument(fixtureSource(fixtureMeeting({ status: 'cancelled', cancelReason: 'Formanden er syg' })), { document: 'minutes', edition: 'public' });
    expect(cancelled).toMatchObject({ state: 'cancelled', pageMark: 'Mødet er aflyst', items: [], signatureSheet: null });
    expect(cancelled.front.notice).toBe('Mødet er aflyst: Formanden er syg');
    const released = buildDocument(fixtureSource(fixtureMeeting({ status: 'agenda_released' })), { document: 'agenda', edition: 'members' });
    expect(released).toMatchObject({ state: 'final', pageMark: null });
  });

  it('marks the items changed since the release, on the page and in the bookmark', () => {
    const before = fixtureMeeting({ status: 'agenda_released' });
    const snapshot = buildSnapshot(before);
    const after = fixtureMeeting({ status: 'agenda_released', agendaSnapshot: snapshot });
    after.items[0]!.title = 'Budgetopfølgning pr. 31. oktober';
    after.items[1]!.publicTitle = 'Køb af en ejendom';
    const model = buildDocument(fixtureSource(after), { document: 'agenda', edition: 'members' });
    expect(model.items.map((i) => i.changedSinceRelease)).toEqual([true, true, false]);
    expect(model.items[0]!.outlineTitle).toBe('1. Budgetopfølgning pr. 31. oktober – ændret siden udsendelse');
    expect(model.state).toBe('draft');
  });

  it('writes the decision block with the absence and § 14 lines the minutes use', () => {
    const meeting = fixtureMeeting({
      status: 'held',
      attendance: [attendanceEntry(1), attendanceEntry(2, { status: 'apologies' })],
    });
    meeting.items[0]!.decisions = [{ id: 1, points: [1], outcome: 'approved', outcomeBody: null, remark: '', rounds: [], notes: [], override: null }];
    meeting.items[0]!.attendance = [{ personId: 1, kind: 'disqualified', reason: 'ejer en nabogrund' }];
    const block = buildDocument(fixtureSource(meeting), { document: 'minutes', edition: 'members' }).items[0]!.decision!;
    expect(block.heading).toBe('Økonomiudvalget den 2. december 2026:');
    expect(block.decisions).toEqual([{ decisionIds: [1], text: 'Ad 1. Godkendt.', overridden: false, stale: false, notes: [] }]);
    // Changed deliberately (issue 11): the § 14 reason stays in the data and is no longer printed.
    expect(block.presenceLines).toEqual([
      'Mads Kjær (V) var fraværende.',
      'Karen Holm (A) deltog ikke i behandlingen af punktet på grund af inhabilitet.',
    ]);
  });
});
