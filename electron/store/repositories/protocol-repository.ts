import type { Addendum, Approval, ProtocolEntry } from '../../../shared/domain/entities';
import type { ApprovalMethod } from '../../../shared/domain/enums';
import type { ProtocolNames } from '../../../shared/logic/protocol-chain';
import type { Db } from '../open-database';

interface ApprovalRow { id: number; meeting_id: number; addendum_id: number | null; person_id: number; method: ApprovalMethod; approved_at: string; note: string | null }
interface AddendumRow { id: number; meeting_id: number; item_id: number; text: string; reason: string; written_by: string; created_at: string; approved_at: string | null }
interface EntryRow {
  id: number; committee_id: number; sequence: number; meeting_id: number; addendum_id: number | null; approved_at: string;
  previous_hash: string | null; hash: string; part_hashes: string; names: string; overrides: string;
}

const toApproval = (r: ApprovalRow): Approval => ({
  id: r.id, meetingId: r.meeting_id, addendumId: r.addendum_id, personId: r.person_id, method: r.method, approvedAt: r.approved_at, note: r.note,
});

/** The approvals of the minutes (addendumId null) or of one addendum. */
export function listApprovals(db: Db, meetingId: number, addendumId: number | null): Approval[] {
  return (db.prepare('SELECT * FROM approvals WHERE meeting_id = ? AND addendum_id IS ? ORDER BY approved_at, id').all(meetingId, addendumId) as ApprovalRow[]).map(toApproval);
}

export function insertApproval(db: Db, a: Omit<Approval, 'id'>): Approval {
  const id = db.prepare('INSERT INTO approvals (meeting_id, addendum_id, person_id, method, approved_at, note) VALUES (?, ?, ?, ?, ?, ?)')
    .run(a.meetingId, a.addendumId, a.personId, a.method, a.approvedAt, a.note).lastInsertRowid;
  return toApproval(db.prepare('SELECT * FROM approvals WHERE id = ?').get(id) as ApprovalRow);
}

export function findApproval(db: Db, id: number): Approval | undefined {
  const row = db.prepare('SELECT * FROM approvals WHERE id = ?').get(id) as ApprovalRow | undefined;
  return row && toApproval(row);
}

export function deleteApproval(db: Db, id: number): void {
  db.prepare('DELETE FROM approvals WHERE id = ?').run(id);
}

const toAddendum = (db: Db, r: AddendumRow): Addendum => ({
  id: r.id, meetingId: r.meeting_id, itemId: r.item_id, text: r.text, reason: r.reason, writtenBy: r.written_by,
  createdAt: r.created_at, approvedAt: r.approved_at, approvals: listApprovals(db, r.meeting_id, r.id),
});

export function listAddenda(db: Db, meetingId: number): Addendum[] {
  return (db.prepare('SELECT * FROM addenda WHERE meeting_id = ? ORDER BY created_at, id').all(meetingId) as AddendumRow[]).map((r) => toAddendum(db, r));
}

export function findAddendum(db: Db, id: number): Addendum | undefined {
  const row = db.prepare('SELECT * FROM addenda WHERE id = ?').get(id) as AddendumRow | undefined;
  return row && toAddendum(db, row);
}

export function insertAddendum(db: Db, a: Pick<Addendum, 'meetingId' | 'itemId' | 'text' | 'reason' | 'writtenBy' | 'createdAt'>): number {
  return Number(db.prepare('INSERT INTO addenda (meeting_id, item_id, text, reason, written_by, created_at) VALUES (?, ?, ?, ?, ?, ?)')
    .run(a.meetingId, a.itemId, a.text, a.reason, a.writtenBy, a.createdAt).lastInsertRowid);
}

export function updateAddendum(db: Db, id: number, a: Pick<Addendum, 'itemId' | 'text' | 'reason' | 'writtenBy'>): void {
  db.prepare('UPDATE addenda SET item_id = ?, text = ?, reason = ?, written_by = ? WHERE id = ?').run(a.itemId, a.text, a.reason, a.writtenBy, id);
}

export function deleteAddendum(db: Db, id: number): void {
  db.prepare('DELETE FROM approvals WHERE addendum_id = ?').run(id);
  db.prepare('DELETE FROM addenda WHERE id = ?').run(id);
}

export function markAddendumApproved(db: Db, id: number, at: string): void {
  db.prepare('UPDATE addenda SET approved_at = ? WHERE id = ?').run(at, id);
}

/** A chain entry with everything its hash covers (the approvals are read from their table). */
export interface StoredEntry extends ProtocolEntry {
  parts: Record<string, string>;
  names: ProtocolNames;
}

const toEntry = (r: EntryRow): StoredEntry => ({
  id: r.id, committeeId: r.committee_id, sequence: r.sequence, meetingId: r.meeting_id, addendumId: r.addendum_id, approvedAt: r.approved_at,
  previousHash: r.previous_hash, hash: r.hash, parts: JSON.parse(r.part_hashes), names: JSON.parse(r.names), overrides: JSON.parse(r.overrides),
});

/** The committee's latest entry: the one the next approval links to. */
export function lastEntryOf(db: Db, committeeId: number): StoredEntry | undefined {
  const row = db.prepare('SELECT * FROM protocol_chain WHERE committee_id = ? ORDER BY sequence DESC LIMIT 1').get(committeeId) as EntryRow | undefined;
  return row && toEntry(row);
}

/** The meeting's entries: the minutes, then its addenda in the order they were approved. */
export function entriesOfMeeting(db: Db, meetingId: number): StoredEntry[] {
  return (db.prepare('SELECT * FROM protocol_chain WHERE meeting_id = ? ORDER BY sequence').all(meetingId) as EntryRow[]).map(toEntry);
}

/** Every entry, by committee and sequence: what the verifier walks. */
export function allEntries(db: Db): StoredEntry[] {
  return (db.prepare('SELECT * FROM protocol_chain ORDER BY committee_id, sequence').all() as EntryRow[]).map(toEntry);
}

export function insertEntry(db: Db, e: Omit<StoredEntry, 'id'>): StoredEntry {
  const id = db.prepare(`INSERT INTO protocol_chain (committee_id, sequence, meeting_id, addendum_id, approved_at, previous_hash, hash, part_hashes, names, overrides)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(
    e.committeeId, e.sequence, e.meetingId, e.addendumId, e.approvedAt, e.previousHash, e.hash,
    JSON.stringify(e.parts), JSON.stringify(e.names), JSON.stringify(e.overrides),
  ).lastInsertRowid;
  return toEntry(db.prepare('SELECT * FROM protocol_chain WHERE id = ?').get(id) as EntryRow);
}
