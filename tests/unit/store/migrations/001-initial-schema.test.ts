import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { initialSchema } from '../../../../electron/store/migrations/001-initial-schema';
import { migrate, schemaVersion } from '../../../../electron/store/migrate';

describe('migration 001: initial schema', () => {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, ':memory:', initialSchema.version);

  it('sets user_version to 1', () => expect(schemaVersion(db)).toBe(1));

  it('creates every table of the domain', () => {
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((t) => t.name);
    expect(tables).toEqual(expect.arrayContaining([
      'blobs', 'municipality', 'parties', 'people', 'committees', 'memberships', 'section_templates', 'standard_items', 'meetings',
      'cases', 'items', 'item_sections', 'recommendation_points', 'notices', 'prior_decisions', 'attachments', 'attendance',
      'item_attendance', 'decisions', 'votes', 'protocol_notes', 'protocol_note_members', 'releases', 'audit_log',
    ]));
  });

  it('keeps the audit log append-only', () => {
    db.prepare("INSERT INTO audit_log (at, actor, action, entity) VALUES ('2026-01-01T00:00:00Z', 'a', 'create', 'x')").run();
    expect(() => db.prepare("UPDATE audit_log SET actor = 'b'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
  });

  it('enforces foreign keys and value checks', () => {
    expect(() => db.prepare("INSERT INTO items (meeting_id, position, number, title) VALUES (999, 0, 1, 'x')").run()).toThrow(/FOREIGN KEY/);
    db.prepare("INSERT INTO committees (name, kind) VALUES ('Udvalg', 'fagudvalg')").run();
    expect(() => db.prepare("INSERT INTO committees (name, kind) VALUES ('Andet', 'klub')").run()).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO votes (decision_id, person_id, party_id, choice) VALUES (1, NULL, NULL, 'for')").run()).toThrow();
  });

  it('is applied only once', () => {
    migrate(db, ':memory:', initialSchema.version);
    expect(schemaVersion(db)).toBe(1);
  });
});
