import type { Db } from '../open-database';
import type { Municipality, Party, Person } from '../../../shared/domain/entities';
import { getBlob, putBlob } from './blob-repository';

interface PersonRow { id: number; name: string; party_id: number | null; party_letter: string | null; title: string | null; email: string | null }

const toPerson = (r: PersonRow): Person => ({
  id: r.id, name: r.name, partyId: r.party_id, partyLetter: r.party_letter, title: r.title, email: r.email,
});

export function getMunicipality(db: Db): Municipality {
  const row = db.prepare('SELECT name, logo_sha256, logo_media_type FROM municipality WHERE id = 1').get() as
    | { name: string; logo_sha256: string | null; logo_media_type: string | null }
    | undefined;
  if (!row) return { name: '', logoDataUrl: null };
  const logo = row.logo_sha256 ? getBlob(db, row.logo_sha256) : null;
  return {
    name: row.name,
    logoDataUrl: logo ? `data:${row.logo_media_type};base64,${Buffer.from(logo).toString('base64')}` : null,
  };
}

export function saveMunicipality(db: Db, name: string, logo: { bytes: Uint8Array; mediaType: string } | null): void {
  const sha = logo ? putBlob(db, logo.bytes) : null;
  db.prepare(
    `INSERT INTO municipality (id, name, logo_sha256, logo_media_type) VALUES (1, ?, ?, ?)
     ON CONFLICT(id) DO UPDATE SET name = excluded.name, logo_sha256 = excluded.logo_sha256, logo_media_type = excluded.logo_media_type`,
  ).run(name, sha, logo?.mediaType ?? null);
}

export const listParties = (db: Db): Party[] =>
  db.prepare('SELECT id, letter, name FROM parties ORDER BY letter').all() as Party[];

export const findParty = (db: Db, id: number): Party | undefined =>
  db.prepare('SELECT id, letter, name FROM parties WHERE id = ?').get(id) as Party | undefined;

export const findPartyByLetter = (db: Db, letter: string): Party | undefined =>
  db.prepare('SELECT id, letter, name FROM parties WHERE letter = ?').get(letter) as Party | undefined;

export function insertParty(db: Db, p: { letter: string; name: string }): number {
  return Number(db.prepare('INSERT INTO parties (letter, name) VALUES (?, ?)').run(p.letter, p.name).lastInsertRowid);
}

export function updateParty(db: Db, p: Party): number {
  return db.prepare('UPDATE parties SET letter = ?, name = ? WHERE id = ?').run(p.letter, p.name, p.id).changes;
}

export const deleteParty = (db: Db, id: number): number => db.prepare('DELETE FROM parties WHERE id = ?').run(id).changes;

const personSelect = `SELECT p.id, p.name, p.party_id, pa.letter AS party_letter, p.title, p.email
  FROM people p LEFT JOIN parties pa ON pa.id = p.party_id`;

export const listPeople = (db: Db): Person[] =>
  (db.prepare(`${personSelect} ORDER BY p.name COLLATE NOCASE`).all() as PersonRow[]).map(toPerson);

export function findPerson(db: Db, id: number): Person | undefined {
  const row = db.prepare(`${personSelect} WHERE p.id = ?`).get(id) as PersonRow | undefined;
  return row && toPerson(row);
}

export function insertPerson(db: Db, p: Omit<Person, 'id' | 'partyLetter'>): number {
  return Number(
    db.prepare('INSERT INTO people (name, party_id, title, email) VALUES (?, ?, ?, ?)').run(p.name, p.partyId, p.title, p.email).lastInsertRowid,
  );
}

export function updatePerson(db: Db, p: Omit<Person, 'partyLetter'>): number {
  return db
    .prepare('UPDATE people SET name = ?, party_id = ?, title = ?, email = ? WHERE id = ?')
    .run(p.name, p.partyId, p.title, p.email, p.id).changes;
}

export const deletePerson = (db: Db, id: number): number => db.prepare('DELETE FROM people WHERE id = ?').run(id).changes;
