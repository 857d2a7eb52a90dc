import type { Db } from '../open-database';
import type { Decision, ItemAttendance } from '../../../shared/domain/entities';
import type { DecisionOutcome, VoteChoiceValue, VoteMode } from '../../../shared/domain/enums';

export function replaceItemAttendance(db: Db, itemId: number, entries: ItemAttendance[]): void {
  db.prepare('DELETE FROM item_attendance WHERE item_id = ?').run(itemId);
  const insert = db.prepare('INSERT INTO item_attendance (item_id, person_id, kind, reason) VALUES (?, ?, ?, ?)');
  for (const e of entries) insert.run(itemId, e.personId, e.kind, e.reason);
}

export interface VoteToStore { personId: number | null; partyId: number | null; choice: VoteChoiceValue; count: number }

/** A decision as written: its rounds in order (each with its votes and dissents) and its protocol notes. */
export interface DecisionToStore {
  points: number[];
  outcome: DecisionOutcome | null;
  outcomeBody: string | null;
  remark: string;
  override: { text: string; basis: string } | null;
  rounds: { subject: string | null; mode: VoteMode; votes: VoteToStore[]; dissents: { partyId: number | null; personIds: number[]; text: string }[] }[];
  notes: { personIds: number[]; text: string }[];
}

/** Replaces an item's decisions with their rounds, votes, dissents and notes (call inside a transaction). */
export function replaceDecisions(db: Db, itemId: number, decisions: DecisionToStore[]): void {
  db.prepare('DELETE FROM decisions WHERE item_id = ?').run(itemId);
  const insertDecision = db.prepare(`INSERT INTO decisions (item_id, position, points, outcome, outcome_body, remark, override_text, override_basis)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
  const insertRound = db.prepare('INSERT INTO vote_rounds (decision_id, position, subject, mode) VALUES (?, ?, ?, ?)');
  const insertVote = db.prepare('INSERT INTO round_votes (round_id, person_id, party_id, choice, count) VALUES (?, ?, ?, ?, ?)');
  const insertNote = db.prepare('INSERT INTO protocol_notes (item_id, kind, text, position, decision_id, round_id, party_id) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const insertMember = db.prepare('INSERT INTO protocol_note_members (note_id, person_id) VALUES (?, ?)');
  let notePosition = 0;
  const note = (kind: 'dissent' | 'protocol_note', text: string, decisionId: number | bigint, roundId: number | bigint | null, partyId: number | null, personIds: number[]) => {
    const noteId = insertNote.run(itemId, kind, text, notePosition++, decisionId, roundId, partyId).lastInsertRowid;
    for (const p of new Set(personIds)) insertMember.run(noteId, p);
  };
  decisions.forEach((d, i) => {
    const decisionId = insertDecision.run(
      itemId, i, JSON.stringify(d.points), d.outcome, d.outcomeBody, d.remark, d.override?.text ?? null, d.override?.basis ?? null,
    ).lastInsertRowid;
    d.rounds.forEach((r, j) => {
      const roundId = insertRound.run(decisionId, j, r.subject, r.mode).lastInsertRowid;
      for (const v of r.votes) insertVote.run(roundId, v.personId, v.partyId, v.choice, v.count);
      for (const dissent of r.dissents) note('dissent', dissent.text, decisionId, roundId, dissent.partyId, dissent.personIds);
    });
    for (const n of d.notes) note('protocol_note', n.text, decisionId, null, null, n.personIds);
  });
}

export function replaceItemSubstitutes(db: Db, itemId: number, substitutes: { personId: number; forPersonId: number }[]): void {
  db.prepare('DELETE FROM item_substitutes WHERE item_id = ?').run(itemId);
  const insert = db.prepare('INSERT INTO item_substitutes (item_id, person_id, for_person_id) VALUES (?, ?, ?)');
  for (const s of substitutes) insert.run(itemId, s.personId, s.forPersonId);
}

/** A closed item's public extract and the item's hand-written presence lines. */
export function updateItemRecordFields(db: Db, itemId: number, f: { publicExtract: string | null; presenceOverride: { text: string; basis: string } | null }): void {
  db.prepare('UPDATE items SET public_extract = ?, presence_override_text = ?, presence_override_basis = ? WHERE id = ?')
    .run(f.publicExtract, f.presenceOverride?.text ?? null, f.presenceOverride?.basis ?? null, itemId);
}

/** A decision as read, ready to be written again (a restored item, a copy). */
export function decisionToStore(d: Decision): DecisionToStore {
  return {
    points: d.points, outcome: d.outcome, outcomeBody: d.outcomeBody, remark: d.remark, override: d.override,
    rounds: d.rounds.map((r) => ({ subject: r.subject, mode: r.mode, votes: r.votes, dissents: r.dissents.map(({ partyId, personIds, text }) => ({ partyId, personIds, text })) })),
    notes: d.notes.map(({ personIds, text }) => ({ personIds, text })),
  };
}
