import type { ApiArgs } from '../../../shared/api/contract';
import type { Api } from '../create-api';
import type { DemoCalendar } from './demo-calendar';
import type { DemoPeople } from './demo-people';
import type { ErhvervItems } from './demo-meeting-erhverv';

/**
 * What happened at the meeting: Hanne Østergaard (A) sent apologies and Søren Ålund Nielsen (A)
 * took her seat, Gitte Skjødt (O) was absent, Poul Erik Brønd (C) was disqualified on the festival
 * grant, Bjørn Fæster (V) was out during one item, one vote by party with SF's dissent and one by
 * name. The service checks every vote against who was present and entitled to vote.
 */
export async function recordErhvervMeeting(api: Api, meetingId: number, { people, parties }: DemoPeople, items: ErhvervItems, c: DemoCalendar): Promise<void> {
  const p = people;
  const present = [p.joergen, p.anneGrethe, p.tove, p.bjoern, p.poulErik, p.mads, p.kasper];
  await api.invoke('attendance:set', {
    meetingId,
    entries: [
      ...present.map((person) => ({ personId: person.id, status: 'present' as const })),
      { personId: p.hanne.id, status: 'apologies', note: 'Afbud på grund af sygdom' },
      { personId: p.soeren.id, status: 'present', substituteForPersonId: p.hanne.id, note: 'Stedfortræder for Hanne Østergaard (A)' },
      { personId: p.gitte.id, status: 'absent' },
    ],
  });

  await api.invoke('itemAttendance:set', {
    itemId: items.havnefestival.id,
    entries: [{ personId: p.poulErik.id, kind: 'disqualified', reason: 'Næstformand i bestyrelsen for Foreningen Fjordby Havnefestival' }],
  });
  await api.invoke('itemAttendance:set', { itemId: items.sygedagpenge.id, entries: [{ personId: p.bjoern.id, kind: 'absent' }] });

  const decide = (itemId: number, ...decisions: ApiArgs<'decisions:set'>['decisions']) => api.invoke('decisions:set', { itemId, decisions });

  await decide(items.dagsorden.id, { text: 'Godkendt.' });
  await decide(items.meddelelser.id, { text: 'Taget til efterretning.' });
  await decide(items.plan.id, { pointNumber: 1, text: 'Ad 1. Anbefales.' }, { pointNumber: 2, text: 'Ad 2. Godkendt.' });
  await decide(items.strategi.id, { text: 'Anbefales.' });
  await decide(items.udbud.id, {
    text: 'Ad 1 og 2. Godkendt med et flertal bestående af 7 (A, C, I og V). Imod stemte 1 (F), idet SF ønsker værkstedsforløbene i Ålbæk bevaret.',
    votes: [
      { partyId: parties.A.id, choice: 'for', count: 3 },
      { partyId: parties.C.id, choice: 'for', count: 1 },
      { partyId: parties.I.id, choice: 'for', count: 1 },
      { partyId: parties.V.id, choice: 'for', count: 2 },
      { partyId: parties.F.id, choice: 'against', count: 1 },
    ],
  });
  await api.invoke('protocolNotes:set', {
    itemId: items.udbud.id,
    notes: [
      {
        kind: 'dissent',
        text: 'SF kan ikke støtte, at værkstedsforløbene i Ålbæk lukkes. For mange udsatte ledige er værkstederne det første trygge skridt mod arbejdsmarkedet, og det kan et udbud ikke sikre.',
        personIds: [p.mads.id],
      },
    ],
  });
  await decide(items.havnefestival.id, {
    text: 'Godkendt med 4 stemmer for (A og F) mod 3 stemmer (I og V). Venstre og Liberal Alliance stemte imod, idet de finder, at festivalen bør kunne drives uden et større kommunalt tilskud.',
    votes: [
      { personId: p.joergen.id, choice: 'for' },
      { personId: p.tove.id, choice: 'for' },
      { personId: p.soeren.id, choice: 'for' },
      { personId: p.mads.id, choice: 'for' },
      { personId: p.anneGrethe.id, choice: 'against' },
      { personId: p.bjoern.id, choice: 'against' },
      { personId: p.kasper.id, choice: 'against' },
    ],
  });
  await decide(items.sygedagpenge.id, { text: 'Taget til efterretning.' });
  await decide(items.budget.id, { pointNumber: 1, text: 'Ad 1. Taget til efterretning.' }, { pointNumber: 2, text: 'Ad 2. Anbefales.' });
  await decide(items.anmodning.id, {
    text: `Drøftet. Udvalget bad forvaltningen om at fremlægge en sag om flere praktik- og lærepladser i første kvartal ${c.nextYear}.`,
  });
  await decide(items.jobcenterchef.id, { text: 'Godkendt.' });
  await decide(items.eventuelt.id, { text: 'Intet.' });

  const held = await api.invoke('meetings:setStatus', { id: meetingId, status: 'held' });
  // The closing time is entered once the meeting is over.
  await api.invoke('meetings:update', { id: meetingId, date: held.date, startTime: held.startTime, endTime: '18:35', place: held.place, kind: held.kind });
}
