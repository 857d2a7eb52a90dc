import type { Item } from '../../../shared/domain/entities';
import type { Db } from '../open-database';

/** A deleted item as it was, whole: what an undo puts back. */
export interface DeletedItemPayload {
  item: Item;
  caseId: number | null;
  /** Extracted text of each bilag, by attachment id (search and the release checks read it). */
  bilagText: Record<string, string>;
  /** The bilag as stored rows refer to them; the blobs stay in the database while the payload waits. */
  attachments: { sha256: string }[];
}

export function insertDeletedItem(db: Db, meetingId: number, position: number, deletedAt: string, payload: DeletedItemPayload): number {
  return Number(db.prepare('INSERT INTO deleted_items (meeting_id, position, deleted_at, item) VALUES (?, ?, ?, ?)')
    .run(meetingId, position, deletedAt, JSON.stringify(payload)).lastInsertRowid);
}

export function findDeletedItem(db: Db, id: number): { meetingId: number; position: number; payload: DeletedItemPayload } | undefined {
  const row = db.prepare('SELECT meeting_id, position, item FROM deleted_items WHERE id = ?').get(id) as { meeting_id: number; position: number; item: string } | undefined;
  return row && { meetingId: row.meeting_id, position: row.position, payload: JSON.parse(row.item) as DeletedItemPayload };
}

export const removeDeletedItem = (db: Db, id: number): number => db.prepare('DELETE FROM deleted_items WHERE id = ?').run(id).changes;

/** Deleted items older than `before` can no longer be undone. */
export const pruneDeletedItems = (db: Db, before: string): number => db.prepare('DELETE FROM deleted_items WHERE deleted_at < ?').run(before).changes;

export function caseIdOfItem(db: Db, itemId: number): number | null {
  return (db.prepare('SELECT case_id FROM items WHERE id = ?').get(itemId) as { case_id: number | null } | undefined)?.case_id ?? null;
}

export function attachmentTexts(db: Db, itemId: number): Record<string, string> {
  const rows = db.prepare('SELECT id, extracted_text FROM attachments WHERE item_id = ?').all(itemId) as { id: number; extracted_text: string }[];
  return Object.fromEntries(rows.map((r) => [String(r.id), r.extracted_text]));
}
