import { itemTextParts, type DocumentItem } from '../../../shared/document';
import { loadDocumentModel } from '../../export/packet/load-packet-source';
import type { Db } from '../../store/open-database';

/**
 * Re-indexes the items the triggers marked in search_dirty (migration 007): each item's rows go,
 * and the item, if it still exists, comes back as one row with its title and its text as the
 * members' minutes print it (itemTextParts, the same document model the PDFs are made of), plus
 * one row per bilag with its title and extracted text. Runs inside the caller's transaction, so
 * the index changes with the data or not at all. Items are grouped by meeting: one document model
 * per meeting, however many of its items changed.
 */
export function refreshSearchIndex(db: Db): number {
  const dirty = db.prepare('SELECT item_id FROM search_dirty ORDER BY item_id').pluck().all() as number[];
  if (dirty.length === 0) return 0;
  const rowsOf = db.prepare('SELECT id FROM search_documents WHERE item_id = ?').pluck();
  const deleteRow = db.prepare('DELETE FROM search_index WHERE rowid = ?');
  const deleteDocuments = db.prepare('DELETE FROM search_documents WHERE item_id = ?');
  const meetingOf = db.prepare('SELECT meeting_id FROM items WHERE id = ?').pluck();
  const byMeeting = new Map<number, number[]>();
  for (const itemId of dirty) {
    for (const rowid of rowsOf.all(itemId) as number[]) deleteRow.run(rowid);
    deleteDocuments.run(itemId);
    const meetingId = meetingOf.get(itemId) as number | undefined;
    if (meetingId === undefined) continue;
    const items = byMeeting.get(meetingId);
    if (items) items.push(itemId);
    else byMeeting.set(meetingId, [itemId]);
  }
  const addDocument = db.prepare('INSERT INTO search_documents (item_id, attachment_id) VALUES (?, ?)');
  const addRow = db.prepare('INSERT INTO search_index (rowid, title, body) VALUES (?, ?, ?)');
  const titleOf = db.prepare('SELECT title FROM items WHERE id = ?').pluck();
  for (const [meetingId, itemIds] of byMeeting) {
    const items = printedItems(db, meetingId);
    for (const itemId of itemIds) {
      // A text the document model cannot read (written past the services; dagsorden check names it) leaves the item its title.
      const parts = items?.get(itemId) ? itemTextParts(items.get(itemId)!) : [titleOf.get(itemId) as string];
      for (const row of indexRows(db, itemId, parts)) {
        const rowid = Number(addDocument.run(itemId, row.attachmentId).lastInsertRowid);
        addRow.run(rowid, row.title, row.body);
      }
    }
  }
  db.prepare('DELETE FROM search_dirty').run();
  return dirty.length;
}

export interface IndexRow { attachmentId: number | null; title: string; body: string }

/** What an item is indexed as: its printed text (title first), then each of its bilag with its extracted text. */
export function indexRows(db: Db, itemId: number, parts: string[]): IndexRow[] {
  const [title = '', ...text] = parts;
  const bilag = db.prepare('SELECT id, title, extracted_text AS text FROM attachments WHERE item_id = ? ORDER BY position').all(itemId) as { id: number; title: string; text: string }[];
  return [{ attachmentId: null, title, body: text.join('\n') }, ...bilag.map((b) => ({ attachmentId: b.id, title: b.title, body: b.text }))];
}

/** The meeting's items as the members' minutes print them; undefined when the model cannot be built. */
export function printedItems(db: Db, meetingId: number): Map<number, DocumentItem> | undefined {
  try {
    return new Map(loadDocumentModel(db, meetingId, { document: 'minutes', edition: 'members' }).items.map((item) => [item.id, item]));
  } catch {
    return undefined;
  }
}

/** The whole index made again from the tables, in one transaction (dagsorden reindex). */
export function rebuildSearchIndex(db: Db): { items: number; bilag: number } {
  return db.transaction(() => {
    db.prepare('DELETE FROM search_index').run();
    db.prepare('DELETE FROM search_documents').run();
    db.prepare('INSERT INTO search_dirty (item_id) SELECT id FROM items WHERE id NOT IN (SELECT item_id FROM search_dirty)').run();
    refreshSearchIndex(db);
    const count = (sql: string) => db.prepare(sql).pluck().get() as number;
    return { items: count('SELECT count(*) FROM search_documents WHERE attachment_id IS NULL'), bilag: count('SELECT count(*) FROM search_documents WHERE attachment_id IS NOT NULL') };
  }).immediate();
}
