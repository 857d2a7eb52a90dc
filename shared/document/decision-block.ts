import type { Item, MeetingDetail, Party, Person } from '../domain/entities';
import { formatAbsenceLine, formatMember, joinDanish } from '../format/join-names';
import { describeVote } from '../logic/describe-vote';
import { tallyVotes } from '../logic/vote-tally';
import type { Vote } from '../logic/vote-types';
import { votersForItem } from '../logic/voters-for-item';
import type { DecisionBlock } from './types';
import { decisionHeading } from './wording';

/**
 * What the minutes print under an item: the heading with the committee and the date, each decision
 * (per recommendation point: "Ad 1. Godkendt.") with its vote, dissent and protocol notes, and who
 * did not take part. Null when nothing is recorded on the item.
 */
export function decisionBlock(
  item: Item, meeting: MeetingDetail, context: { people: readonly Person[]; parties: readonly Party[]; longDate: string },
): DecisionBlock | null {
  if (item.decisions.length === 0 && item.protocolNotes.length === 0) return null;
  const personById = new Map(context.people.map((p) => [p.id, p]));
  const label = (personId: number): string => {
    const person = personById.get(personId);
    return person ? formatMember(person) : 'Ukendt medlem';
  };
  const voters = votersForItem(meeting.members, meeting.attendance, item.attendance, context.people);
  const decisions = [...item.decisions]
    .sort((a, b) => (a.pointNumber ?? 0) - (b.pointNumber ?? 0))
    .map((d) => {
      const votes: Vote[] = d.votes.flatMap((v): Vote[] => {
        if (v.personId !== null) return [{ personId: v.personId, choice: v.choice }];
        if (v.partyId !== null) return [{ partyId: v.partyId, choice: v.choice, count: v.count }];
        return [];
      });
      const vote = votes.length > 0 ? describeVote(tallyVotes(votes, voters, context.parties)) : '';
      return { text: pointPrefix(d.pointNumber, d.text), vote: vote ? `Afstemning: ${vote}` : null };
    });
  const notes = item.protocolNotes.map((n) => ({
    label: `${n.kind === 'dissent' ? 'Mindretalsudtalelse' : 'Protokoltilførsel'} fra ${joinDanish(n.personIds.map(label))}`,
    text: n.text,
  }));
  return { heading: decisionHeading(meeting.committeeName, context.longDate), decisions, notes, presenceLines: presenceLines(item, meeting, personById, label) };
}

/** "Ad 1. Godkendt." unless the text already says which point it is about. */
function pointPrefix(pointNumber: number | null, text: string): string {
  if (pointNumber === null || /^(ad|punkt)\s*\d/i.test(text.trim())) return text;
  return `Ad ${pointNumber}. ${text}`;
}

/** Members not present at the meeting or absent from the item, then § 14 disqualifications. */
function presenceLines(item: Item, meeting: MeetingDetail, personById: Map<number, Person>, label: (id: number) => string): string[] {
  const attendanceOf = new Map(meeting.attendance.map((a) => [a.personId, a]));
  const notPresentAtMeeting = meeting.members
    .filter((m) => m.role !== 'stedfortraeder')
    .filter((m) => meeting.attendance.length > 0 && attendanceOf.get(m.personId)?.status !== 'present')
    .map((m) => m.personId);
  const itemAbsent = item.attendance.filter((a) => a.kind === 'absent' || a.kind === 'left').map((a) => a.personId);
  const absent = [...new Set([...notPresentAtMeeting, ...itemAbsent])]
    .map((id) => personById.get(id))
    .filter((p): p is Person => p !== undefined);
  const lines: string[] = [];
  if (item.decisions.length > 0) {
    const line = formatAbsenceLine(absent);
    if (line) lines.push(line);
  }
  for (const a of item.attendance) {
    if (a.kind !== 'disqualified') continue;
    lines.push(`${label(a.personId)} deltog ikke i behandlingen af punktet på grund af inhabilitet${a.reason ? ` (${a.reason})` : ''}.`);
  }
  return lines;
}
