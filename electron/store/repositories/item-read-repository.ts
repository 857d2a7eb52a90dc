import type { Db } from '../open-database';
import type {
  AttachmentInfo, Item, ItemAttendance, Notice, PriorDecision, RecommendationPoint, Section,
} from '../../../shared/domain/entities';
import type { Distribution, ItemAttendanceKind, ItemKind } from '../../../shared/domain/enums';
import { readContent } from '../../../shared/content/content-versions';
import { loadItemRecords } from './item-record-read';

interface ItemRow {
  id: number; meeting_id: number; number: number; position: number; title: string; is_closed: number; kind: ItemKind; public_title: string | null;
  public_extract: string | null; presence_override_text: string | null; presence_override_basis: string | null;
  case_number: string | null; case_title: string | null; requested_by_person_id: number | null; requester_name: string | null;
  requested_on: string | null; request_text: string | null;
}

/**
 * Loads whole items (sections, points, bilag list, decisions …) with one query per table for all
 * items of the scope, not one per item: opening a 60-item meeting stays a handful of queries.
 */
export function loadItems(db: Db, scope: { meetingId: number } | { itemId: number }): Item[] {
  const [where, key] = 'meetingId' in scope ? ['i.meeting_id = ?', scope.meetingId] : ['i.id = ?', scope.itemId];
  const rows = db.prepare(
    `SELECT i.*, c.case_number, c.title AS case_title, p.name AS requester_name
     FROM items i LEFT JOIN cases c ON c.id = i.case_id LEFT JOIN people p ON p.id = i.requested_by_person_id
     WHERE ${where} ORDER BY i.position`,
  ).all(key) as ItemRow[];
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const inIds = `(${ids.map(() => '?').join(',')})`;
  const byItem = <T>(list: (T & { item_id: number })[]) => groupBy(list, (r) => r.item_id);

  const sections = byItem(db.prepare(`SELECT item_id, section_key, heading, content_version, content FROM item_sections WHERE item_id IN ${inIds} ORDER BY position`).all(...ids) as SectionRow[]);
  const points = byItem(db.prepare(`SELECT item_id, id, number, text, decision_authority FROM recommendation_points WHERE item_id IN ${inIds} ORDER BY number`).all(...ids) as PointRow[]);
  const notices = byItem(db.prepare(`SELECT item_id, id, title, content_version, content FROM notices WHERE item_id IN ${inIds} ORDER BY position`).all(...ids) as NoticeRow[]);
  const priors = byItem(db.prepare(`SELECT item_id, committee_name, meeting_date, text, source, presence_lines FROM prior_decisions WHERE item_id IN ${inIds} ORDER BY position`).all(...ids) as PriorRow[]);
  const attachments = byItem(db.prepare(`SELECT ${ATTACHMENT_COLUMNS} FROM attachments a JOIN blobs b ON b.sha256 = a.blob_sha256 WHERE a.item_id IN ${inIds} ORDER BY a.position`).all(...ids) as AttachmentRow[]);
  const attendance = byItem(db.prepare(`SELECT item_id, person_id, kind, reason FROM item_attendance WHERE item_id IN ${inIds} ORDER BY id`).all(...ids) as AttendanceRow[]);
  const record = loadItemRecords(db, ids);

  return rows.map((r): Item => ({
    id: r.id, meetingId: r.meeting_id, number: r.number, position: r.position, title: r.title, isClosed: r.is_closed === 1, kind: r.kind, publicTitle: r.public_title,
    caseNumber: r.case_number, caseTitle: r.case_title,
    sections: (sections.get(r.id) ?? []).map(toSection),
    points: (points.get(r.id) ?? []).map(toPoint),
    notices: (notices.get(r.id) ?? []).map(toNotice),
    priorDecisions: (priors.get(r.id) ?? []).map(toPrior),
    request: r.requested_by_person_id === null ? null : {
      personId: r.requested_by_person_id, personName: r.requester_name ?? '', requestedOn: r.requested_on ?? '', text: r.request_text ?? '',
    },
    attachments: (attachments.get(r.id) ?? []).map(toAttachmentInfo),
    attendance: (attendance.get(r.id) ?? []).map((a): ItemAttendance => ({ personId: a.person_id, kind: a.kind, reason: a.reason })),
    substitutes: record.substitutes.get(r.id) ?? [],
    decisions: record.decisions.get(r.id) ?? [],
    publicExtract: r.public_extract,
    presenceOverride: r.presence_override_text !== null && r.presence_override_basis !== null
      ? { text: r.presence_override_text, basis: r.presence_override_basis } : null,
  }));
}

/** The columns of an AttachmentRow: never the extracted text, which search and the checks read on their own (1.6 MB for 200 bilag). */
export const ATTACHMENT_COLUMNS = `a.item_id, a.id, a.blob_sha256, a.title, a.file_name, a.media_type, a.number, a.position, a.distribution, a.is_closed, a.page_count, b.size`;

export function loadItem(db: Db, itemId: number): Item | undefined {
  return loadItems(db, { itemId })[0];
}

export function findAttachmentInfo(db: Db, id: number): AttachmentInfo | undefined {
  const row = db.prepare(`SELECT ${ATTACHMENT_COLUMNS} FROM attachments a JOIN blobs b ON b.sha256 = a.blob_sha256 WHERE a.id = ?`).get(id) as AttachmentRow | undefined;
  return row && toAttachmentInfo(row);
}

interface SectionRow { item_id: number; section_key: string; heading: string; content_version: number; content: string }
interface PointRow { item_id: number; id: number; number: number; text: string; decision_authority: string | null }
interface NoticeRow { item_id: number; id: number; title: string; content_version: number; content: string }
interface PriorRow { item_id: number; committee_name: string; meeting_date: string; text: string; source: PriorDecision['source']; presence_lines: string }
export interface AttachmentRow {
  item_id: number; id: number; blob_sha256: string; title: string; file_name: string; media_type: string; number: number; position: number;
  distribution: Distribution; is_closed: number; page_count: number; size: number;
}
interface AttendanceRow { item_id: number; person_id: number; kind: ItemAttendanceKind; reason: string | null }

const toSection = (s: SectionRow): Section => ({ key: s.section_key, heading: s.heading, content: readContent(s.content_version, s.content) });
const toPoint = (p: PointRow): RecommendationPoint => ({ id: p.id, number: p.number, text: p.text, decisionAuthority: p.decision_authority });
const toNotice = (n: NoticeRow): Notice => ({ id: n.id, title: n.title, content: readContent(n.content_version, n.content) });
const toPrior = (p: PriorRow): PriorDecision => ({
  committeeName: p.committee_name, meetingDate: p.meeting_date, text: p.text, source: p.source, presenceLines: JSON.parse(p.presence_lines) as string[],
});

export const toAttachmentInfo = (a: AttachmentRow): AttachmentInfo => ({
  id: a.id, itemId: a.item_id, number: a.number, title: a.title, fileName: a.file_name, mediaType: a.media_type, sha256: a.blob_sha256,
  size: a.size, distribution: a.distribution, isClosed: a.is_closed === 1, pageCount: a.page_count,
});

function groupBy<T>(list: T[], key: (t: T) => number): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const entry of list) {
    const k = key(entry);
    const bucket = map.get(k);
    if (bucket) bucket.push(entry);
    else map.set(k, [entry]);
  }
  return map;
}
