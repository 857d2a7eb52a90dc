/**
 * The bench:meeting meeting: the demo municipality, Teknik- og Miljøudvalget brought up to 15 members
 * (the demo's other politicians added as members, two more substitutes), and a Teknik- og
 * Miljøudvalget meeting of 60 items (createBenchMeeting: the demo's realistic items, a closed item
 * every 17th, with its public title), released through the API so the meeting screen is there, with
 * everyone present at the roll call. All made through the API, as the app would.
 */
import { openDatabase } from '../../electron/store/open-database';
import { createApi, type Api } from '../../electron/services/create-api';
import { createContext } from '../../electron/services/service-context';
import { createDemoData } from '../../electron/services/demo/create-demo';
import { findingKey } from '../../shared/logic/release-gate';
import { createBenchMeeting } from './bench-meeting';

export const MEETING_ITEMS = 60;
export const MEETING_MEMBERS = 15;

/** The demo's politicians not on the committee: enough of them, by name, to make 15 members. */
const EXTRA_MEMBERS = [
  'Mette Søgaard Holm', 'Jørgen Bæk Sørensen', 'Hanne Østergaard', 'Niels Peter Højgaard',
  'Bjørn Fæster', 'Poul Erik Brønd', 'Mads Æbelø Christensen', 'Ida Sønderby',
];
const EXTRA_SUBSTITUTES = ['Søren Ålund Nielsen', 'Gitte Skjødt'];

export interface MeetingScreenFixture {
  committeeId: number;
  meetingId: number;
  /** Every item in agenda order. */
  itemIds: number[];
  /** Ordinary items (the ones a decision with an outcome and a vote is recorded on), in agenda order. */
  ordinaryItemIds: number[];
  /** The closed ones among them (with a public title; their public extract is typed in the bench). */
  closedItemIds: number[];
  members: number;
  /** The agenda number of each item, by id. */
  numbers: Record<number, number>;
}

async function addMembers(api: Api, committeeId: number, fromDate: string): Promise<void> {
  const committee = await api.invoke('committees:get', { id: committeeId });
  const on = new Set(committee.memberships.map((m) => m.personId));
  const people = await api.invoke('people:list', {});
  const byName = (name: string) => {
    const person = people.find((p) => p.name === name);
    if (!person) throw new Error(`bench: ${name} mangler i demodata`);
    return person;
  };
  for (const name of EXTRA_MEMBERS) {
    const person = byName(name);
    if (!on.has(person.id)) await api.invoke('memberships:add', { committeeId, personId: person.id, role: 'medlem', hasVote: true, fromDate });
  }
  for (const name of EXTRA_SUBSTITUTES) {
    const person = byName(name);
    if (!on.has(person.id)) await api.invoke('memberships:add', { committeeId, personId: person.id, role: 'stedfortraeder', hasVote: false, fromDate });
  }
}

/** Releases the agenda; an error finding of the checks (none expected) is let through with a reason. */
async function release(api: Api, meetingId: number): Promise<void> {
  try {
    await api.invoke('meetings:release', { id: meetingId });
  } catch (error) {
    const issues = await api.invoke('meetings:releaseChecks', { id: meetingId });
    const overrides = issues.filter((i) => i.severity === 'error').map((i) => ({ key: findingKey(i), reason: 'Benchmarkens møde' }));
    if (overrides.length === 0) throw error;
    console.log(`release: ${overrides.length} error finding(s) let through for the bench`);
    await api.invoke('meetings:release', { id: meetingId, overrides });
  }
}

export async function buildMeetingScreenFixture(dbFile: string): Promise<MeetingScreenFixture> {
  const db = openDatabase(dbFile);
  try {
    const api = createApi(createContext(db, 'bench'), () => {});
    await createDemoData(api);
    const { committeeId, meetingId } = await createBenchMeeting(api, MEETING_ITEMS, (n) => n % 17 === 16);
    const meeting = await api.invoke('meetings:get', { id: meetingId });
    const closed = meeting.items.filter((i) => i.isClosed);
    for (const item of closed) await api.invoke('items:update', { id: item.id, publicTitle: 'Salg af kommunal ejendom' });
    await addMembers(api, committeeId, meeting.members[0]?.fromDate ?? meeting.date);
    await release(api, meetingId);
    return await readFixture(api);
  } finally {
    db.close();
  }
}

/**
 * The fixture in a database made earlier (`-- --db FILE` reuses it), with its record emptied: the
 * roll call all present, no decisions, presence or extracts on any item.
 */
export async function readMeetingScreenFixture(dbFile: string): Promise<MeetingScreenFixture> {
  const db = openDatabase(dbFile);
  try {
    return await readFixture(createApi(createContext(db, 'bench'), () => {}));
  } finally {
    db.close();
  }
}

async function readFixture(api: Api): Promise<MeetingScreenFixture> {
  const summary = (await api.invoke('meetings:list', {})).find((m) => m.itemCount === MEETING_ITEMS);
  if (!summary) throw new Error(`bench: databasen har intet møde med ${MEETING_ITEMS} punkter`);
  if (summary.status !== 'agenda_released' && summary.status !== 'held') throw new Error(`bench: mødet har status ${summary.status}, ikke udsendt`);
  const meeting = await api.invoke('meetings:get', { id: summary.id });
  for (const item of meeting.items) {
    if (item.decisions.length > 0) await api.invoke('decisions:set', { itemId: item.id, decisions: [] });
    if (item.publicExtract !== null || item.presenceOverride !== null) await api.invoke('itemRecord:update', { itemId: item.id, publicExtract: null, presenceOverride: null });
  }
  const members = meeting.members.filter((m) => m.role !== 'stedfortraeder');
  if (members.length !== MEETING_MEMBERS) throw new Error(`bench: udvalget har ${members.length} medlemmer, ikke ${MEETING_MEMBERS}`);
  await api.invoke('attendance:set', {
    meetingId: meeting.id,
    entries: members.map((m) => ({ personId: m.personId, status: 'present' as const, substituteForPersonId: null, note: null, arrivedBeforeItemId: null, leftAfterItemId: null })),
  });
  return {
    committeeId: summary.committeeId,
    meetingId: summary.id,
    itemIds: meeting.items.map((i) => i.id),
    ordinaryItemIds: meeting.items.filter((i) => i.kind === 'ordinary').map((i) => i.id),
    closedItemIds: meeting.items.filter((i) => i.kind === 'ordinary' && i.isClosed).map((i) => i.id),
    members: members.length,
    numbers: Object.fromEntries(meeting.items.map((i) => [i.id, i.number])),
  };
}
