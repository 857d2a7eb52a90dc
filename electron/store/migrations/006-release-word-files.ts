import type { Migration } from './migration';

/**
 * A release records its Word edition beside the PDF (issue 13): the same version and edition, the
 * .docx kept as a blob by its SHA-256, with the name it goes by. One Word file per release row.
 */
export const releaseWordFiles: Migration = {
  version: 6,
  name: 'release-word-files',
  up: `
CREATE TABLE release_files (
  release_id INTEGER NOT NULL REFERENCES releases(id) ON DELETE CASCADE,
  format TEXT NOT NULL CHECK (format = 'docx'),
  sha256 TEXT NOT NULL CHECK (length(sha256) = 64) REFERENCES blobs(sha256) ON DELETE RESTRICT,
  file_name TEXT NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255),
  PRIMARY KEY (release_id, format)
) STRICT;
`,
};
