import type { Item, MeetingDetail, Party, Person } from '../domain/entities';
import { quorumFor } from '../logic/quorum';
import type { ReleaseIssue } from '../logic/release-checks/types';
import { itemLabel } from '../logic/release-checks/item-texts';
import { votersForItem } from '../logic/voters-for-item';
import type { ProtocolContext } from './protocol/context';
import { protocolDecisions, protocolPresence } from './protocol/item-protocol';

/**
 * What to fix or confirm before the minutes are approved: an item without a decision, a closed item
 * whose public minutes would show nothing of its decision (no public extract), a decision taken
 * without a quorum, and a text written by hand whose record has changed since. Every finding names
 * the item; the checks read the record only, so they are as quick as the preview.
 */
export function findMinutesIssues(meeting: MeetingDetail, people: readonly Person[], parties: readonly Party[]): ReleaseIssue[] {
  const context: ProtocolContext = { meeting, people, parties };
  return meeting.items.flatMap((item) => [
    ...missingDecision(item),
    ...closedWithoutExtract(item),
    ...noQuorum(item, meeting, people),
    ...staleOverrides(item, context),
  ]);
}

function missingDecision(item: Item): ReleaseIssue[] {
  if (item.decisions.length > 0) return [];
  return [{ code: 'missing_decision', severity: 'warning', itemId: item.id, message: `${itemLabel(item)} har ingen beslutning.` }];
}

function closedWithoutExtract(item: Item): ReleaseIssue[] {
  if (!item.isClosed || item.decisions.length === 0 || (item.publicExtract ?? '').trim() !== '') return [];
  return [{
    code: 'closed_without_extract', severity: 'warning', itemId: item.id,
    message: `${itemLabel(item)} er lukket og har intet offentligt uddrag af beslutningen: den offentlige protokol viser kun punktets offentlige titel.`,
  }];
}

function noQuorum(item: Item, meeting: MeetingDetail, people: readonly Person[]): ReleaseIssue[] {
  if (item.decisions.length === 0 || meeting.attendance.length === 0) return [];
  const quorum = quorumFor(meeting.members, votersForItem(meeting, item, people));
  if (quorum.met) return [];
  return [{
    code: 'no_quorum', severity: 'warning', itemId: item.id,
    message: `${itemLabel(item)}: udvalget var ikke beslutningsdygtigt, kun ${quorum.present} af ${quorum.members} medlemmer kunne deltage (mindst halvdelen skal være til stede).`,
  }];
}

function staleOverrides(item: Item, context: ProtocolContext): ReleaseIssue[] {
  const issues: ReleaseIssue[] = [];
  if (protocolDecisions(item, context).some((d) => d.stale)) {
    issues.push({
      code: 'stale_override', severity: 'question', itemId: item.id,
      message: `${itemLabel(item)}: den skrevne beslutningstekst er ikke ændret, men beslutningen eller afstemningen under den er. Passer teksten stadig?`,
    });
  }
  if (protocolPresence(item, context).stale) {
    issues.push({
      code: 'stale_override', severity: 'question', itemId: item.id,
      message: `${itemLabel(item)}: den skrevne tekst om fremmødet er ikke ændret, men fremmødet under den er. Passer teksten stadig?`,
    });
  }
  return issues;
}
