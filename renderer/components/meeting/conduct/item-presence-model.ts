import type { Item, ItemAttendance, ItemSubstitute, Membership, Person } from '../../../../shared/domain/entities';
import type { ItemAttendanceKind } from '../../../../shared/domain/enums';
import { presentByRollCall, votersForItem, type PresenceMeeting } from '../../../../shared/logic/voters-for-item';
import type { Voter } from '../../../../shared/logic/vote-types';

/** Presence on one item as the meeting screen edits it: the exceptions and the substitutes for this item. */
export interface PresenceDraft {
  attendance: ItemAttendance[];
  substitutes: ItemSubstitute[];
}

export const presenceDraftOf = (item: Pick<Item, 'attendance' | 'substitutes'>): PresenceDraft => ({
  attendance: item.attendance.map((a) => ({ ...a })),
  substitutes: item.substitutes.map((s) => ({ ...s })),
});

/** One person's exception on the item (the screen gives one each), or null: as the roll call says. */
export const kindOf = (draft: PresenceDraft, personId: number): ItemAttendance | null => draft.attendance.find((a) => a.personId === personId) ?? null;

export function withKind(draft: PresenceDraft, personId: number, kind: ItemAttendanceKind | null): PresenceDraft {
  const others = draft.attendance.filter((a) => a.personId !== personId);
  const reason = kind === 'disqualified' ? (kindOf(draft, personId)?.reason ?? null) : null;
  const attendance = kind === null ? others : [...others, { personId, kind, reason }];
  // Back in the seat: a substitute for this item only has no one to stand in for.
  const takesPart = kind === null || kind === 'arrived';
  return { attendance, substitutes: takesPart ? draft.substitutes.filter((s) => s.forPersonId !== personId) : draft.substitutes };
}

export function withReason(draft: PresenceDraft, personId: number, reason: string): PresenceDraft {
  return { ...draft, attendance: draft.attendance.map((a) => (a.personId === personId ? { ...a, reason: reason === '' ? null : reason } : a)) };
}

export function withItemSubstitute(draft: PresenceDraft, forPersonId: number, personId: number | null): PresenceDraft {
  const others = draft.substitutes.filter((s) => s.forPersonId !== forPersonId);
  return { ...draft, substitutes: personId === null ? others : [...others, { personId, forPersonId }] };
}

/** A row of the item's presence: a member of the committee, or someone standing in for one. */
export interface PresenceRow {
  personId: number;
  /** As the roll call has it, before this item's exceptions. */
  byRollCall: boolean;
  /** For whom this person stands in (for the meeting or for this item); null for a member. */
  substituteFor: number | null;
  /** Only for this item (Item.substitutes). */
  itemSubstitute: boolean;
  voter: Voter | undefined;
}

/**
 * Everyone who could be at the item: the committee's members (not its stedfortrædere, who come in
 * only for a member) and the substitutes called in, in the committee's order.
 */
export function presenceRows(meeting: PresenceMeeting, item: Pick<Item, 'position'>, draft: PresenceDraft, people: readonly Person[]): PresenceRow[] {
  const voters = votersForItem(meeting, { position: item.position, ...draft }, people);
  const byId = new Map(voters.map((v) => [v.personId, v]));
  const rows: PresenceRow[] = [];
  const seen = new Set<number>();
  const add = (row: Omit<PresenceRow, 'voter'>) => {
    if (seen.has(row.personId)) return;
    seen.add(row.personId);
    rows.push({ ...row, voter: byId.get(row.personId) });
  };
  for (const m of regularMembers(meeting.members)) {
    add({ personId: m.personId, byRollCall: presentByRollCall(meeting, item, m.personId), substituteFor: null, itemSubstitute: false });
    for (const a of meeting.attendance) {
      if (a.substituteForPersonId === m.personId) add({ personId: a.personId, byRollCall: presentByRollCall(meeting, item, a.personId), substituteFor: m.personId, itemSubstitute: false });
    }
    for (const s of draft.substitutes) {
      if (s.forPersonId === m.personId) add({ personId: s.personId, byRollCall: true, substituteFor: m.personId, itemSubstitute: true });
    }
  }
  return rows;
}

/** The committee's members with a seat (a stedfortræder comes in only for one of them). */
export const regularMembers = (members: readonly Membership[]): Membership[] => members.filter((m) => m.role !== 'stedfortraeder');

/** Whether a member takes part in the item, so needs no substitute for it. */
export function takesPart(row: PresenceRow): boolean {
  return !!row.voter && row.voter.present && !row.voter.disqualified;
}

/** Who may stand in for a member on this item: not taking part in it already; the committee's stedfortrædere first. */
export function substituteCandidates(
  members: readonly Membership[], people: readonly Person[], rows: readonly PresenceRow[], forPersonId: number,
): { committee: Person[]; others: Person[] } {
  const busy = new Set(rows.filter((r) => takesPart(r) && !(r.itemSubstitute && r.substituteFor === forPersonId)).map((r) => r.personId));
  const seated = new Set(regularMembers(members).map((m) => m.personId));
  const committeeIds = new Set(members.filter((m) => m.role === 'stedfortraeder').map((m) => m.personId));
  const free = people.filter((p) => !busy.has(p.id) && !seated.has(p.id));
  return { committee: free.filter((p) => committeeIds.has(p.id)), others: free.filter((p) => !committeeIds.has(p.id)) };
}

/** People marked disqualified without the reason the service asks for. */
export const missingReasons = (draft: PresenceDraft): number[] =>
  draft.attendance.filter((a) => a.kind === 'disqualified' && !(a.reason ?? '').trim()).map((a) => a.personId);
