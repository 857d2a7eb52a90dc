import type { Db } from '../store/open-database';

/** Adds an existing bilag to another item; the bytes are shared through their content hash. */
export function insertAttachmentCopy(db: Db, attachmentId: number, toItemId: number): number {
  const next = db.prepare('SELECT coalesce(max(position) + 1, 0) AS position, count(*) + 1 AS number FROM attachments WHERE item_id = ?')
    .get(toItemId) as { position: number; number: number };
  return Number(
    db.prepare(`INSERT INTO attachments (item_id, blob_sha256, title, file_name, media_type, number, position, distribution, is_closed, page_count, extracted_text)
      SELECT ?, blob_sha256, title, file_name, media_type, ?, ?, distribution, is_closed, page_count, extracted_text FROM attachments WHERE id = ?`)
      .run(toItemId, next.number, next.position, attachmentId).lastInsertRowid,
  );
}
