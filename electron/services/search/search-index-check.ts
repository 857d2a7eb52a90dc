import { itemTextParts } from '../../../shared/document';
import { formatLongDate } from '../../../shared/format/danish-date';
import type { Db } from '../../store/open-database';
import { indexRows, printedItems, type IndexRow } from './search-index';

const REBUILD = 'Byg det igen med »dagsorden reindex«.';

/**
 * The search index against the tables: FTS5's own integrity check, then for every item not waiting
 * in search_dirty exactly one row with its title and text as the members' minutes print them now,
 * and one row per bilag with its title and extracted text, and no row for anything that is gone.
 * One Danish line per problem, naming the item.
 */
export function verifySearchIndex(db: Db): string[] {
  try {
    db.prepare("INSERT INTO search_index (search_index) VALUES ('integrity-check')").run();
  } catch (error) {
    return [`Søgeindekset er beskadiget (${error instanceof Error ? error.message : String(error)}). ${REBUILD}`];
  }
  const problems: string[] = [];
  const orphans = db.prepare(`SELECT count(*) FROM search_documents d
    WHERE NOT EXISTS (SELECT 1 FROM items i WHERE i.id = d.item_id)
       OR (d.attachment_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM attachments a WHERE a.id = d.attachment_id AND a.item_id = d.item_id))
       OR NOT EXISTS (SELECT 1 FROM search_index s WHERE s.rowid = d.id)`).pluck().get() as number;
  if (orphans > 0) problems.push(`Søgeindekset har ${orphans} rækker for punkter eller bilag, der ikke findes (mere). ${REBUILD}`);
  const dirty = new Set(db.prepare('SELECT item_id FROM search_dirty').pluck().all() as number[]);
  const rowsOf = db.prepare(`SELECT d.attachment_id AS attachmentId, s.title, s.body FROM search_documents d JOIN search_index s ON s.rowid = d.id WHERE d.item_id = ?`);
  const meetings = db.prepare('SELECT m.id, m.date, c.name FROM meetings m JOIN committees c ON c.id = m.committee_id ORDER BY m.date, m.id').all() as { id: number; date: string; name: string }[];
  for (const meeting of meetings) {
    // A meeting whose text the model cannot read is reported by the content check, not here.
    for (const item of printedItems(db, meeting.id)?.values() ?? []) {
      if (dirty.has(item.id)) continue;
      const key = (row: IndexRow) => `${row.attachmentId}\u0000${row.title}\u0000${row.body}`;
      const expected = indexRows(db, item.id, itemTextParts(item)).map(key).sort();
      const found = (rowsOf.all(item.id) as IndexRow[]).map(key).sort();
      const same = found.length === expected.length && found.every((row, i) => row === expected[i]);
      if (!same) problems.push(`Søgeindekset passer ikke til punkt ${item.number} (${item.title}) i ${meeting.name} den ${formatLongDate(meeting.date)}. ${REBUILD}`);
    }
  }
  return problems;
}
