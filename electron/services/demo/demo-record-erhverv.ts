import type { ApiArgs } from '../../../shared/api/contract';
import type { Api } from '../create-api';
import type { DemoCalendar } from './demo-calendar';
import type { DemoPeople } from './demo-people';
import type { ErhvervItems } from './demo-meeting-erhverv';

/**
 * What happened at the meeting: Hanne Østergaard (A) sent apologies and Søren Ålund Nielsen (A)
 * took her seat, Gitte Skjødt (O) was absent, Poul Erik Brønd (C) was disqualified on the festival
 * grant, Bjørn Fæster (V) was out during one item; decisions as outcomes per point, one vote by party
 * with SF's dissent and one by name with the minority's reason, a closed item's public extract. The
 * service checks every vote and dissent against who was present and entitled to vote.
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

  await decide(items.dagsorden.id, { outcome: 'approved' });
  await decide(items.meddelelser.id, { outcome: 'noted' });
  await decide(items.plan.id, { points: [1], outcome: 'recommended' }, { points: [2], outcome: 'approved' });
  await decide(items.strategi.id, { outcome: 'recommended', outcomeBody: 'Økonomiudvalget', rounds: [{ mode: 'unanimous' }] });
  await decide(items.udbud.id, {
    points: [1, 2],
    outcome: 'approved',
    rounds: [{
      votes: [
        { partyId: parties.A.id, choice: 'for', count: 3 },
        { partyId: parties.C.id, choice: 'for', count: 1 },
        { partyId: parties.I.id, choice: 'for', count: 1 },
        { partyId: parties.V.id, choice: 'for', count: 2 },
        { partyId: parties.F.id, choice: 'against', count: 1 },
      ],
      dissents: [{
        partyId: parties.F.id,
        text: 'SF ikke kan støtte, at værkstedsforløbene i Ålbæk lukkes, da værkstederne for mange udsatte ledige er det første trygge skridt mod arbejdsmarkedet.',
      }],
    }],
  });
  await decide(items.havnefestival.id, {
    outcome: 'approved',
    rounds: [{
      votes: [
        { personId: p.joergen.id, choice: 'for' },
        { personId: p.tove.id, choice: 'for' },
        { personId: p.soeren.id, choice: 'for' },
        { personId: p.mads.id, choice: 'for' },
        { personId: p.anneGrethe.id, choice: 'against' },
        { personId: p.bjoern.id, choice: 'against' },
        { personId: p.kasper.id, choice: 'against' },
      ],
      dissents: [{ personIds: [p.anneGrethe.id, p.bjoern.id, p.kasper.id], text: 'de finder, at festivalen bør kunne drives uden et større kommunalt tilskud.' }],
    }],
  });
  await decide(items.sygedagpenge.id, { outcome: 'noted' });
  await decide(items.budget.id, { points: [1], outcome: 'noted' }, { points: [2], outcome: 'recommended' });
  await decide(items.anmodning.id, {
    outcome: 'discussed',
    remark: `Udvalget bad forvaltningen om at fremlægge en sag om flere praktik- og lærepladser i første kvartal ${c.nextYear}.`,
  });
  await decide(items.jobcenterchef.id, { outcome: 'approved' });
  await api.invoke('itemRecord:update', { itemId: items.jobcenterchef.id, publicExtract: 'Udvalget godkendte indstillingen om ansættelse af en ny jobcenterchef.' });
  await decide(items.eventuelt.id, { remark: 'Intet.' });

  const held = await api.invoke('meetings:setStatus', { id: meetingId, status: 'held' });
  // The closing time is entered once the meeting is over.
  await api.invoke('meetings:update', { id: meetingId, date: held.date, startTime: held.startTime, endTime: '18:35', place: held.place, kind: held.kind });
}
