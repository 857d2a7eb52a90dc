import type { Migration } from './migration';

/**
 * The secretariat's signing certificates (PAdES). The .p12 is kept whole; its password is never
 * stored in plain text: password_secret holds it encrypted by the operating system (Electron
 * safeStorage) or is NULL, and then the password is asked for at signing time.
 */
export const signingCertificates: Migration = {
  version: 2,
  name: 'signing certificates',
  up: `
CREATE TABLE signing_certificates (
  id INTEGER PRIMARY KEY,
  label TEXT NOT NULL CHECK (length(label) > 0),
  subject TEXT NOT NULL,
  issuer TEXT NOT NULL,
  not_before TEXT NOT NULL,
  not_after TEXT NOT NULL,
  sha256 TEXT NOT NULL UNIQUE CHECK (length(sha256) = 64),
  p12 BLOB NOT NULL,
  password_secret BLOB,
  created_at TEXT NOT NULL
) STRICT;
`,
};
