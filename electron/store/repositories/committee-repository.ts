import type { Db } from '../open-database';
import type { Committee, Membership, SectionTemplateEntry, StandardItem } from '../../../shared/domain/entities';
import type { ApprovalRule, CommitteeKind, ItemKind, MembershipRole } from '../../../shared/domain/enums';

interface CommitteeRow { id: number; name: string; kind: CommitteeKind; default_place: string | null; default_start_time: string | null; archived: number; approval_rule: ApprovalRule }
interface MembershipRow {
  id: number; committee_id: number; person_id: number; person_name: string; party_letter: string | null;
  role: MembershipRole; has_vote: number; from_date: string; to_date: string | null;
}

const toCommittee = (r: CommitteeRow): Committee => ({
  id: r.id, name: r.name, kind: r.kind, defaultPlace: r.default_place, defaultStartTime: r.default_start_time, archived: r.archived === 1, approvalRule: r.approval_rule,
});

const toMembership = (r: MembershipRow): Membership => ({
  id: r.id, committeeId: r.committee_id, personId: r.person_id, personName: r.person_name, partyLetter: r.party_letter,
  role: r.role, hasVote: r.has_vote === 1, fromDate: r.from_date, toDate: r.to_date,
});

export function listCommittees(db: Db, includeArchived = false): Committee[] {
  const where = includeArchived ? '' : 'WHERE archived = 0';
  return (db.prepare(`SELECT * FROM committees ${where} ORDER BY name COLLATE NOCASE`).all() as CommitteeRow[]).map(toCommittee);
}

export function findCommittee(db: Db, id: number): Committee | undefined {
  const row = db.prepare('SELECT * FROM committees WHERE id = ?').get(id) as CommitteeRow | undefined;
  return row && toCommittee(row);
}

export function findCommitteeByName(db: Db, name: string): Committee | undefined {
  const row = db.prepare('SELECT * FROM committees WHERE name = ?').get(name) as CommitteeRow | undefined;
  return row && toCommittee(row);
}

export function insertCommittee(db: Db, c: Omit<Committee, 'id' | 'archived' | 'approvalRule'> & { approvalRule?: ApprovalRule }): number {
  return Number(
    db.prepare('INSERT INTO committees (name, kind, default_place, default_start_time, approval_rule) VALUES (?, ?, ?, ?, ?)')
      .run(c.name, c.kind, c.defaultPlace, c.defaultStartTime, c.approvalRule ?? 'all_present').lastInsertRowid,
  );
}

export function updateCommittee(db: Db, c: Committee): number {
  return db
    .prepare('UPDATE committees SET name = ?, kind = ?, default_place = ?, default_start_time = ?, archived = ?, approval_rule = ? WHERE id = ?')
    .run(c.name, c.kind, c.defaultPlace, c.defaultStartTime, c.archived ? 1 : 0, c.approvalRule, c.id).changes;
}

const membershipSelect = `SELECT m.*, p.name AS person_name, pa.letter AS party_letter
  FROM memberships m JOIN people p ON p.id = m.person_id LEFT JOIN parties pa ON pa.id = p.party_id`;

const roleOrder = `CASE m.role WHEN 'formand' THEN 0 WHEN 'naestformand' THEN 1 WHEN 'medlem' THEN 2 ELSE 3 END`;

export function listMemberships(db: Db, committeeId: number): Membership[] {
  return (db.prepare(`${membershipSelect} WHERE m.committee_id = ? ORDER BY ${roleOrder}, p.name COLLATE NOCASE`).all(committeeId) as MembershipRow[]).map(toMembership);
}

/** Members on a given date: from_date ≤ date ≤ to_date. */
export function listMembershipsOn(db: Db, committeeId: number, date: string): Membership[] {
  return (
    db.prepare(`${membershipSelect} WHERE m.committee_id = ? AND m.from_date <= ? AND (m.to_date IS NULL OR m.to_date >= ?)
      ORDER BY ${roleOrder}, p.name COLLATE NOCASE`).all(committeeId, date, date) as MembershipRow[]
  ).map(toMembership);
}

export function findMembership(db: Db, id: number): Membership | undefined {
  const row = db.prepare(`${membershipSelect} WHERE m.id = ?`).get(id) as MembershipRow | undefined;
  return row && toMembership(row);
}

export function insertMembership(db: Db, m: Omit<Membership, 'id' | 'personName' | 'partyLetter'>): number {
  return Number(
    db.prepare('INSERT INTO memberships (committee_id, person_id, role, has_vote, from_date, to_date) VALUES (?, ?, ?, ?, ?, ?)')
      .run(m.committeeId, m.personId, m.role, m.hasVote ? 1 : 0, m.fromDate, m.toDate).lastInsertRowid,
  );
}

export function updateMembership(db: Db, m: { id: number; role: MembershipRole; hasVote: boolean; fromDate: string; toDate: string | null }): number {
  return db
    .prepare('UPDATE memberships SET role = ?, has_vote = ?, from_date = ?, to_date = ? WHERE id = ?')
    .run(m.role, m.hasVote ? 1 : 0, m.fromDate, m.toDate, m.id).changes;
}

export const deleteMembership = (db: Db, id: number): number => db.prepare('DELETE FROM memberships WHERE id = ?').run(id).changes;

export function getSectionTemplate(db: Db, committeeId: number): SectionTemplateEntry[] {
  return db
    .prepare('SELECT section_key AS key, heading FROM section_templates WHERE committee_id = ? ORDER BY position')
    .all(committeeId) as SectionTemplateEntry[];
}

export function replaceSectionTemplate(db: Db, committeeId: number, sections: SectionTemplateEntry[]): void {
  db.prepare('DELETE FROM section_templates WHERE committee_id = ?').run(committeeId);
  const insert = db.prepare('INSERT INTO section_templates (committee_id, section_key, heading, position) VALUES (?, ?, ?, ?)');
  sections.forEach((s, i) => insert.run(committeeId, s.key, s.heading, i));
}

export function getStandardItems(db: Db, committeeId: number): StandardItem[] {
  return db
    .prepare('SELECT kind, title, placement FROM standard_items WHERE committee_id = ? ORDER BY position')
    .all(committeeId) as { kind: ItemKind; title: string; placement: 'start' | 'end' }[];
}

export function replaceStandardItems(db: Db, committeeId: number, items: StandardItem[]): void {
  db.prepare('DELETE FROM standard_items WHERE committee_id = ?').run(committeeId);
  const insert = db.prepare('INSERT INTO standard_items (committee_id, kind, title, placement, position) VALUES (?, ?, ?, ?, ?)');
  items.forEach((s, i) => insert.run(committeeId, s.kind, s.title, s.placement, i));
}
