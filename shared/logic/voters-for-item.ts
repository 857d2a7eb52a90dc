import type { AttendanceEntry, Item, Membership, Person } from '../domain/entities';
import type { Voter } from './vote-types';

/** What presence on an item depends on: the meeting's members and roll call, and the agenda's order. */
export interface PresenceMeeting {
  members: readonly Membership[];
  attendance: readonly AttendanceEntry[];
  /** The agenda, for late arrivals ("from item N") and leaving early ("after item N"). */
  items: readonly Pick<Item, 'id' | 'position'>[];
}

/**
 * Whether a member at the meeting was there for this item by the roll call: present, and not
 * arrived after it or gone before it. All members count as present while no roll call is recorded.
 */
export function presentByRollCall(meeting: PresenceMeeting, item: Pick<Item, 'position'>, personId: number): boolean {
  if (meeting.attendance.length === 0) return true;
  const entry = meeting.attendance.find((a) => a.personId === personId);
  if (!entry || entry.status !== 'present') return false;
  const positionOf = (itemId: number | null) => (itemId === null ? null : meeting.items.find((i) => i.id === itemId)?.position ?? null);
  const from = positionOf(entry.arrivedBeforeItemId);
  const until = positionOf(entry.leftAfterItemId);
  return (from === null || item.position >= from) && (until === null || item.position <= until);
}

/**
 * Who may vote on one item. Members present for it by the roll call and substitutes, who take over
 * the voting right of the member they replace (for the whole meeting, or for this item only); the
 * item's own exceptions then remove those absent, gone or disqualified (§ 14) and add those who
 * arrived during it.
 */
export function votersForItem(meeting: PresenceMeeting, item: Pick<Item, 'position' | 'attendance' | 'substitutes'>, people: readonly Person[]): Voter[] {
  const personById = new Map(people.map((p) => [p.id, p]));
  const exceptions = (personId: number) => item.attendance.filter((e) => e.personId === personId).map((e) => e.kind);
  const hasVoteOf = (personId: number) => meeting.members.find((m) => m.personId === personId && m.role !== 'stedfortraeder')?.hasVote ?? false;

  const voters = new Map<number, Voter>();
  const add = (personId: number, hasVote: boolean, presentByCall: boolean) => {
    const person = personById.get(personId);
    if (!person || voters.has(personId)) return;
    const kinds = exceptions(personId);
    const present = kinds.includes('arrived') || (presentByCall && !kinds.includes('absent') && !kinds.includes('left'));
    voters.set(personId, {
      personId, name: person.name, partyId: person.partyId, partyLetter: person.partyLetter, hasVote, present,
      disqualified: kinds.includes('disqualified'),
    });
  };

  for (const m of meeting.members) {
    if (m.role === 'stedfortraeder') continue;
    add(m.personId, m.hasVote, presentByRollCall(meeting, item, m.personId));
  }
  for (const a of meeting.attendance) {
    if (a.substituteForPersonId === null) continue;
    add(a.personId, hasVoteOf(a.substituteForPersonId), presentByRollCall(meeting, item, a.personId));
  }
  for (const s of item.substitutes) add(s.personId, hasVoteOf(s.forPersonId), true);
  return [...voters.values()];
}
