import type { IntegrityReport } from '../../shared/domain/entities';
import type { Db } from '../store/open-database';
import { schemaVersion } from '../store/migrate';
import { sha256Hex } from '../store/repositories/blob-repository';

/**
 * SQLite's own integrity check, the foreign keys, and the content hashes of every stored file:
 * a bilag whose bytes no longer match their SHA-256 is reported by name.
 */
export function runIntegrityCheck(db: Db, options: { verifyBlobs?: boolean } = {}): IntegrityReport {
  const sqliteMessages = (db.prepare('PRAGMA integrity_check').all() as { integrity_check: string }[]).map((r) => r.integrity_check);
  const messages = sqliteMessages.length === 1 && sqliteMessages[0] === 'ok' ? [] : sqliteMessages.map((m) => `SQLite: ${m}`);

  const fkProblems = db.prepare('PRAGMA foreign_key_check').all() as { table: string; rowid: number; parent: string }[];
  for (const p of fkProblems.slice(0, 20)) messages.push(`Række ${p.rowid} i ${p.table} peger på en manglende række i ${p.parent}.`);

  if (options.verifyBlobs ?? true) {
    for (const row of db.prepare('SELECT sha256, size, data FROM blobs').iterate() as Iterable<{ sha256: string; size: number; data: Buffer }>) {
      if (row.data.byteLength !== row.size || sha256Hex(row.data) !== row.sha256) {
        const names = db.prepare('SELECT file_name FROM attachments WHERE blob_sha256 = ?').all(row.sha256) as { file_name: string }[];
        messages.push(`Filen ${names.map((n) => n.file_name).join(', ') || row.sha256} er ændret eller beskadiget (kontrolsummen passer ikke).`);
      }
    }
  }
  return { ok: messages.length === 0, messages, schemaVersion: schemaVersion(db), foreignKeyProblems: fkProblems.length };
}
