import type { AttendanceEntry, Membership, Person } from '../../../../shared/domain/entities';
import type { AttendanceStatus } from '../../../../shared/domain/enums';
import { regularMembers } from './item-presence-model';

/**
 * The roll call as attendance:set takes it: one entry per member, and one per substitute called
 * in for a member. Every change gives the whole list, as the API replaces it whole.
 */

const present = (personId: number): AttendanceEntry => ({
  personId, status: 'present', substituteForPersonId: null, note: null, arrivedBeforeItemId: null, leftAfterItemId: null,
});

/** The recorded roll call, with an entry (present) for each member it does not name yet. */
export function rollCallEntries(members: readonly Membership[], recorded: readonly AttendanceEntry[]): AttendanceEntry[] {
  const entries = recorded.map((e) => ({ ...e }));
  for (const m of regularMembers(members)) if (!entries.some((e) => e.personId === m.personId)) entries.push(present(m.personId));
  return entries;
}

/** "Alle til stede": every member present, from the start to the end, no one standing in. */
export function allPresent(members: readonly Membership[]): AttendanceEntry[] {
  return regularMembers(members).map((m) => present(m.personId));
}

export const entryOf = (entries: readonly AttendanceEntry[], personId: number): AttendanceEntry | undefined => entries.find((e) => e.personId === personId);
export const substituteOf = (entries: readonly AttendanceEntry[], personId: number): AttendanceEntry | undefined =>
  entries.find((e) => e.substituteForPersonId === personId);

function update(entries: readonly AttendanceEntry[], personId: number, change: (e: AttendanceEntry) => AttendanceEntry): AttendanceEntry[] {
  return entries.map((e) => (e.personId === personId ? change(e) : e));
}

export function withStatus(entries: readonly AttendanceEntry[], personId: number, status: AttendanceStatus): AttendanceEntry[] {
  const next = update(entries, personId, (e) => ({
    ...e,
    status,
    // Only afbud keeps its reason; only someone present comes late or leaves early.
    note: status === 'apologies' ? e.note : null,
    arrivedBeforeItemId: status === 'present' ? e.arrivedBeforeItemId : null,
    leftAfterItemId: status === 'present' ? e.leftAfterItemId : null,
  }));
  // A member back in the seat needs no substitute.
  return status === 'present' ? next.filter((e) => e.substituteForPersonId !== personId) : next;
}

export const withNote = (entries: readonly AttendanceEntry[], personId: number, note: string): AttendanceEntry[] =>
  update(entries, personId, (e) => ({ ...e, note: note.trim() === '' ? null : note }));

export const withArrival = (entries: readonly AttendanceEntry[], personId: number, itemId: number | null): AttendanceEntry[] =>
  update(entries, personId, (e) => ({ ...e, arrivedBeforeItemId: itemId }));

export const withLeaving = (entries: readonly AttendanceEntry[], personId: number, itemId: number | null): AttendanceEntry[] =>
  update(entries, personId, (e) => ({ ...e, leftAfterItemId: itemId }));

/** A substitute called in for a member not present (null: none); the substitute is present for the whole meeting. */
export function withSubstitute(entries: readonly AttendanceEntry[], forPersonId: number, substituteId: number | null): AttendanceEntry[] {
  const others = entries.filter((e) => e.substituteForPersonId !== forPersonId && e.personId !== substituteId);
  if (substituteId === null) return others;
  return [...others, { ...present(substituteId), substituteForPersonId: forPersonId }];
}

/** Who may be called in for a member: the committee's stedfortrædere first, then anyone not already at the meeting. */
export function substituteChoices(
  members: readonly Membership[], people: readonly Person[], entries: readonly AttendanceEntry[], forPersonId: number,
): { committee: Person[]; others: Person[] } {
  const seated = new Set(regularMembers(members).map((m) => m.personId));
  const standingIn = new Set(entries.filter((e) => e.substituteForPersonId !== null && e.substituteForPersonId !== forPersonId).map((e) => e.personId));
  const committeeIds = new Set(members.filter((m) => m.role === 'stedfortraeder').map((m) => m.personId));
  const free = people.filter((p) => !seated.has(p.id) && !standingIn.has(p.id));
  return { committee: free.filter((p) => committeeIds.has(p.id)), others: free.filter((p) => !committeeIds.has(p.id)) };
}

/** Present members, counting a substitute in a member's seat as that seat taken. */
export function presentCount(members: readonly Membership[], entries: readonly AttendanceEntry[]): number {
  return regularMembers(members).filter((m) => entryOf(entries, m.personId)?.status === 'present' || substituteOf(entries, m.personId)?.status === 'present').length;
}
