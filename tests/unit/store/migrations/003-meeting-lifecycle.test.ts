import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { signingCertificates } from '../../../../electron/store/migrations/002-signing-certificates';
import { meetingLifecycle } from '../../../../electron/store/migrations/003-meeting-lifecycle';
import { migrate, schemaVersion } from '../../../../electron/store/migrate';

function databaseAtVersion2WithAMeeting(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, ':memory:', signingCertificates.version);
  db.exec(`INSERT INTO committees (id, name, kind) VALUES (1, 'Økonomiudvalget', 'oekonomiudvalg');
    INSERT INTO meetings (id, committee_id, date, status) VALUES (1, 1, '2026-12-02', 'agenda_released');
    INSERT INTO items (id, meeting_id, position, number, title, is_closed) VALUES (1, 1, 0, 1, 'Køb af ejendommen Havnevej 22', 1);`);
  return db;
}

describe('migration 003: meeting lifecycle', () => {
  const db = databaseAtVersion2WithAMeeting();
  migrate(db, ':memory:', meetingLifecycle.version);

  it('sets user_version to 3 and keeps the rows of version 2', () => {
    expect(schemaVersion(db)).toBe(3);
    expect(db.prepare('SELECT status, cancelled_at, cancel_reason FROM meetings').get()).toEqual({ status: 'agenda_released', cancelled_at: null, cancel_reason: null });
    expect(db.prepare('SELECT public_title FROM items').get()).toEqual({ public_title: null });
  });

  it('a cancellation needs both its time and a reason', () => {
    expect(() => db.prepare("UPDATE meetings SET cancelled_at = '2026-12-01T10:00:00Z' WHERE id = 1").run()).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE meetings SET cancelled_at = '2026-12-01T10:00:00Z', cancel_reason = '' WHERE id = 1").run()).toThrow(/CHECK/);
    db.prepare("UPDATE meetings SET cancelled_at = '2026-12-01T10:00:00Z', cancel_reason = 'Formanden er syg' WHERE id = 1").run();
    expect(db.prepare('SELECT status FROM meetings').get()).toEqual({ status: 'agenda_released' });
  });

  it('refuses an empty public title and invalid override JSON', () => {
    expect(() => db.prepare("UPDATE items SET public_title = '' WHERE id = 1").run()).toThrow(/CHECK/);
    db.prepare("UPDATE items SET public_title = 'Køb af ejendom' WHERE id = 1").run();
    const insert = db.prepare(`INSERT INTO releases (meeting_id, document, edition, version, released_at, sha256, overrides)
      VALUES (1, 'agenda', 'members', ?, '2026-12-01T10:00:00Z', ?, ?)`);
    expect(() => insert.run(1, 'a'.repeat(64), '{not json')).toThrow(/CHECK/);
    insert.run(1, 'a'.repeat(64), JSON.stringify([{ code: 'placeholder', reason: 'Beløbet kommer på mødet' }]));
  });

  it('keeps a deleted item whole, and drops it with its meeting', () => {
    db.prepare("INSERT INTO deleted_items (meeting_id, position, deleted_at, item) VALUES (1, 0, '2026-12-01T10:00:00Z', ?)").run(JSON.stringify({ title: 'x' }));
    expect(() => db.prepare("INSERT INTO deleted_items (meeting_id, position, deleted_at, item) VALUES (1, 0, 'x', 'nej')").run()).toThrow(/CHECK/);
    db.prepare('DELETE FROM releases').run();
    db.prepare('DELETE FROM items').run();
    db.prepare('DELETE FROM meetings').run();
    expect(db.prepare('SELECT count(*) AS n FROM deleted_items').get()).toEqual({ n: 0 });
  });

  it('is applied only once', () => {
    migrate(db, ':memory:', meetingLifecycle.version);
    expect(schemaVersion(db)).toBe(3);
  });
});
