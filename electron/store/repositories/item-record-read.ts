import type { Db } from '../open-database';
import type { Decision, Dissent, ItemSubstitute, ProtocolNote, Vote, VoteRound } from '../../../shared/domain/entities';
import type { DecisionOutcome, VoteChoiceValue, VoteMode } from '../../../shared/domain/enums';

interface DecisionRow {
  item_id: number; id: number; points: string; outcome: DecisionOutcome | null; outcome_body: string | null; remark: string;
  override_text: string | null; override_basis: string | null;
}
interface RoundRow { decision_id: number; id: number; subject: string | null; mode: VoteMode }
interface VoteRow { round_id: number; person_id: number | null; party_id: number | null; choice: VoteChoiceValue; count: number }
interface NoteRow { decision_id: number | null; round_id: number | null; id: number; party_id: number | null; text: string }

/**
 * The record of a set of items (decisions with their vote rounds, votes, dissents and protocol
 * notes; item-only substitutes), one query per table for all of them.
 */
export function loadItemRecords(db: Db, itemIds: readonly number[]): { decisions: Map<number, Decision[]>; substitutes: Map<number, ItemSubstitute[]> } {
  const inIds = `(${itemIds.map(() => '?').join(',')})`;
  const decisionRows = db.prepare(`SELECT item_id, id, points, outcome, outcome_body, remark, override_text, override_basis FROM decisions
    WHERE item_id IN ${inIds} ORDER BY position, id`).all(...itemIds) as DecisionRow[];
  const rounds = groupBy(db.prepare(`SELECT r.decision_id, r.id, r.subject, r.mode FROM vote_rounds r JOIN decisions d ON d.id = r.decision_id
    WHERE d.item_id IN ${inIds} ORDER BY r.position, r.id`).all(...itemIds) as RoundRow[], (r) => r.decision_id);
  const votes = groupBy(db.prepare(`SELECT v.round_id, v.person_id, v.party_id, v.choice, v.count FROM round_votes v
    JOIN vote_rounds r ON r.id = v.round_id JOIN decisions d ON d.id = r.decision_id WHERE d.item_id IN ${inIds} ORDER BY v.id`).all(...itemIds) as VoteRow[], (v) => v.round_id);
  const notes = db.prepare(`SELECT decision_id, round_id, id, party_id, text FROM protocol_notes WHERE item_id IN ${inIds} ORDER BY position, id`)
    .all(...itemIds) as NoteRow[];
  const members = groupBy(db.prepare(`SELECT nm.note_id, nm.person_id FROM protocol_note_members nm JOIN protocol_notes n ON n.id = nm.note_id
    WHERE n.item_id IN ${inIds} ORDER BY nm.person_id`).all(...itemIds) as { note_id: number; person_id: number }[], (m) => m.note_id);
  const personIds = (noteId: number) => (members.get(noteId) ?? []).map((m) => m.person_id);
  const dissentsByRound = groupBy(notes.filter((n) => n.round_id !== null), (n) => n.round_id!);
  const notesByDecision = groupBy(notes.filter((n) => n.round_id === null && n.decision_id !== null), (n) => n.decision_id!);

  const toVote = (v: VoteRow): Vote => ({ personId: v.person_id, partyId: v.party_id, choice: v.choice, count: v.count });
  const toRound = (r: RoundRow): VoteRound => ({
    id: r.id, subject: r.subject, mode: r.mode, votes: (votes.get(r.id) ?? []).map(toVote),
    dissents: (dissentsByRound.get(r.id) ?? []).map((n): Dissent => ({ id: n.id, partyId: n.party_id, personIds: personIds(n.id), text: n.text })),
  });
  const decisions = groupBy(decisionRows, (d) => d.item_id);
  const result = new Map<number, Decision[]>();
  for (const [itemId, rows] of decisions) {
    result.set(itemId, rows.map((d): Decision => ({
      id: d.id, points: JSON.parse(d.points) as number[], outcome: d.outcome, outcomeBody: d.outcome_body, remark: d.remark,
      rounds: (rounds.get(d.id) ?? []).map(toRound),
      notes: (notesByDecision.get(d.id) ?? []).map((n): ProtocolNote => ({ id: n.id, text: n.text, personIds: personIds(n.id) })),
      override: d.override_text !== null && d.override_basis !== null ? { text: d.override_text, basis: d.override_basis } : null,
    })));
  }
  const substitutes = groupBy(db.prepare(`SELECT item_id, person_id, for_person_id FROM item_substitutes WHERE item_id IN ${inIds} ORDER BY rowid`)
    .all(...itemIds) as { item_id: number; person_id: number; for_person_id: number }[], (s) => s.item_id);
  return {
    decisions: result,
    substitutes: new Map([...substitutes].map(([id, list]) => [id, list.map((s) => ({ personId: s.person_id, forPersonId: s.for_person_id }))])),
  };
}

function groupBy<T>(list: T[], key: (t: T) => number): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const entry of list) {
    const k = key(entry);
    const bucket = map.get(k);
    if (bucket) bucket.push(entry);
    else map.set(k, [entry]);
  }
  return map;
}
