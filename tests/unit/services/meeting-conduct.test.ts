import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { forceMeetingStatus } from '../../helpers/meeting-status';
import { tempApi } from '../../helpers/temp-db';
import { setUpCommittee } from './committee-setup';

let t: ReturnType<typeof tempApi>;
beforeEach(() => { t = tempApi(); });
afterEach(() => t.close());

/** A released meeting with two items; everybody present except Bjørn (A), whose seat Jens (A) takes. */
async function conducted() {
  const setup = await setUpCommittee(t.api);
  const meeting = await t.api.invoke('meetings:create', { committeeId: setup.committee.id, date: '2026-11-20' });
  const first = await t.api.invoke('items:create', { meetingId: meeting.id, title: 'Lokalplan for Havnefronten' });
  const second = await t.api.invoke('items:create', { meetingId: meeting.id, title: 'Budget 2027' });
  await t.api.invoke('points:set', { itemId: first.id, points: [{ text: 'lokalplanen vedtages' }, { text: 'kommuneplantillægget vedtages' }] });
  forceMeetingStatus(t.db, meeting.id, 'agenda_released');
  const [aase, bjoern, soeren, henrik, frida, gustav, ida, jens] = setup.people;
  await t.api.invoke('attendance:set', {
    meetingId: meeting.id,
    entries: [
      ...[aase!, soeren!, henrik!, frida!, gustav!].map((p) => ({ personId: p.id, status: 'present' as const })),
      // Ida (Ø) came late: present from the second item on.
      { personId: ida!.id, status: 'present', arrivedBeforeItemId: second.id },
      { personId: bjoern!.id, status: 'apologies', note: 'Sygdom' }, { personId: jens!.id, status: 'present', substituteForPersonId: bjoern!.id },
    ],
  });
  return { ...setup, meeting, first, second, who: { aase: aase!, bjoern: bjoern!, soeren: soeren!, henrik: henrik!, frida: frida!, gustav: gustav!, ida: ida!, jens: jens! } };
}

describe('decisions and votes', () => {
  it('keeps one decision for points 1 and 2 with an ordered amendment and the vote on the recommendation', async () => {
    const s = await conducted();
    const saved = await t.api.invoke('decisions:set', {
      itemId: s.first.id,
      decisions: [{
        points: [2, 1], outcome: 'approved',
        rounds: [
          { subject: 'Ændringsforslag fra V', votes: [{ partyId: s.parties.v.id, choice: 'for', count: 2 }, { partyId: s.parties.a.id, choice: 'against', count: 2 }, { partyId: s.parties.f.id, choice: 'against', count: 2 }] },
          { votes: [{ partyId: s.parties.a.id, choice: 'for', count: 2 }, { partyId: s.parties.f.id, choice: 'for', count: 2 }, { partyId: s.parties.v.id, choice: 'against', count: 2 }],
            dissents: [{ partyId: s.parties.v.id, text: 'V ønsker færre boliger ved havnen.' }] },
        ],
      }],
    });
    expect(saved.decisions).toHaveLength(1);
    expect(saved.decisions[0]).toMatchObject({ points: [1, 2], outcome: 'approved' });
    expect(saved.decisions[0]!.rounds.map((r) => r.subject)).toEqual(['Ændringsforslag fra V', null]);
    expect(saved.decisions[0]!.rounds[1]!.dissents).toMatchObject([{ partyId: s.parties.v.id, text: 'V ønsker færre boliger ved havnen.' }]);
  });

  it('refuses a dissent from the majority and on a unanimous decision, with the rule in the message', async () => {
    const s = await conducted();
    const votes = [{ partyId: s.parties.a.id, choice: 'for' as const, count: 2 }, { partyId: s.parties.f.id, choice: 'for' as const, count: 2 }, { partyId: s.parties.v.id, choice: 'against' as const, count: 2 }];
    await expect(t.api.invoke('decisions:set', { itemId: s.second.id, decisions: [{ outcome: 'approved', rounds: [{ votes, dissents: [{ partyId: s.parties.a.id, text: 'Vi er enige.' }] }] }] }))
      .rejects.toThrow(/Parti A er ikke i mindretallet.*§ 13, stk\. 2/);
    await expect(t.api.invoke('decisions:set', { itemId: s.second.id, decisions: [{ outcome: 'approved', rounds: [{ votes, dissents: [{ personIds: [s.who.aase.id], text: 'Imod.' }] }] }] }))
      .rejects.toThrow(/Åse Møller \(A\) er ikke i mindretallet/);
    await expect(t.api.invoke('decisions:set', { itemId: s.second.id, decisions: [{ outcome: 'approved', rounds: [{ mode: 'unanimous', dissents: [{ partyId: s.parties.v.id, text: 'Imod.' }] }] }] }))
      .rejects.toThrow(/enstemmigt/);
    const ok = await t.api.invoke('decisions:set', { itemId: s.second.id, decisions: [{ outcome: 'approved', rounds: [{ votes, dissents: [{ personIds: [s.who.soeren.id, s.who.henrik.id], text: 'V ønsker lavere skat.' }] }] }] });
    expect(ok.decisions[0]!.rounds[0]!.dissents[0]!.personIds.sort()).toEqual([s.who.soeren.id, s.who.henrik.id].sort());
  });

  it('refuses a point decided twice, an unknown point and a note from a member who was not there', async () => {
    const s = await conducted();
    await expect(t.api.invoke('decisions:set', { itemId: s.first.id, decisions: [{ points: [1], outcome: 'approved' }, { points: [1, 2], outcome: 'noted' }] }))
      .rejects.toThrow(/indstillingspunkt 1 har allerede en beslutning/);
    await expect(t.api.invoke('decisions:set', { itemId: s.first.id, decisions: [{ points: [3], outcome: 'approved' }] })).rejects.toThrow(/intet indstillingspunkt 3/);
    // Ida came before the second item: not there for the first.
    await expect(t.api.invoke('decisions:set', { itemId: s.first.id, decisions: [{ outcome: 'approved', notes: [{ personIds: [s.who.ida.id], text: 'Til protokols.' }] }] }))
      .rejects.toThrow(/Ida Østergård \(Ø\) deltog ikke i behandlingen/);
    await expect(t.api.call('decisions:set', { itemId: s.first.id, decisions: [{ outcome: 'referred' }] })).resolves.toMatchObject({ ok: false });
  });
});

describe('presence', () => {
  it('counts a late arrival from the item they came before, and refuses their vote on earlier items', async () => {
    const s = await conducted();
    await expect(t.api.invoke('decisions:set', { itemId: s.first.id, decisions: [{ outcome: 'approved', rounds: [{ votes: [{ personId: s.who.ida.id, choice: 'for' }] }] }] }))
      .rejects.toThrow(/Ida Østergård \(Ø\) er ikke til stede/);
    const second = await t.api.invoke('decisions:set', { itemId: s.second.id, decisions: [{ outcome: 'approved', rounds: [{ votes: [{ personId: s.who.ida.id, choice: 'for' }] }] }] });
    expect(second.decisions[0]!.rounds[0]!.votes).toHaveLength(1);
  });

  it('lets a substitute for one item vote for a disqualified member, not for one who takes part', async () => {
    const s = await conducted();
    const outsider = await t.api.invoke('people:create', { name: 'Lone Vestergaard', partyId: s.parties.f.id });
    await expect(t.api.invoke('itemAttendance:set', { itemId: s.first.id, entries: [], substitutes: [{ personId: outsider.id, forPersonId: s.who.frida.id }] }))
      .rejects.toThrow(/Frida Æbelø deltager selv i behandlingen/);
    const item = await t.api.invoke('itemAttendance:set', {
      itemId: s.first.id,
      entries: [{ personId: s.who.frida.id, kind: 'disqualified', reason: 'Ejer en grund i området' }],
      substitutes: [{ personId: outsider.id, forPersonId: s.who.frida.id }],
    });
    expect(item.substitutes).toEqual([{ personId: outsider.id, forPersonId: s.who.frida.id }]);
    const voted = await t.api.invoke('decisions:set', { itemId: s.first.id, decisions: [{ outcome: 'approved', rounds: [{ votes: [{ personId: outsider.id, choice: 'for' }] }] }] });
    expect(voted.decisions[0]!.rounds[0]!.votes[0]!.personId).toBe(outsider.id);
    await expect(t.api.invoke('decisions:set', { itemId: s.first.id, decisions: [{ outcome: 'approved', rounds: [{ votes: [{ personId: s.who.frida.id, choice: 'for' }] }] }] }))
      .rejects.toThrow(/inhabil/);
  });

  it('refuses leaving before arriving, and coming late when not present', async () => {
    const s = await conducted();
    await expect(t.api.invoke('attendance:set', { meetingId: s.meeting.id, entries: [{ personId: s.who.aase.id, status: 'present', arrivedBeforeItemId: s.second.id, leftAfterItemId: s.first.id }] }))
      .rejects.toThrow(/kan ikke gå, før/);
    await expect(t.api.invoke('attendance:set', { meetingId: s.meeting.id, entries: [{ personId: s.who.aase.id, status: 'apologies', arrivedBeforeItemId: s.second.id }] }))
      .rejects.toThrow(/ikke til stede og kan derfor ikke komme eller gå/);
  });
});

describe('the record around the decisions', () => {
  it('keeps a public extract and hand-written presence lines, and the house style', async () => {
    const s = await conducted();
    const item = await t.api.invoke('itemRecord:update', { itemId: s.second.id, publicExtract: 'Udvalget godkendte budgettet.', presenceOverride: { text: 'Alle var til stede.', basis: 'Bjørn Kærgaard (A) var fraværende.' } });
    expect(item).toMatchObject({ publicExtract: 'Udvalget godkendte budgettet.', presenceOverride: { text: 'Alle var til stede.' } });
    expect(await t.api.invoke('houseStyle:get', {})).toEqual({ recommendationLead: 'Forvaltningen foreslår, at', decisionHeadingColon: true });
    expect(await t.api.invoke('houseStyle:update', { recommendationLead: 'Direktionen indstiller, at', decisionHeadingColon: false })).toEqual({ recommendationLead: 'Direktionen indstiller, at', decisionHeadingColon: false });
  });

  it('forwards a recommended case to the next meeting of the committee it is recommended to, with this decision above', async () => {
    const s = await conducted();
    const oekonomi = await t.api.invoke('committees:create', { name: 'Økonomiudvalget', kind: 'oekonomiudvalg' });
    await t.api.invoke('decisions:set', { itemId: s.first.id, decisions: [{ outcome: 'recommended', outcomeBody: 'Økonomiudvalget', rounds: [{ mode: 'unanimous' }] }] });
    await expect(t.api.invoke('items:forward', { itemId: s.first.id, committeeId: oekonomi.id })).rejects.toThrow(/Økonomiudvalget har intet planlagt møde efter 20\. november 2026/);
    const next = await t.api.invoke('meetings:create', { committeeId: oekonomi.id, date: '2026-12-09' });
    const { item, meetingId } = await t.api.invoke('items:forward', { itemId: s.first.id, committeeId: oekonomi.id });
    expect(meetingId).toBe(next.id);
    expect(item).toMatchObject({ title: 'Lokalplan for Havnefronten', meetingId: next.id });
    expect(item.points.map((p) => p.text)).toEqual(['lokalplanen vedtages', 'kommuneplantillægget vedtages']);
    expect(item.priorDecisions).toMatchObject([{ committeeName: 'Teknik- og Miljøudvalget', meetingDate: '2026-11-20', source: 'recorded' }]);
    expect(item.priorDecisions[0]!.text).toMatch(/nbefal.*Økonomiudvalget/);
    expect(item.priorDecisions[0]!.presenceLines.join(' ')).toContain('Bjørn Kærgaard (A)');
  });
});

describe('the minutes checks', () => {
  it('names an item without a decision, a closed item without a public extract, a decision without quorum and a stale hand-written text', async () => {
    const s = await conducted();
    const closed = await t.api.invoke('items:create', { meetingId: s.meeting.id, title: 'Salg af grund ved Fjordvej' });
    await t.api.invoke('items:update', { id: closed.id, isClosed: true, publicTitle: 'Salg af grund' });
    await t.api.invoke('decisions:set', { itemId: closed.id, decisions: [{ outcome: 'approved' }] });
    await t.api.invoke('decisions:set', { itemId: s.first.id, decisions: [{ outcome: 'approved', override: { text: 'Godkendt efter en længere drøftelse.', basis: 'Godkendt.' } }] });
    // The standing items (Godkendelse af dagsorden, Meddelelser, Eventuelt) are decided.
    const standing = (await t.api.invoke('meetings:get', { id: s.meeting.id })).items.filter((i) => ![s.first.id, s.second.id, closed.id].includes(i.id));
    for (const item of standing) await t.api.invoke('decisions:set', { itemId: item.id, decisions: [{ outcome: 'noted' }] });
    const codes = async () => (await t.api.invoke('meetings:protocolChecks', { id: s.meeting.id })).map((i) => `${i.code} ${i.message}`);

    expect(await codes()).toEqual([
      'missing_decision Punkt 4 »Budget 2027« har ingen beslutning.',
      'closed_without_extract Punkt 5 »Salg af grund ved Fjordvej« er lukket og har intet offentligt uddrag af beslutningen: den offentlige protokol viser kun punktets offentlige titel.',
    ]);

    // The vote under the hand-written text changes: the text is flagged. Five members are absent from item 4: no quorum.
    await t.api.invoke('decisions:set', { itemId: s.first.id, decisions: [{ outcome: 'approved', rounds: [{ mode: 'unanimous' }], override: { text: 'Godkendt efter en længere drøftelse.', basis: 'Godkendt.' } }] });
    await t.api.invoke('itemRecord:update', { itemId: closed.id, publicExtract: 'Udvalget godkendte salget.' });
    await t.api.invoke('itemAttendance:set', { itemId: s.second.id, entries: [s.who.aase, s.who.soeren, s.who.henrik, s.who.frida, s.who.gustav].map((p) => ({ personId: p.id, kind: 'absent' as const })) });
    await t.api.invoke('decisions:set', { itemId: s.second.id, decisions: [{ outcome: 'noted' }] });
    const after = await codes();
    expect(after[0]).toBe('stale_override Punkt 3 »Lokalplan for Havnefronten«: den skrevne beslutningstekst er ikke ændret, men beslutningen eller afstemningen under den er. Passer teksten stadig?');
    // Left for item 2: Ida, who came before it, and Jens in Bjørn's seat.
    expect(after[1]).toBe('no_quorum Punkt 4 »Budget 2027«: udvalget var ikke beslutningsdygtigt, kun 2 af 7 medlemmer kunne deltage (mindst halvdelen skal være til stede).');
    expect(after).toHaveLength(2);
  });
});
