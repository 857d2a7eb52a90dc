import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { initialSchema } from '../../../../electron/store/migrations/001-initial-schema';
import { signingCertificates } from '../../../../electron/store/migrations/002-signing-certificates';
import { migrate, schemaVersion } from '../../../../electron/store/migrate';

describe('migration 002: signing certificates', () => {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, ':memory:', initialSchema.version);
  migrate(db, ':memory:', signingCertificates.version);

  it('sets user_version to 2', () => expect(schemaVersion(db)).toBe(2));

  it('creates signing_certificates as a STRICT table with the expected columns', () => {
    const columns = (db.prepare('PRAGMA table_info(signing_certificates)').all() as { name: string; notnull: number }[]);
    expect(columns.map((c) => c.name)).toEqual([
      'id', 'label', 'subject', 'issuer', 'not_before', 'not_after', 'sha256', 'p12', 'password_secret', 'created_at',
    ]);
    expect(columns.find((c) => c.name === 'password_secret')?.notnull).toBe(0);
    const sql = (db.prepare("SELECT sql FROM sqlite_master WHERE name = 'signing_certificates'").get() as { sql: string }).sql;
    expect(sql).toMatch(/STRICT/);
  });

  it('stores a certificate without a password and refuses bad values', () => {
    const insert = db.prepare(`INSERT INTO signing_certificates (label, subject, issuer, not_before, not_after, sha256, p12, password_secret, created_at)
      VALUES (?, 'CN=A', 'CN=B', '2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z', ?, ?, NULL, '2026-01-01T00:00:00Z')`);
    insert.run('Sekretariatet', 'a'.repeat(64), Buffer.from([1, 2, 3]));
    expect(() => insert.run('Andet', 'a'.repeat(64), Buffer.from([4]))).toThrow(/UNIQUE/);
    expect(() => insert.run('Kort', 'abc', Buffer.from([4]))).toThrow(/CHECK/);
    expect(() => insert.run('Tekst', 'b'.repeat(64), 'ikke en blob')).toThrow();
  });

  it('is applied only once', () => {
    migrate(db, ':memory:', signingCertificates.version);
    expect(schemaVersion(db)).toBe(2);
  });
});
