import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { releaseWordFiles } from '../../../../electron/store/migrations/006-release-word-files';
import { searchIndex } from '../../../../electron/store/migrations/007-search-index';
import { migrate, schemaVersion } from '../../../../electron/store/migrate';
import { searchArchive } from '../../../../electron/services/search/search-archive';

/** A version-6 database with a meeting of two items, one with a section, and a bilag with text. */
function databaseAtVersion6(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, ':memory:', releaseWordFiles.version);
  db.exec(`INSERT INTO committees (id, name, kind) VALUES (1, 'Teknik- og Miljøudvalget', 'fagudvalg');
    INSERT INTO meetings (id, committee_id, date) VALUES (1, 1, '2024-05-14');
    INSERT INTO items (id, meeting_id, position, number, title) VALUES (1, 1, 0, 1, 'Skybrudssikring af Åbrinken'), (2, 1, 1, 2, 'Eventuelt');
    INSERT INTO item_sections (item_id, section_key, heading, position, content_version, content)
      VALUES (1, 'sagsfremstilling', 'Sagsfremstilling', 0, 1, '{"type":"doc","content":[{"type":"paragraph","content":[{"type":"text","text":"Regnvandet ledes til søen ved Åbrinken."}]}]}');
    INSERT INTO blobs (sha256, size, data) VALUES ('${'a'.repeat(64)}', 1, x'00');
    INSERT INTO attachments (item_id, blob_sha256, title, file_name, number, position, page_count, extracted_text)
      VALUES (1, '${'a'.repeat(64)}', 'Kloakplan', 'kloakplan.pdf', 1, 0, 1, 'Nye ledninger under Strandvejen.');`);
  return db;
}

describe('migration 007: the search index', () => {
  const db = databaseAtVersion6();
  migrate(db, ':memory:', searchIndex.version);

  it('sets user_version to 7 and marks every existing item for indexing', () => {
    expect(schemaVersion(db)).toBe(7);
    expect(db.prepare('SELECT item_id FROM search_dirty ORDER BY item_id').pluck().all()).toEqual([1, 2]);
  });

  it('indexes them at the first search: the item by its text, the bilag by its extracted text', () => {
    expect(searchArchive(db, 'regnvandet').map((hit) => hit.itemTitle)).toEqual(['Skybrudssikring af Åbrinken']);
    expect(searchArchive(db, 'strandvejen').map((hit) => hit.bilagTitle)).toEqual(['Kloakplan']);
    expect(db.prepare('SELECT count(*) FROM search_dirty').pluck().get()).toBe(0);
  });

  it('marks an item dirty from any table a change lands in, even one written past the services', () => {
    db.exec("UPDATE attachments SET title = 'Kloakplan 2024' WHERE item_id = 1");
    db.exec("INSERT INTO notices (item_id, position, title, content_version, content) VALUES (2, 0, 'Orientering', 1, '{\"type\":\"doc\",\"content\":[]}')");
    expect(db.prepare('SELECT item_id FROM search_dirty ORDER BY item_id').pluck().all()).toEqual([1, 2]);
    expect(searchArchive(db, '"kloakplan 2024"').map((hit) => hit.bilagTitle)).toContain('Kloakplan 2024');
  });
});
