import type { ApiArgs } from '../../../shared/api/contract';
import type { CommitteeDetail } from '../../../shared/domain/entities';
import { paragraphs } from '../../../shared/content/content-builders';
import type { Api } from '../create-api';
import type { DemoCalendar } from './demo-calendar';
import { addDemoItem, standardItem } from './demo-item';
import type { DemoPeople } from './demo-people';
import { erhvervshusItem, seniorjobItem, torvedageItem } from './demo-items-september';
import { approveSeptemberMeeting } from './demo-approval-september';

/**
 * Erhvervs- og Beskæftigelsesudvalget four weeks before the held meeting: released, held with Kasper
 * Thygesen Lund (I) sending apologies and Malene Bøgh (I) in his seat, decided (one vote by name),
 * then approved by every member present, with an addendum approved after it (minutes version 2), so
 * the committee's protocol chain has two entries from the first start. Created after the other
 * meetings, so their ids stay 1 and 2. Returns the meeting's id.
 */
export async function createApprovedErhvervMeeting(api: Api, c: DemoCalendar, demo: DemoPeople, committee: CommitteeDetail): Promise<number> {
  const { people: p } = demo;
  const meeting = await api.invoke('meetings:create', { committeeId: committee.id, date: c.approvedDate });
  const dagsorden = standardItem(meeting.items, 'agenda_approval');
  const meddelelser = standardItem(meeting.items, 'announcements');
  const eventuelt = standardItem(meeting.items, 'any_other_business');
  const erhvervshus = await addDemoItem(api, meeting.id, erhvervshusItem(c));
  const seniorjob = await addDemoItem(api, meeting.id, seniorjobItem(c));
  const torvedage = await addDemoItem(api, meeting.id, torvedageItem(c));
  await api.invoke('notices:set', {
    itemId: meddelelser.id,
    notices: [{
      title: 'Ledighedstal for august',
      content: paragraphs('Ledigheden i Fjordby Kommune var i august 3,1 pct. mod 3,4 pct. på landsplan. Jobcentret har haft kontakt med 286 virksomheder i løbet af sommeren.'),
    }],
  });
  await api.invoke('meetings:release', { id: meeting.id });

  await api.invoke('attendance:set', {
    meetingId: meeting.id,
    entries: [
      ...[p.joergen, p.anneGrethe, p.hanne, p.tove, p.bjoern, p.poulErik, p.mads, p.gitte].map((person) => ({ personId: person.id, status: 'present' as const })),
      { personId: p.kasper.id, status: 'apologies', note: 'Afbud på grund af arbejde' },
      { personId: p.malene.id, status: 'present', substituteForPersonId: p.kasper.id, note: 'Stedfortræder for Kasper Thygesen Lund (I)' },
    ],
  });
  const decide = (itemId: number, ...decisions: ApiArgs<'decisions:set'>['decisions']) => api.invoke('decisions:set', { itemId, decisions });
  await decide(dagsorden.id, { outcome: 'approved' });
  await decide(meddelelser.id, { outcome: 'noted' });
  await decide(erhvervshus.id, { points: [1, 2], outcome: 'approved', rounds: [{ mode: 'unanimous' }] });
  await decide(seniorjob.id, { outcome: 'approved', rounds: [{ mode: 'unanimous' }] });
  await decide(torvedage.id, {
    outcome: 'approved',
    rounds: [{
      votes: [
        ...[p.joergen, p.hanne, p.tove, p.poulErik, p.mads, p.malene].map((person) => ({ personId: person.id, choice: 'for' as const })),
        ...[p.anneGrethe, p.bjoern, p.gitte].map((person) => ({ personId: person.id, choice: 'against' as const })),
      ],
    }],
  });
  await decide(eventuelt.id, { remark: 'Intet.' });
  const held = await api.invoke('meetings:setStatus', { id: meeting.id, status: 'held' });
  await api.invoke('meetings:update', { id: meeting.id, date: held.date, startTime: held.startTime, endTime: '17:50', place: held.place, kind: held.kind });

  await approveSeptemberMeeting(api, meeting.id, demo, torvedage.id);
  return meeting.id;
}
