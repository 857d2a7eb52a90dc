import type { Db } from '../open-database';
import type { ContentDoc } from '../../../shared/content/content-model';
import type { ItemKind } from '../../../shared/domain/enums';
import type { AttachmentInfo, PriorDecision, SectionTemplateEntry } from '../../../shared/domain/entities';
import { writeContent } from '../../../shared/content/content-versions';

export interface ItemFields {
  meetingId: number; caseId: number | null; position: number; number: number; title: string; isClosed: boolean; kind: ItemKind;
  /** Only a closed item keeps one; null prints "Lukket punkt". */
  publicTitle?: string | null;
  request: { personId: number; requestedOn: string; text: string } | null;
}

export function insertItem(db: Db, f: ItemFields): number {
  return Number(
    db.prepare(`INSERT INTO items (meeting_id, case_id, position, number, title, is_closed, kind, public_title, requested_by_person_id, requested_on, request_text)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(
      f.meetingId, f.caseId, f.position, f.number, f.title, f.isClosed ? 1 : 0, f.kind, f.publicTitle ?? null,
      f.request?.personId ?? null, f.request?.requestedOn ?? null, f.request?.text ?? null,
    ).lastInsertRowid,
  );
}

export function updateItemFields(db: Db, id: number, f: Omit<ItemFields, 'meetingId' | 'position' | 'number'>): void {
  db.prepare(`UPDATE items SET case_id = ?, title = ?, is_closed = ?, kind = ?, public_title = ?, requested_by_person_id = ?, requested_on = ?, request_text = ?
    WHERE id = ?`).run(f.caseId, f.title, f.isClosed ? 1 : 0, f.kind, f.publicTitle ?? null, f.request?.personId ?? null, f.request?.requestedOn ?? null, f.request?.text ?? null, id);
}

export function setItemOrder(db: Db, order: { id: number; position: number; number: number }[]): void {
  const update = db.prepare('UPDATE items SET position = ?, number = ? WHERE id = ?');
  // Two passes so a UNIQUE (meeting, position) index, should one be added, never trips mid-way.
  for (const o of order) update.run(-1 - o.position, o.number, o.id);
  for (const o of order) update.run(o.position, o.number, o.id);
}

export const deleteItemRow = (db: Db, id: number): number => db.prepare('DELETE FROM items WHERE id = ?').run(id).changes;

export function listItemOrder(db: Db, meetingId: number): { id: number; position: number; number: number }[] {
  return db.prepare('SELECT id, position, number FROM items WHERE meeting_id = ? ORDER BY position').all(meetingId) as {
    id: number; position: number; number: number;
  }[];
}

export function upsertSection(db: Db, itemId: number, section: SectionTemplateEntry, position: number, content: ContentDoc): void {
  const { version, json } = writeContent(content);
  db.prepare(`INSERT INTO item_sections (item_id, section_key, heading, position, content_version, content) VALUES (?, ?, ?, ?, ?, ?)
    ON CONFLICT(item_id, section_key) DO UPDATE SET content_version = excluded.content_version, content = excluded.content`)
    .run(itemId, section.key, section.heading, position, version, json);
}

export function replacePoints(db: Db, itemId: number, points: { text: string; decisionAuthority: string | null }[]): void {
  db.prepare('DELETE FROM recommendation_points WHERE item_id = ?').run(itemId);
  const insert = db.prepare('INSERT INTO recommendation_points (item_id, number, text, decision_authority) VALUES (?, ?, ?, ?)');
  points.forEach((p, i) => insert.run(itemId, i + 1, p.text, p.decisionAuthority));
}

export function replaceNotices(db: Db, itemId: number, notices: { title: string; content: ContentDoc }[]): void {
  db.prepare('DELETE FROM notices WHERE item_id = ?').run(itemId);
  const insert = db.prepare('INSERT INTO notices (item_id, position, title, content_version, content) VALUES (?, ?, ?, ?, ?)');
  notices.forEach((n, i) => {
    const { version, json } = writeContent(n.content);
    insert.run(itemId, i, n.title, version, json);
  });
}

export function replacePriorDecisions(db: Db, itemId: number, priors: PriorDecision[]): void {
  db.prepare('DELETE FROM prior_decisions WHERE item_id = ?').run(itemId);
  const insert = db.prepare('INSERT INTO prior_decisions (item_id, committee_name, meeting_date, text, position, source, presence_lines) VALUES (?, ?, ?, ?, ?, ?, ?)');
  priors.forEach((p, i) => insert.run(itemId, p.committeeName, p.meetingDate, p.text, i, p.source, JSON.stringify(p.presenceLines)));
}

/** Finds or creates the case for a case number; null when the item has none. */
export function ensureCase(db: Db, caseNumber: string | null | undefined, title: string): number | null {
  if (!caseNumber) return null;
  const existing = db.prepare('SELECT id FROM cases WHERE case_number = ?').get(caseNumber) as { id: number } | undefined;
  if (existing) return existing.id;
  return Number(db.prepare('INSERT INTO cases (case_number, title) VALUES (?, ?)').run(caseNumber, title).lastInsertRowid);
}

/** The items of the same case at earlier meetings that have a decision, oldest first: their blocks go above the current decision. */
export function findEarlierDecidedItems(db: Db, caseId: number, beforeDate: string, excludeMeetingId: number): { itemId: number; meetingId: number }[] {
  return (db.prepare(
    `SELECT i.id AS item_id, m.id AS meeting_id FROM items i JOIN meetings m ON m.id = i.meeting_id
     WHERE i.case_id = ? AND m.date <= ? AND m.id <> ? AND EXISTS (SELECT 1 FROM decisions d WHERE d.item_id = i.id)
     ORDER BY m.date, m.start_time`,
  ).all(caseId, beforeDate, excludeMeetingId) as { item_id: number; meeting_id: number }[]).map((r) => ({ itemId: r.item_id, meetingId: r.meeting_id }));
}

/** A case without a number, so two treatments of it can be linked (a forwarded item). */
export function insertCase(db: Db, title: string): number {
  return Number(db.prepare('INSERT INTO cases (case_number, title) VALUES (NULL, ?)').run(title).lastInsertRowid);
}

export const setItemCase = (db: Db, itemId: number, caseId: number | null): void => {
  db.prepare('UPDATE items SET case_id = ? WHERE id = ?').run(caseId, itemId);
};

/** A bilag row for bytes already stored (a restored item's bilag keep their number and order). */
export function insertAttachmentRow(db: Db, itemId: number, a: AttachmentInfo, text: string): number {
  return Number(
    db.prepare(`INSERT INTO attachments (item_id, blob_sha256, title, file_name, media_type, number, position, distribution, is_closed, page_count, extracted_text)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(
      itemId, a.sha256, a.title, a.fileName, a.mediaType, a.number, a.number - 1, a.distribution, a.isClosed ? 1 : 0, a.pageCount, text,
    ).lastInsertRowid,
  );
}
