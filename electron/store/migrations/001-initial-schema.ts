import type { Migration } from './migration';

/**
 * The whole domain in one first version. Dates are ISO text (YYYY-MM-DD), times 'HH:MM',
 * timestamps ISO 8601 UTC. Booleans are 0/1 with CHECKs so a bad write fails in SQLite too.
 */
export const initialSchema: Migration = {
  version: 1,
  name: 'initial schema',
  up: `
CREATE TABLE blobs (
  sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64),
  size INTEGER NOT NULL CHECK (size >= 0),
  data BLOB NOT NULL
) STRICT;

CREATE TABLE municipality (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  name TEXT NOT NULL,
  logo_sha256 TEXT REFERENCES blobs(sha256),
  logo_media_type TEXT
) STRICT;

CREATE TABLE parties (
  id INTEGER PRIMARY KEY,
  letter TEXT NOT NULL UNIQUE CHECK (length(letter) BETWEEN 1 AND 3),
  name TEXT NOT NULL
) STRICT;

CREATE TABLE people (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL CHECK (length(name) > 0),
  party_id INTEGER REFERENCES parties(id) ON DELETE RESTRICT,
  title TEXT,
  email TEXT
) STRICT;
CREATE INDEX people_party ON people(party_id);

CREATE TABLE committees (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE CHECK (length(name) > 0),
  kind TEXT NOT NULL CHECK (kind IN ('fagudvalg','oekonomiudvalg','kommunalbestyrelse','paragraf17','raad')),
  default_place TEXT,
  default_start_time TEXT,
  archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0,1))
) STRICT;

CREATE TABLE memberships (
  id INTEGER PRIMARY KEY,
  committee_id INTEGER NOT NULL REFERENCES committees(id) ON DELETE CASCADE,
  person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE RESTRICT,
  role TEXT NOT NULL CHECK (role IN ('formand','naestformand','medlem','stedfortraeder')),
  has_vote INTEGER NOT NULL DEFAULT 1 CHECK (has_vote IN (0,1)),
  from_date TEXT NOT NULL,
  to_date TEXT,
  CHECK (to_date IS NULL OR to_date >= from_date)
) STRICT;
CREATE INDEX memberships_committee ON memberships(committee_id);
CREATE INDEX memberships_person ON memberships(person_id);

CREATE TABLE section_templates (
  id INTEGER PRIMARY KEY,
  committee_id INTEGER NOT NULL REFERENCES committees(id) ON DELETE CASCADE,
  section_key TEXT NOT NULL,
  heading TEXT NOT NULL,
  position INTEGER NOT NULL,
  UNIQUE (committee_id, section_key)
) STRICT;

CREATE TABLE standard_items (
  id INTEGER PRIMARY KEY,
  committee_id INTEGER NOT NULL REFERENCES committees(id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('ordinary','announcements','member_request','agenda_approval','any_other_business')),
  title TEXT NOT NULL,
  placement TEXT NOT NULL CHECK (placement IN ('start','end')),
  position INTEGER NOT NULL
) STRICT;

CREATE TABLE meetings (
  id INTEGER PRIMARY KEY,
  committee_id INTEGER NOT NULL REFERENCES committees(id) ON DELETE RESTRICT,
  date TEXT NOT NULL,
  start_time TEXT,
  end_time TEXT,
  place TEXT,
  kind TEXT NOT NULL DEFAULT 'ordinary' CHECK (kind IN ('ordinary','extraordinary')),
  status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned','agenda_released','held','minutes_approved')),
  first_item_number INTEGER NOT NULL DEFAULT 1 CHECK (first_item_number >= 1)
) STRICT;
CREATE INDEX meetings_committee_date ON meetings(committee_id, date);

CREATE TABLE cases (
  id INTEGER PRIMARY KEY,
  case_number TEXT UNIQUE,
  title TEXT NOT NULL
) STRICT;

CREATE TABLE items (
  id INTEGER PRIMARY KEY,
  meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
  case_id INTEGER REFERENCES cases(id) ON DELETE SET NULL,
  position INTEGER NOT NULL,
  number INTEGER NOT NULL,
  title TEXT NOT NULL,
  is_closed INTEGER NOT NULL DEFAULT 0 CHECK (is_closed IN (0,1)),
  kind TEXT NOT NULL DEFAULT 'ordinary' CHECK (kind IN ('ordinary','announcements','member_request','agenda_approval','any_other_business')),
  requested_by_person_id INTEGER REFERENCES people(id) ON DELETE RESTRICT,
  requested_on TEXT,
  request_text TEXT
) STRICT;
CREATE INDEX items_meeting ON items(meeting_id, position);
CREATE INDEX items_case ON items(case_id);

CREATE TABLE item_sections (
  id INTEGER PRIMARY KEY,
  item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
  section_key TEXT NOT NULL,
  heading TEXT NOT NULL,
  position INTEGER NOT NULL,
  content_version INTEGER NOT NULL,
  content TEXT NOT NULL CHECK (json_valid(content)),
  UNIQUE (item_id, section_key)
) STRICT;

CREATE TABLE recommendation_points (
  id INTEGER PRIMARY KEY,
  item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
  number INTEGER NOT NULL,
  text TEXT NOT NULL,
  decision_authority TEXT,
  UNIQUE (item_id, number)
) STRICT;

CREATE TABLE notices (
  id INTEGER PRIMARY KEY,
  item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  title TEXT NOT NULL,
  content_version INTEGER NOT NULL,
  content TEXT NOT NULL CHECK (json_valid(content))
) STRICT;
CREATE INDEX notices_item ON notices(item_id, position);

CREATE TABLE prior_decisions (
  id INTEGER PRIMARY KEY,
  item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
  committee_name TEXT NOT NULL,
  meeting_date TEXT NOT NULL,
  text TEXT NOT NULL,
  position INTEGER NOT NULL
) STRICT;
CREATE INDEX prior_decisions_item ON prior_decisions(item_id, position);

CREATE TABLE attachments (
  id INTEGER PRIMARY KEY,
  item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
  blob_sha256 TEXT NOT NULL REFERENCES blobs(sha256) ON DELETE RESTRICT,
  title TEXT NOT NULL CHECK (length(title) > 0),
  file_name TEXT NOT NULL,
  media_type TEXT NOT NULL DEFAULT 'application/pdf',
  number INTEGER NOT NULL,
  position INTEGER NOT NULL,
  distribution TEXT NOT NULL DEFAULT 'distributed' CHECK (distribution IN ('distributed','on_file')),
  is_closed INTEGER NOT NULL DEFAULT 0 CHECK (is_closed IN (0,1)),
  page_count INTEGER NOT NULL CHECK (page_count >= 0),
  extracted_text TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX attachments_item ON attachments(item_id, position);
CREATE INDEX attachments_blob ON attachments(blob_sha256);

CREATE TABLE attendance (
  meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
  person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE RESTRICT,
  status TEXT NOT NULL CHECK (status IN ('present','apologies','absent')),
  substitute_for_person_id INTEGER REFERENCES people(id) ON DELETE RESTRICT,
  note TEXT,
  PRIMARY KEY (meeting_id, person_id),
  CHECK (substitute_for_person_id IS NULL OR substitute_for_person_id <> person_id)
) STRICT;

CREATE TABLE item_attendance (
  id INTEGER PRIMARY KEY,
  item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
  person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE RESTRICT,
  kind TEXT NOT NULL CHECK (kind IN ('absent','left','arrived','disqualified')),
  reason TEXT,
  UNIQUE (item_id, person_id, kind)
) STRICT;

CREATE TABLE decisions (
  id INTEGER PRIMARY KEY,
  item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
  point_number INTEGER CHECK (point_number IS NULL OR point_number >= 1),
  position INTEGER NOT NULL,
  text TEXT NOT NULL
) STRICT;
CREATE INDEX decisions_item ON decisions(item_id, position);

CREATE TABLE votes (
  id INTEGER PRIMARY KEY,
  decision_id INTEGER NOT NULL REFERENCES decisions(id) ON DELETE CASCADE,
  person_id INTEGER REFERENCES people(id) ON DELETE RESTRICT,
  party_id INTEGER REFERENCES parties(id) ON DELETE RESTRICT,
  choice TEXT NOT NULL CHECK (choice IN ('for','against','abstain')),
  count INTEGER NOT NULL DEFAULT 1 CHECK (count >= 1),
  CHECK ((person_id IS NULL) <> (party_id IS NULL)),
  CHECK (person_id IS NULL OR count = 1)
) STRICT;
CREATE INDEX votes_decision ON votes(decision_id);

CREATE TABLE protocol_notes (
  id INTEGER PRIMARY KEY,
  item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('dissent','protocol_note')),
  text TEXT NOT NULL,
  position INTEGER NOT NULL
) STRICT;

CREATE TABLE protocol_note_members (
  note_id INTEGER NOT NULL REFERENCES protocol_notes(id) ON DELETE CASCADE,
  person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE RESTRICT,
  PRIMARY KEY (note_id, person_id)
) STRICT;

CREATE TABLE releases (
  id INTEGER PRIMARY KEY,
  meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
  document TEXT NOT NULL CHECK (document IN ('agenda','minutes')),
  edition TEXT NOT NULL CHECK (edition IN ('members','public')),
  version INTEGER NOT NULL CHECK (version >= 1),
  released_at TEXT NOT NULL,
  sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
  format TEXT NOT NULL DEFAULT 'pdf' CHECK (format IN ('pdf','pdfa','docx')),
  signed INTEGER NOT NULL DEFAULT 0 CHECK (signed IN (0,1)),
  snapshot TEXT CHECK (snapshot IS NULL OR json_valid(snapshot)),
  UNIQUE (meeting_id, document, edition, version)
) STRICT;

CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  entity TEXT NOT NULL,
  entity_id INTEGER,
  details TEXT CHECK (details IS NULL OR json_valid(details))
) STRICT;
CREATE INDEX audit_log_entity ON audit_log(entity, entity_id);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
`,
};
