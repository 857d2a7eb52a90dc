import type { Migration } from './migration';

/**
 * Full-text search (issue 15): one FTS5 row per item (its title, and its text as the members'
 * minutes print it) and one per bilag (title and extracted text), search_documents saying which, tokenised by unicode61 with
 * remove_diacritics 0, so æ, ø and å stay letters of their own ("far" does not find "får"), with
 * prefix indexes for 2 and 3 characters. The text is made by the same document model the PDFs
 * are made from, which SQL cannot run: triggers only note the item as dirty in search_dirty, and
 * the service layer re-indexes the dirty items before the same transaction commits
 * (services/search/search-index.ts). Every existing item starts dirty.
 */
const ITEM_OF: Record<string, (row: string) => string> = {
  items: (r) => `${r}.id`,
  item_sections: (r) => `${r}.item_id`,
  recommendation_points: (r) => `${r}.item_id`,
  notices: (r) => `${r}.item_id`,
  prior_decisions: (r) => `${r}.item_id`,
  attachments: (r) => `${r}.item_id`,
  item_attendance: (r) => `${r}.item_id`,
  item_substitutes: (r) => `${r}.item_id`,
  decisions: (r) => `${r}.item_id`,
  protocol_notes: (r) => `${r}.item_id`,
  vote_rounds: (r) => `(SELECT item_id FROM decisions WHERE id = ${r}.decision_id)`,
  round_votes: (r) => `(SELECT d.item_id FROM vote_rounds v JOIN decisions d ON d.id = v.decision_id WHERE v.id = ${r}.round_id)`,
};

function dirtyTriggers(): string[] {
  // Not INSERT OR IGNORE: the statement that fires a trigger may impose its own conflict policy on it.
  const mark = (itemId: string) => `INSERT INTO search_dirty (item_id) SELECT ${itemId} WHERE ${itemId} IS NOT NULL AND NOT EXISTS (SELECT 1 FROM search_dirty WHERE item_id = ${itemId});`;
  return Object.entries(ITEM_OF).flatMap(([table, itemOf]) => [
    `CREATE TRIGGER ${table}_search_insert AFTER INSERT ON ${table} BEGIN ${mark(itemOf('NEW'))} END;`,
    `CREATE TRIGGER ${table}_search_update AFTER UPDATE ON ${table} BEGIN ${mark(itemOf('OLD'))} ${mark(itemOf('NEW'))} END;`,
    // BEFORE: a vote round's or a vote's item is found through rows a cascade may already have removed.
    `CREATE TRIGGER ${table}_search_delete BEFORE DELETE ON ${table} BEGIN ${mark(itemOf('OLD'))} END;`,
  ]);
}

export const searchIndex: Migration = {
  version: 7,
  name: 'search-index',
  up: `
CREATE VIRTUAL TABLE search_index USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 0', prefix = '2 3');
-- What each row of search_index (by rowid) is: an item, or one of its bilag.
CREATE TABLE search_documents (
  id INTEGER PRIMARY KEY,
  item_id INTEGER NOT NULL,
  attachment_id INTEGER
) STRICT;
CREATE INDEX search_documents_item ON search_documents(item_id);
CREATE TABLE search_dirty (item_id INTEGER PRIMARY KEY) STRICT;
${dirtyTriggers().join('\n')}
INSERT INTO search_dirty (item_id) SELECT id FROM items;
`,
};
