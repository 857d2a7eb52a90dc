import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { forceMeetingStatus } from '../../helpers/meeting-status';
import { tempApi } from '../../helpers/temp-db';
import { setUpCommittee } from './committee-setup';
import { paragraphs } from '../../../shared/content/content-builders';

let t: ReturnType<typeof tempApi>;
beforeEach(() => { t = tempApi(); });
afterEach(() => t.close());

describe('the API envelope', () => {
  it('returns a Danish validation message naming the field, and changes nothing', async () => {
    const result = await t.api.call('parties:create', { letter: '', name: 'Uden bogstav' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid_input');
    expect(result.error.message).toMatch(/letter: Partibogstavet må ikke være tomt/);
    expect(await t.api.invoke('parties:list', {})).toEqual([]);
  });

  it('translates zod type errors to Danish', async () => {
    const result = await t.api.call('meetings:create', { committeeId: 'tre', date: '2026-02-30' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/committeeId: Ugyldigt input|committeeId: .*forventede/i);
    if (!result.ok) expect(result.error.message).toMatch(/date: Datoen findes ikke i kalenderen/);
  });

  it('refuses unknown methods', async () => {
    expect(await t.api.call('drop:everything', {})).toEqual({ ok: false, error: { code: 'unknown_method', message: 'Ukendt funktion: drop:everything' } });
  });

  it('hides unexpected errors behind a generic Danish message', async () => {
    t.db.exec('DROP TABLE audit_log');
    const result = await t.api.call('parties:create', { letter: 'A', name: 'Socialdemokratiet' });
    expect(result).toMatchObject({ ok: false, error: { code: 'unexpected', message: expect.stringMatching(/uventet fejl.*Intet er ændret/) } });
  });
});

describe('committees and meetings', () => {
  it('creates a meeting from the committee template with standard items in place', async () => {
    const { committee } = await setUpCommittee(t.api);
    const meeting = await t.api.invoke('meetings:create', { committeeId: committee.id, date: '2026-12-03' });
    expect(meeting.place).toBe('Byrådssalen');
    expect(meeting.startTime).toBe('16:00');
    expect(meeting.items.map((i) => `${i.number}. ${i.title}`)).toEqual(['1. Godkendelse af dagsorden', '2. Meddelelser', '3. Eventuelt']);
    expect(meeting.members).toHaveLength(8);

    const item = await t.api.invoke('items:create', { meetingId: meeting.id, title: 'Ny cykelsti langs Fjordvej', caseNumber: '26/00042' });
    expect(item.number).toBe(3);
    expect(item.sections.map((s) => s.heading)).toEqual(['Resume', 'Indstilling', 'Sagsfremstilling', 'Lovgrundlag', 'Økonomi', 'Beslutningskompetence', 'Kommunikation', 'Høring']);
    const after = await t.api.invoke('meetings:get', { id: meeting.id });
    expect(after.items.map((i) => i.title)).toEqual(['Godkendelse af dagsorden', 'Meddelelser', 'Ny cykelsti langs Fjordvej', 'Eventuelt']);
  });

  it('moves and deletes items with automatic renumbering', async () => {
    const { committee } = await setUpCommittee(t.api);
    const meeting = await t.api.invoke('meetings:create', { committeeId: committee.id, date: '2026-12-03', firstItemNumber: 10 });
    const moved = await t.api.invoke('items:move', { id: meeting.items[2]!.id, toIndex: 0 });
    const titles = new Map(meeting.items.map((i) => [i.id, i.title]));
    expect(moved.map((i) => `${i.number} ${titles.get(i.id)}`)).toEqual(['10 Eventuelt', '11 Godkendelse af dagsorden', '12 Meddelelser']);
    await t.api.invoke('items:delete', { id: moved[1]!.id });
    const after = await t.api.invoke('meetings:get', { id: meeting.id });
    expect(after.items.map((i) => `${i.number} ${i.title}`)).toEqual(['10 Eventuelt', '11 Meddelelser']);
  });

  it('saves structured section text and validates it', async () => {
    const { committee } = await setUpCommittee(t.api);
    const meeting = await t.api.invoke('meetings:create', { committeeId: committee.id, date: '2026-12-03' });
    const item = await t.api.invoke('items:create', { meetingId: meeting.id, title: 'Budget' });
    const saved = await t.api.invoke('sections:update', { itemId: item.id, key: 'oekonomi', content: paragraphs('Udgiften er 7.462.000 kr.') });
    expect(saved.sections.find((s) => s.key === 'oekonomi')?.content).toEqual(paragraphs('Udgiften er 7.462.000 kr.'));
    const bad = await t.api.call('sections:update', { itemId: item.id, key: 'oekonomi', content: { type: 'doc', content: [{ type: 'script' }] } });
    expect(bad.ok).toBe(false);
  });

  it('records every change in the audit log with actor and time', async () => {
    await t.api.invoke('parties:create', { letter: 'B', name: 'Radikale Venstre' });
    const log = await t.api.invoke('audit:list', {});
    expect(log[0]).toMatchObject({ actor: 'test', action: 'create', entity: 'party', at: '2026-11-22T10:00:00.000Z' });
  });
});

describe('attendance and votes', () => {
  async function heldMeeting() {
    const setup = await setUpCommittee(t.api);
    const meeting = await t.api.invoke('meetings:create', { committeeId: setup.committee.id, date: '2026-12-03' });
    const item = await t.api.invoke('items:create', { meetingId: meeting.id, title: 'Lokalplan for Havnefronten' });
    await t.api.invoke('points:set', { itemId: item.id, points: [{ text: 'lokalplanen vedtages', decisionAuthority: 'Kommunalbestyrelsen' }] });
    forceMeetingStatus(t.db, meeting.id, 'agenda_released');
    const [aase, bjoern, soeren, henrik, frida, gustav, ida, jens] = setup.people;
    await t.api.invoke('attendance:set', {
      meetingId: meeting.id,
      entries: [
        ...[aase!, soeren!, henrik!, frida!, gustav!, ida!].map((p) => ({ personId: p.id, status: 'present' as const })),
        { personId: bjoern!.id, status: 'apologies' }, { personId: jens!.id, status: 'present', substituteForPersonId: bjoern!.id },
      ],
    });
    return { ...setup, meeting, item };
  }

  it('accepts a split vote by party from members present', async () => {
    const { item, parties } = await heldMeeting();
    const saved = await t.api.invoke('decisions:set', {
      itemId: item.id,
      decisions: [{ points: [1], outcome: 'recommended', rounds: [{ votes: [
        { partyId: parties.a.id, choice: 'for', count: 2 }, { partyId: parties.f.id, choice: 'for', count: 2 },
        { partyId: parties.v.id, choice: 'against', count: 2 }, { partyId: parties.o.id, choice: 'abstain', count: 1 },
      ] }] }],
    });
    expect(saved.decisions[0]).toMatchObject({ points: [1], outcome: 'recommended', remark: '' });
    expect(saved.decisions[0]!.rounds[0]!.votes).toHaveLength(4);
  });

  it('refuses a vote from a member who sent apologies, and more votes than a party has present', async () => {
    const { item, people, parties } = await heldMeeting();
    await expect(t.api.invoke('decisions:set', { itemId: item.id, decisions: [{ outcome: 'approved', rounds: [{ votes: [{ personId: people[1]!.id, choice: 'for' }] }] }] }))
      .rejects.toThrow(/Bjørn Kærgaard \(A\) er ikke til stede/);
    await expect(t.api.invoke('decisions:set', { itemId: item.id, decisions: [{ outcome: 'approved', rounds: [{ votes: [{ partyId: parties.v.id, choice: 'for', count: 3 }] }] }] }))
      .rejects.toThrow(/Parti V/);
  });

  it('refuses a vote from a disqualified member', async () => {
    const { item, people } = await heldMeeting();
    await t.api.invoke('itemAttendance:set', { itemId: item.id, entries: [{ personId: people[2]!.id, kind: 'disqualified', reason: 'Ejer en grund i området' }] });
    await expect(t.api.invoke('decisions:set', { itemId: item.id, decisions: [{ outcome: 'approved', rounds: [{ votes: [{ personId: people[2]!.id, choice: 'for' }] }] }] }))
      .rejects.toThrow(/inhabil/);
    const unchanged = await t.api.invoke('meetings:get', { id: item.meetingId });
    expect(unchanged.items.find((i) => i.id === item.id)!.decisions).toEqual([]);
  });
});

describe('integrity check', () => {
  it('reports section text that no longer matches the content model', async () => {
    const { committee } = await setUpCommittee(t.api);
    const meeting = await t.api.invoke('meetings:create', { committeeId: committee.id, date: '2026-12-03' });
    const item = await t.api.invoke('items:create', { meetingId: meeting.id, title: 'Budget' });
    expect((await t.api.invoke('system:integrityCheck', {})).ok).toBe(true);
    t.db.prepare("UPDATE item_sections SET content = '{\"type\":\"doc\",\"content\":[{\"type\":\"script\"}]}' WHERE item_id = ? AND section_key = 'resume'").run(item.id);
    const report = await t.api.invoke('system:integrityCheck', {});
    expect(report.ok).toBe(false);
    expect(report.messages).toContain('Teksten "Resume" i punkt 3 (Budget) passer ikke til indholdsmodellen.');
  });
});
