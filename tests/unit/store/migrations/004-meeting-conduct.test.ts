import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { meetingLifecycle } from '../../../../electron/store/migrations/003-meeting-lifecycle';
import { meetingConduct } from '../../../../electron/store/migrations/004-meeting-conduct';
import { migrate, schemaVersion } from '../../../../electron/store/migrate';

/** A version-3 database with a decided item: a decision on point 1 with votes, a dissent, and an item with only a note. */
function databaseAtVersion3(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, ':memory:', meetingLifecycle.version);
  db.exec(`INSERT INTO committees (id, name, kind) VALUES (1, 'Økonomiudvalget', 'oekonomiudvalg');
    INSERT INTO parties (id, letter, name) VALUES (1, 'A', 'Socialdemokratiet'), (2, 'V', 'Venstre');
    INSERT INTO people (id, name, party_id) VALUES (1, 'Karen Holm', 1), (2, 'Mads Kjær', 2);
    INSERT INTO meetings (id, committee_id, date, status) VALUES (1, 1, '2026-12-02', 'held');
    INSERT INTO items (id, meeting_id, position, number, title) VALUES (1, 1, 0, 1, 'Budget'), (2, 1, 1, 2, 'Eventuelt');
    INSERT INTO decisions (id, item_id, point_number, position, text) VALUES (10, 1, 1, 0, 'Ad 1. Godkendt.'), (11, 1, NULL, 1, 'Taget til efterretning.');
    INSERT INTO votes (decision_id, person_id, party_id, choice, count) VALUES (10, NULL, 1, 'for', 5), (10, NULL, 2, 'against', 2);
    INSERT INTO protocol_notes (id, item_id, kind, text, position) VALUES (20, 1, 'dissent', 'V ønsker en lavere skat.', 0), (21, 2, 'protocol_note', 'Mads Kjær ønskede ført til protokols.', 0);
    INSERT INTO protocol_note_members (note_id, person_id) VALUES (20, 2), (21, 2);`);
  return db;
}

describe('migration 004: meeting conduct', () => {
  const db = databaseAtVersion3();
  migrate(db, ':memory:', meetingConduct.version);

  it('sets user_version to 4', () => expect(schemaVersion(db)).toBe(4));

  it('keeps each decision with its point as a list and its text as the remark', () => {
    expect(db.prepare('SELECT id, points, remark, outcome FROM decisions WHERE item_id = 1 ORDER BY position').all()).toEqual([
      { id: 10, points: '[1]', remark: 'Ad 1. Godkendt.', outcome: null },
      { id: 11, points: '[]', remark: 'Taget til efterretning.', outcome: null },
    ]);
  });

  it('turns the votes of a decision into one counted round, in their order', () => {
    expect(db.prepare('SELECT decision_id, position, mode FROM vote_rounds').all()).toEqual([{ decision_id: 10, position: 0, mode: 'counted' }]);
    expect(db.prepare('SELECT party_id, choice, count FROM round_votes ORDER BY id').all()).toEqual([
      { party_id: 1, choice: 'for', count: 5 }, { party_id: 2, choice: 'against', count: 2 },
    ]);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'votes'").get()).toBeUndefined();
  });

  it('gives each note a decision (a new one where the item had none) and a dissent its round', () => {
    const dissent = db.prepare('SELECT decision_id, round_id FROM protocol_notes WHERE id = 20').get() as { decision_id: number; round_id: number };
    expect(dissent.decision_id).toBe(11);
    expect(dissent.round_id).toBeNull();
    const note = db.prepare('SELECT decision_id FROM protocol_notes WHERE id = 21').get() as { decision_id: number };
    expect(db.prepare('SELECT item_id, remark FROM decisions WHERE id = ?').get(note.decision_id)).toEqual({ item_id: 2, remark: '' });
  });

  it('refuses half an override and an unknown outcome, and has a house style', () => {
    expect(() => db.prepare("UPDATE decisions SET override_text = 'x' WHERE id = 10").run()).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE decisions SET outcome = 'maybe' WHERE id = 10").run()).toThrow(/CHECK/);
    expect(db.prepare('SELECT recommendation_lead, decision_heading_colon FROM house_style').get()).toEqual({ recommendation_lead: 'Forvaltningen foreslår, at', decision_heading_colon: 1 });
  });

  it('is applied only once', () => {
    migrate(db, ':memory:', meetingConduct.version);
    expect(schemaVersion(db)).toBe(4);
  });
});
