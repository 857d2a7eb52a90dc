import type { Item, ItemAttendance } from '../../domain/entities';
import { joinDanish } from '../../format/join-names';
import { presentByRollCall } from '../../logic/voters-for-item';
import { memberLabeller, type ProtocolContext } from './context';

type PresenceItem = Pick<Item, 'id' | 'position' | 'attendance' | 'substitutes'>;

/**
 * Who did not take part in the item, and how, in the order and wording the minutes use:
 *
 *   Karen Holm (C) og Mads Kjær (O) var fraværende.
 *   Jens Lund (A) forlod mødet under behandlingen af punktet.
 *   Ida Berg (F) ankom under behandlingen af punktet.
 *   Ole Nør (V) deltog ikke i behandlingen af punktet på grund af inhabilitet.
 *   Søren Vang (B) deltog som stedfortræder for Lise Dahl (B).
 *
 * Absent are the committee's members not at the meeting (afbud, fraværende), absent from this
 * item, come after it or gone before it by the roll call, or replaced for this item only. A member
 * whose seat a substitute takes is still absent: the seeds name every missing member on every
 * item, and "deltog som stedfortræder" says who sat in the seat, not that its member was there.
 * The § 14 reason stays in the data and is not printed: the minutes' form ends at "inhabilitet",
 * and the reason (a relative who applied, a business interest) is often personal data that the
 * public minutes of an open item would publish.
 */
export function presenceLines(item: PresenceItem, context: ProtocolContext): string[] {
  const { meeting } = context;
  const label = memberLabeller(context);
  const kindsOf = (personId: number): ItemAttendance['kind'][] => item.attendance.filter((a) => a.personId === personId).map((a) => a.kind);
  const members = unique(meeting.members.filter((m) => m.role !== 'stedfortraeder').map((m) => m.personId));
  const meetingSubstitutes = meeting.attendance.filter((a) => a.substituteForPersonId !== null && a.status === 'present');
  const everyone = unique([
    ...members, ...meetingSubstitutes.map((s) => s.personId), ...item.substitutes.map((s) => s.personId), ...item.attendance.map((a) => a.personId),
  ]);

  const absent = members.filter((id) => {
    const kinds = kindsOf(id);
    if (kinds.includes('disqualified') || kinds.includes('left') || kinds.includes('arrived')) return false;
    return kinds.includes('absent') || !presentByRollCall(meeting, item, id) || item.substitutes.some((s) => s.forPersonId === id);
  });
  const withKind = (kind: ItemAttendance['kind']) => everyone.filter((id) => {
    const kinds = kindsOf(id);
    return kinds.includes(kind) && (kind === 'disqualified' || !kinds.includes('disqualified'));
  });

  const lines: string[] = [];
  const line = (ids: number[], predicate: string) => {
    if (ids.length > 0) lines.push(`${joinDanish(ids.map(label))} ${predicate}.`);
  };
  line(absent, 'var fraværende');
  line(withKind('left'), 'forlod mødet under behandlingen af punktet');
  line(withKind('arrived'), 'ankom under behandlingen af punktet');
  line(withKind('disqualified'), 'deltog ikke i behandlingen af punktet på grund af inhabilitet');

  const takesPart = (personId: number) => {
    const kinds = kindsOf(personId);
    return !kinds.includes('absent') && !kinds.includes('disqualified');
  };
  const seats = [
    ...meetingSubstitutes.filter((s) => presentByRollCall(meeting, item, s.personId) || kindsOf(s.personId).includes('arrived'))
      .map((s) => ({ personId: s.personId, forPersonId: s.substituteForPersonId! })),
    ...item.substitutes,
  ];
  const printed = new Set<string>();
  for (const seat of seats) {
    const key = `${seat.personId}:${seat.forPersonId}`;
    if (printed.has(key) || !takesPart(seat.personId)) continue;
    printed.add(key);
    lines.push(`${label(seat.personId)} deltog som stedfortræder for ${label(seat.forPersonId)}.`);
  }
  return lines;
}

const unique = (ids: number[]): number[] => [...new Set(ids)];
