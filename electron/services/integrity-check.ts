import type { IntegrityReport } from '../../shared/domain/entities';
import type { Db } from '../store/open-database';
import { schemaVersion } from '../store/migrate';
import { sha256Hex } from '../store/repositories/blob-repository';
import { CONTENT_VERSION, contentDocSchema } from '../../shared/content/content-model';
import { verifySearchIndex } from './search/search-index-check';

/**
 * SQLite's own integrity check, the foreign keys, the search index against the tables, and the
 * content hashes of every stored file: a bilag whose bytes no longer match their SHA-256 is
 * reported by name.
 */
export function runIntegrityCheck(db: Db, options: { verifyBlobs?: boolean } = {}): IntegrityReport {
  const sqliteMessages = (db.prepare('PRAGMA integrity_check').all() as { integrity_check: string }[]).map((r) => r.integrity_check);
  const messages = sqliteMessages.length === 1 && sqliteMessages[0] === 'ok' ? [] : sqliteMessages.map((m) => `SQLite: ${m}`);

  const fkProblems = db.prepare('PRAGMA foreign_key_check').all() as { table: string; rowid: number; parent: string }[];
  for (const p of fkProblems.slice(0, 20)) messages.push(`Række ${p.rowid} i ${p.table} peger på en manglende række i ${p.parent}.`);

  messages.push(...invalidContent(db));
  messages.push(...verifySearchIndex(db));

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

/** Section and notice text must match the content model, as it did when it was written. */
function invalidContent(db: Db): string[] {
  const rows = db.prepare(
    `SELECT i.number, i.title, s.heading AS part, s.content_version AS version, s.content FROM item_sections s JOIN items i ON i.id = s.item_id
     UNION ALL
     SELECT i.number, i.title, n.title AS part, n.content_version AS version, n.content FROM notices n JOIN items i ON i.id = n.item_id`,
  ).iterate() as Iterable<{ number: number; title: string; part: string; version: number; content: string }>;
  const problems: string[] = [];
  for (const row of rows) {
    if (row.version > CONTENT_VERSION || !contentDocSchema.safeParse(JSON.parse(row.content)).success) {
      problems.push(`Teksten "${row.part}" i punkt ${row.number} (${row.title}) passer ikke til indholdsmodellen.`);
    }
  }
  return problems;
}
