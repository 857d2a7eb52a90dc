import type { AttendanceEntry, ItemAttendance, Membership, Person } from '../domain/entities';
import type { Voter } from './vote-types';

/**
 * Who may vote on one item. Members present at the meeting (all members, when attendance is not
 * yet recorded) and substitutes, who take over the voting right of the member they replace;
 * the item's own exceptions then remove those absent, gone or disqualified (§ 14) and add late arrivals.
 */
export function votersForItem(
  members: readonly Membership[],
  attendance: readonly AttendanceEntry[],
  itemAttendance: readonly ItemAttendance[],
  people: readonly Person[],
): Voter[] {
  const personById = new Map(people.map((p) => [p.id, p]));
  const statusOf = new Map(attendance.map((a) => [a.personId, a]));
  const recorded = attendance.length > 0;
  const exceptions = (personId: number) => itemAttendance.filter((e) => e.personId === personId).map((e) => e.kind);

  const voters = new Map<number, Voter>();
  const add = (personId: number, hasVote: boolean, presentAtMeeting: boolean) => {
    const person = personById.get(personId);
    if (!person || voters.has(personId)) return;
    const kinds = exceptions(personId);
    const present = kinds.includes('arrived') || (presentAtMeeting && !kinds.includes('absent') && !kinds.includes('left'));
    voters.set(personId, {
      personId, name: person.name, partyId: person.partyId, partyLetter: person.partyLetter, hasVote, present,
      disqualified: kinds.includes('disqualified'),
    });
  };

  for (const m of members) {
    if (m.role === 'stedfortraeder') continue;
    add(m.personId, m.hasVote, recorded ? statusOf.get(m.personId)?.status === 'present' : true);
  }
  for (const a of attendance) {
    if (a.substituteForPersonId === null) continue;
    const replaced = members.find((m) => m.personId === a.substituteForPersonId);
    add(a.personId, replaced?.hasVote ?? false, a.status === 'present');
  }
  return [...voters.values()];
}
