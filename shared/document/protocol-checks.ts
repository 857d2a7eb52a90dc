import type { Item, MeetingDetail, Party, Person } from '../domain/entities';
import { formatMember, joinDanish } from '../format/join-names';
import { quorumFor } from '../logic/quorum';
import { itemLabel } from '../logic/release-checks/item-texts';
import type { ReleaseIssue, ReleaseIssueCode, ReleaseIssueSeverity } from '../logic/release-checks/types';
import { roundVotes } from '../logic/round-votes';
import { validateVotes } from '../logic/validate-votes';
import { dissentProblem } from '../logic/vote-minority';
import { canVote, isPersonVote, type Voter } from '../logic/vote-types';
import { votersForItem } from '../logic/voters-for-item';
import type { ProtocolContext } from './protocol/context';
import { protocolDecisions, protocolPresence } from './protocol/item-protocol';

/**
 * The protocol check before the minutes are approved (beside the release checks): an item without a
 * decision or decided without quorum; a vote from a member who could not vote (disqualified under
 * § 14, not present) or more votes than voters; a vote by member that leaves out members who took
 * part; a substitute for a member who was there; a dissent from the majority or from someone not
 * present; a closed item without a public extract. Errors block the approval unless overridden with
 * a reason; a hand-written text whose record changed since is a question. Every finding names the
 * item. The record is read as stored, so a roll call changed after a vote is caught here too.
 */
export function findProtocolIssues(meeting: MeetingDetail, people: readonly Person[], parties: readonly Party[]): ReleaseIssue[] {
  const context: ProtocolContext = { meeting, people, parties };
  const issues: ReleaseIssue[] = [...meetingSubstitutes(meeting, people)];
  for (const item of meeting.items) {
    const add = (code: ReleaseIssueCode, severity: ReleaseIssueSeverity, message: string) => issues.push({ code, severity, itemId: item.id, message: `${itemLabel(item)}${message}` });
    const voters = votersForItem(meeting, item, people);
    if (item.decisions.length === 0) add('missing_decision', 'error', ' har ingen beslutning.');
    if (item.isClosed && item.decisions.length > 0 && (item.publicExtract ?? '').trim() === '') {
      add('closed_without_extract', 'error', ' er lukket og har intet offentligt uddrag af beslutningen: den offentlige protokol viser kun punktets offentlige titel.');
    }
    if (item.decisions.length > 0 && meeting.attendance.length > 0) {
      const quorum = quorumFor(meeting.members, voters);
      if (!quorum.met) add('no_quorum', 'error', `: udvalget var ikke beslutningsdygtigt, kun ${quorum.present} af ${quorum.members} medlemmer kunne deltage (mindst halvdelen skal være til stede).`);
    }
    for (const message of itemSubstituteProblems(item, voters, people)) add('substitute_not_needed', 'error', `: ${message}`);
    for (const message of voteProblems(item, voters, parties)) add('invalid_vote', 'error', `: ${message}`);
    for (const message of dissentProblems(item, voters, parties)) add('invalid_dissent', 'error', `: ${message}`);
    for (const message of incompleteVotes(item, voters)) add('votes_incomplete', 'error', `: ${message}`);
    if (protocolDecisions(item, context).some((d) => d.stale)) {
      add('stale_override', 'question', ': den skrevne beslutningstekst er ikke ændret, men beslutningen eller afstemningen under den er. Passer teksten stadig?');
    }
    if (protocolPresence(item, context).stale) {
      add('stale_override', 'question', ': den skrevne tekst om fremmødet er ikke ændret, men fremmødet under den er. Passer teksten stadig?');
    }
  }
  return issues;
}

const nameOf = (people: readonly Person[], personId: number): string => {
  const person = people.find((p) => p.id === personId);
  return person ? formatMember(person) : `Ukendt medlem (id ${personId})`;
};

/** A substitute for the whole meeting stands in for a member who sent afbud or was absent, not for one who came. */
function meetingSubstitutes(meeting: MeetingDetail, people: readonly Person[]): ReleaseIssue[] {
  const first = [...meeting.items].sort((a, b) => a.position - b.position)[0];
  if (!first) return [];
  return meeting.attendance.flatMap((entry) => {
    if (entry.substituteForPersonId === null) return [];
    const member = meeting.attendance.find((a) => a.personId === entry.substituteForPersonId);
    if (!member || member.status !== 'present' || member.arrivedBeforeItemId !== null || member.leftAfterItemId !== null) return [];
    return [{
      code: 'substitute_not_needed' as const, severity: 'error' as const, itemId: first.id,
      message: `Fremmødet: ${nameOf(people, entry.personId)} er stedfortræder for ${nameOf(people, member.personId)}, som var til stede under hele mødet.`,
    }];
  });
}

/** A substitute for one item stands in for a member who is absent from it or disqualified. */
function itemSubstituteProblems(item: Item, voters: readonly Voter[], people: readonly Person[]): string[] {
  return item.substitutes.flatMap((s) => {
    const member = voters.find((v) => v.personId === s.forPersonId);
    if (!member || !member.present || member.disqualified) return [];
    return [`${nameOf(people, s.personId)} er stedfortræder for ${formatMember(member)}, som hverken var fraværende eller inhabil på punktet.`];
  });
}

/** The votes against who could vote on the item as the record stands now (the roll call may have changed since). */
function voteProblems(item: Item, voters: readonly Voter[], parties: readonly Party[]): string[] {
  return item.decisions.flatMap((d) => d.rounds.flatMap((round) => validateVotes(roundVotes(round.votes), voters, parties).map((p) => p.message)));
}

function dissentProblems(item: Item, voters: readonly Voter[], parties: readonly Party[]): string[] {
  const present = new Set(voters.filter((v) => v.present).map((v) => v.personId));
  return item.decisions.flatMap((d) => d.rounds.flatMap((round) => round.dissents.flatMap((dissent) => {
    const absent = dissent.personIds.filter((id) => !present.has(id));
    if (absent.length > 0) {
      const names = absent.map((id) => { const v = voters.find((x) => x.personId === id); return v ? formatMember(v) : `Ukendt medlem (id ${id})`; });
      return [`mindretalsudtalelsen er fra ${joinDanish(names)}, som ikke deltog i behandlingen.`];
    }
    const problem = dissentProblem(dissent, round, voters, parties);
    return problem ? [problem] : [];
  })));
}

/** A vote by member names every member who could vote; one who did not is a member to add (or to record as undlod). */
function incompleteVotes(item: Item, voters: readonly Voter[]): string[] {
  return item.decisions.flatMap((d) => d.rounds.flatMap((round) => {
    const votes = roundVotes(round.votes);
    if (round.mode !== 'counted' || votes.length === 0 || !votes.every(isPersonVote)) return [];
    const voted = new Set(votes.map((v) => v.personId));
    const missing = voters.filter((v) => canVote(v) && !voted.has(v.personId));
    if (missing.length === 0) return [];
    const what = round.subject ? `afstemningen om »${round.subject}«` : 'afstemningen';
    return [`${what} tæller ${votes.length} stemmer, men ${votes.length + missing.length} medlemmer kunne stemme: ${joinDanish(missing.map((v) => formatMember(v)))} mangler (for, imod eller undlod).`];
  }));
}
