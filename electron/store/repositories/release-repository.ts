import type { Db } from '../open-database';
import type { Release } from '../../../shared/domain/entities';
import type { DocumentKind, Edition, ReleaseFormat } from '../../../shared/domain/enums';

interface ReleaseRow {
  id: number; meeting_id: number; document: DocumentKind; edition: Edition; version: number; released_at: string;
  sha256: string; format: ReleaseFormat; signed: number;
  word_sha256: string | null; word_file_name: string | null;
}

/** A release row with its Word file, if one was kept. */
const SELECT_RELEASE = `SELECT r.*, f.sha256 AS word_sha256, f.file_name AS word_file_name
  FROM releases r LEFT JOIN release_files f ON f.release_id = r.id AND f.format = 'docx'`;

const toRelease = (r: ReleaseRow): Release => ({
  id: r.id, meetingId: r.meeting_id, document: r.document, edition: r.edition, version: r.version, releasedAt: r.released_at,
  sha256: r.sha256, format: r.format, signed: r.signed === 1,
  word: r.word_sha256 && r.word_file_name ? { sha256: r.word_sha256, fileName: r.word_file_name } : null,
});

export function listReleases(db: Db, meetingId: number): Release[] {
  return (db.prepare(`${SELECT_RELEASE} WHERE r.meeting_id = ? ORDER BY r.released_at, r.id`).all(meetingId) as ReleaseRow[]).map(toRelease);
}

export interface NewRelease {
  meetingId: number; document: DocumentKind; edition: Edition; releasedAt: string; sha256: string; format: ReleaseFormat; signed: boolean;
  snapshot: unknown;
  /** The version; by default the next of its (document, edition). */
  version?: number;
  /** Release-check findings let through, with the secretary's reasons. */
  overrides?: unknown;
}

/** Records a released document; its file is the blob with the same SHA-256. */
export function insertRelease(db: Db, r: NewRelease): Release {
  const { next } = db.prepare('SELECT coalesce(max(version), 0) + 1 AS next FROM releases WHERE meeting_id = ? AND document = ? AND edition = ?')
    .get(r.meetingId, r.document, r.edition) as { next: number };
  const id = db.prepare(`INSERT INTO releases (meeting_id, document, edition, version, released_at, sha256, format, signed, snapshot, overrides)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(
    r.meetingId, r.document, r.edition, r.version ?? next, r.releasedAt, r.sha256, r.format, r.signed ? 1 : 0, JSON.stringify(r.snapshot ?? null),
    r.overrides === undefined ? null : JSON.stringify(r.overrides),
  ).lastInsertRowid;
  return toRelease(db.prepare(`${SELECT_RELEASE} WHERE r.id = ?`).get(id) as ReleaseRow);
}

/** Keeps the Word edition of a release (its blob stored first); inside the release's transaction. */
export function insertReleaseWordFile(db: Db, releaseId: number, file: { sha256: string; fileName: string }): void {
  db.prepare(`INSERT INTO release_files (release_id, format, sha256, file_name) VALUES (?, 'docx', ?, ?)`).run(releaseId, file.sha256, file.fileName);
}

export function findRelease(db: Db, id: number): Release | undefined {
  const row = db.prepare(`${SELECT_RELEASE} WHERE r.id = ?`).get(id) as ReleaseRow | undefined;
  return row && toRelease(row);
}

export function findReleaseSnapshot(db: Db, releaseId: number): unknown {
  const row = db.prepare('SELECT snapshot FROM releases WHERE id = ?').get(releaseId) as { snapshot: string | null } | undefined;
  return row?.snapshot ? JSON.parse(row.snapshot) : null;
}
