import type { Db } from '../open-database';

export interface CertificateRow {
  id: number; label: string; subject: string; issuer: string; not_before: string; not_after: string; sha256: string;
  password_stored: number;
}

export interface NewCertificate {
  label: string; subject: string; issuer: string; notBefore: string; notAfter: string; sha256: string;
  p12: Uint8Array; passwordSecret: Buffer | null; createdAt: string;
}

const SUMMARY = `SELECT id, label, subject, issuer, not_before, not_after, sha256, password_secret IS NOT NULL AS password_stored
  FROM signing_certificates`;

export function listCertificates(db: Db): CertificateRow[] {
  return db.prepare(`${SUMMARY} ORDER BY not_after DESC, id`).all() as CertificateRow[];
}

export function findCertificate(db: Db, id: number): CertificateRow | undefined {
  return db.prepare(`${SUMMARY} WHERE id = ?`).get(id) as CertificateRow | undefined;
}

export function findCertificateBySha256(db: Db, sha256: string): CertificateRow | undefined {
  return db.prepare(`${SUMMARY} WHERE sha256 = ?`).get(sha256) as CertificateRow | undefined;
}

/** The file and the encrypted password (null when it is not stored). */
export function certificateSecrets(db: Db, id: number): { p12: Buffer; passwordSecret: Buffer | null; label: string } | undefined {
  const row = db.prepare('SELECT p12, password_secret, label FROM signing_certificates WHERE id = ?').get(id) as
    | { p12: Buffer; password_secret: Buffer | null; label: string }
    | undefined;
  return row && { p12: row.p12, passwordSecret: row.password_secret, label: row.label };
}

export function insertCertificate(db: Db, c: NewCertificate): number {
  const result = db.prepare(`INSERT INTO signing_certificates (label, subject, issuer, not_before, not_after, sha256, p12, password_secret, created_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(
    c.label, c.subject, c.issuer, c.notBefore, c.notAfter, c.sha256, Buffer.from(c.p12), c.passwordSecret, c.createdAt,
  );
  return Number(result.lastInsertRowid);
}

export function deleteCertificate(db: Db, id: number): boolean {
  return db.prepare('DELETE FROM signing_certificates WHERE id = ?').run(id).changes > 0;
}
