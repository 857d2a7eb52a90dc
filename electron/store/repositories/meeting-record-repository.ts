import type { Db } from '../open-database';
import type { ItemAttendance } from '../../../shared/domain/entities';
import type { ProtocolNoteKind, VoteChoiceValue } from '../../../shared/domain/enums';

export function replaceItemAttendance(db: Db, itemId: number, entries: ItemAttendance[]): void {
  db.prepare('DELETE FROM item_attendance WHERE item_id = ?').run(itemId);
  const insert = db.prepare('INSERT INTO item_attendance (item_id, person_id, kind, reason) VALUES (?, ?, ?, ?)');
  for (const e of entries) insert.run(itemId, e.personId, e.kind, e.reason);
}

export interface DecisionToStore {
  pointNumber: number | null;
  text: string;
  votes: { personId: number | null; partyId: number | null; choice: VoteChoiceValue; count: number }[];
}

export function replaceDecisions(db: Db, itemId: number, decisions: DecisionToStore[]): void {
  db.prepare('DELETE FROM decisions WHERE item_id = ?').run(itemId);
  const insertDecision = db.prepare('INSERT INTO decisions (item_id, point_number, position, text) VALUES (?, ?, ?, ?)');
  const insertVote = db.prepare('INSERT INTO votes (decision_id, person_id, party_id, choice, count) VALUES (?, ?, ?, ?, ?)');
  decisions.forEach((d, i) => {
    const decisionId = insertDecision.run(itemId, d.pointNumber, i, d.text).lastInsertRowid;
    for (const v of d.votes) insertVote.run(decisionId, v.personId, v.partyId, v.choice, v.count);
  });
}

export function replaceProtocolNotes(db: Db, itemId: number, notes: { kind: ProtocolNoteKind; text: string; personIds: number[] }[]): void {
  db.prepare('DELETE FROM protocol_notes WHERE item_id = ?').run(itemId);
  const insertNote = db.prepare('INSERT INTO protocol_notes (item_id, kind, text, position) VALUES (?, ?, ?, ?)');
  const insertMember = db.prepare('INSERT INTO protocol_note_members (note_id, person_id) VALUES (?, ?)');
  notes.forEach((n, i) => {
    const noteId = insertNote.run(itemId, n.kind, n.text, i).lastInsertRowid;
    for (const p of new Set(n.personIds)) insertMember.run(noteId, p);
  });
}
