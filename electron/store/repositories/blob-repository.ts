import { createHash } from 'node:crypto';
import type { Db } from '../open-database';

export const sha256Hex = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** Stores bytes once per content hash and returns the hash; identical files share one row. */
export function putBlob(db: Db, bytes: Uint8Array, knownSha?: string): string {
  const sha = knownSha ?? sha256Hex(bytes);
  addBlob(db, bytes, sha);
  return sha;
}

export function getBlob(db: Db, sha: string): Uint8Array | null {
  const row = db.prepare('SELECT data FROM blobs WHERE sha256 = ?').get(sha) as { data: Buffer } | undefined;
  return row ? new Uint8Array(row.data.buffer, row.data.byteOffset, row.data.byteLength) : null;
}

/** Stores a blob unless it is there; true when this call added it. */
export function addBlob(db: Db, bytes: Uint8Array, sha: string): boolean {
  return db.prepare('INSERT INTO blobs (sha256, size, data) VALUES (?, ?, ?) ON CONFLICT(sha256) DO NOTHING').run(sha, bytes.byteLength, bytes).changes === 1;
}

/**
 * Removes blobs nothing refers to any more: no bilag, deleted item waiting for an undo, logo or
 * released file. `only`: just these (what a refused import stored ahead of its rows).
 */
export function deleteUnreferencedBlobs(db: Db, only?: readonly string[]): number {
  if (only && only.length === 0) return 0;
  const statement = db
    .prepare(
      `DELETE FROM blobs WHERE ${only ? 'sha256 IN (SELECT value FROM json_each(@only)) AND ' : ''}sha256 NOT IN (SELECT blob_sha256 FROM attachments)
         AND sha256 NOT IN (SELECT logo_sha256 FROM municipality WHERE logo_sha256 IS NOT NULL)
         AND sha256 NOT IN (SELECT sha256 FROM releases)
         AND sha256 NOT IN (SELECT sha256 FROM release_files)
         AND sha256 NOT IN (SELECT a.value ->> 'sha256' FROM deleted_items d, json_each(d.item, '$.attachments') a)`,
    );
  return (only ? statement.run({ only: JSON.stringify(only) }) : statement.run()).changes;
}
