import type { Db } from '../open-database';
import type { Distribution } from '../../../shared/domain/enums';
import type { AttachmentInfo } from '../../../shared/domain/entities';
import { putBlob } from './blob-repository';
import { ATTACHMENT_COLUMNS, toAttachmentInfo, type AttachmentRow } from './item-read-repository';

export interface NewAttachment {
  itemId: number; bytes: Uint8Array; sha256: string; title: string; fileName: string; mediaType: string;
  distribution: Distribution; isClosed: boolean; pageCount: number; text: string;
}

export function insertAttachment(db: Db, a: NewAttachment): number {
  putBlob(db, a.bytes, a.sha256);
  return insertAttachmentOfStoredBlob(db, a);
}

/** The attachment row for a file already in the blob store (a meeting import stores each bilag as it reads it). */
export function insertAttachmentOfStoredBlob(db: Db, a: Omit<NewAttachment, 'bytes'>): number {
  const next = db.prepare('SELECT coalesce(max(position) + 1, 0) AS position, count(*) + 1 AS number FROM attachments WHERE item_id = ?')
    .get(a.itemId) as { position: number; number: number };
  return Number(
    db.prepare(`INSERT INTO attachments (item_id, blob_sha256, title, file_name, media_type, number, position, distribution, is_closed, page_count, extracted_text)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(
      a.itemId, a.sha256, a.title, a.fileName, a.mediaType, next.number, next.position, a.distribution, a.isClosed ? 1 : 0, a.pageCount, a.text,
    ).lastInsertRowid,
  );
}

export function listAttachmentsOfItem(db: Db, itemId: number): AttachmentInfo[] {
  return (db.prepare(`SELECT ${ATTACHMENT_COLUMNS} FROM attachments a JOIN blobs b ON b.sha256 = a.blob_sha256 WHERE a.item_id = ? ORDER BY a.position`)
    .all(itemId) as AttachmentRow[]).map(toAttachmentInfo);
}

export function updateAttachmentFields(db: Db, id: number, f: { title: string; distribution: Distribution; isClosed: boolean }): void {
  db.prepare('UPDATE attachments SET title = ?, distribution = ?, is_closed = ? WHERE id = ?').run(f.title, f.distribution, f.isClosed ? 1 : 0, id);
}

/** Bilag are numbered 1..n in their order on the item. */
export function setAttachmentOrder(db: Db, ids: number[]): void {
  const update = db.prepare('UPDATE attachments SET position = ?, number = ? WHERE id = ?');
  ids.forEach((id, i) => update.run(i, i + 1, id));
}

export const deleteAttachmentRow = (db: Db, id: number): number => db.prepare('DELETE FROM attachments WHERE id = ?').run(id).changes;

export function getAttachmentText(db: Db, id: number): string {
  return (db.prepare('SELECT extracted_text FROM attachments WHERE id = ?').get(id) as { extracted_text: string } | undefined)?.extracted_text ?? '';
}
