import type { Migration } from './migration';

/** The meeting a row belongs to, as an SQL expression over the trigger's OLD or NEW row. */
const MEETING_OF: Record<string, (row: 'OLD' | 'NEW') => string> = {
  attendance: (r) => `${r}.meeting_id`,
  items: (r) => `${r}.meeting_id`,
  deleted_items: (r) => `${r}.meeting_id`,
  item_sections: (r) => itemMeeting(`${r}.item_id`),
  recommendation_points: (r) => itemMeeting(`${r}.item_id`),
  notices: (r) => itemMeeting(`${r}.item_id`),
  prior_decisions: (r) => itemMeeting(`${r}.item_id`),
  attachments: (r) => itemMeeting(`${r}.item_id`),
  item_attendance: (r) => itemMeeting(`${r}.item_id`),
  item_substitutes: (r) => itemMeeting(`${r}.item_id`),
  decisions: (r) => itemMeeting(`${r}.item_id`),
  protocol_notes: (r) => itemMeeting(`${r}.item_id`),
  vote_rounds: (r) => decisionMeeting(`${r}.decision_id`),
  round_votes: (r) => decisionMeeting(`(SELECT decision_id FROM vote_rounds WHERE id = ${r}.round_id)`),
  protocol_note_members: (r) => itemMeeting(`(SELECT item_id FROM protocol_notes WHERE id = ${r}.note_id)`),
};

function itemMeeting(itemId: string): string {
  return `(SELECT meeting_id FROM items WHERE id = ${itemId})`;
}

function decisionMeeting(decisionId: string): string {
  return itemMeeting(`(SELECT item_id FROM decisions WHERE id = ${decisionId})`);
}

/** Said by the database itself when anything tries to change an approved protocol (the services say it first, in their words). */
export const FROZEN_MESSAGE = 'Referatet er godkendt og kan ikke ændres; en rettelse skal tilføjes som en tilføjelse.';

const frozen = (meeting: string) => `(SELECT status FROM meetings WHERE id = ${meeting}) = 'minutes_approved'`;

function freezeTriggers(): string {
  return Object.entries(MEETING_OF).flatMap(([table, meetingOf]) => [
    `CREATE TRIGGER ${table}_frozen_insert BEFORE INSERT ON ${table} WHEN ${frozen(meetingOf('NEW'))}
BEGIN SELECT RAISE(ABORT, '${FROZEN_MESSAGE}'); END;`,
    `CREATE TRIGGER ${table}_frozen_update BEFORE UPDATE ON ${table} WHEN ${frozen(meetingOf('OLD'))} OR ${frozen(meetingOf('NEW'))}
BEGIN SELECT RAISE(ABORT, '${FROZEN_MESSAGE}'); END;`,
    `CREATE TRIGGER ${table}_frozen_delete BEFORE DELETE ON ${table} WHEN ${frozen(meetingOf('OLD'))}
BEGIN SELECT RAISE(ABORT, '${FROZEN_MESSAGE}'); END;`,
  ]).join('\n');
}

/**
 * Approval of the minutes (KSL § 13) and a protocol that proves itself:
 * - the committee says whose approval is required: every member present, or the chair;
 * - each member's approval of the minutes, or of an addendum, with the time and how it was given;
 * - an addendum (tilføjelse) is the only correction after approval: which item, what, who, when, why;
 * - the chain: each approved protocol and addendum hashed with the committee's previous entry,
 *   with the hash of every part, so a check can name the item that no longer matches;
 * - from approval on, the database itself refuses any change to the meeting's record, an approved
 *   addendum and the chain.
 */
export const protocolApproval: Migration = {
  version: 5,
  name: 'protocol approval',
  up: `
ALTER TABLE committees ADD COLUMN approval_rule TEXT NOT NULL DEFAULT 'all_present' CHECK (approval_rule IN ('all_present','chair'));

CREATE TABLE addenda (
  id INTEGER PRIMARY KEY,
  meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE RESTRICT,
  item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE RESTRICT,
  text TEXT NOT NULL CHECK (length(text) > 0),
  reason TEXT NOT NULL CHECK (length(reason) > 0),
  written_by TEXT NOT NULL CHECK (length(written_by) > 0),
  created_at TEXT NOT NULL,
  approved_at TEXT
) STRICT;
CREATE INDEX addenda_meeting ON addenda(meeting_id, id);

CREATE TABLE approvals (
  id INTEGER PRIMARY KEY,
  meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE RESTRICT,
  addendum_id INTEGER REFERENCES addenda(id) ON DELETE RESTRICT,
  person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE RESTRICT,
  method TEXT NOT NULL CHECK (method IN ('in_app','paper','email')),
  approved_at TEXT NOT NULL,
  note TEXT
) STRICT;
CREATE UNIQUE INDEX approvals_once ON approvals(meeting_id, ifnull(addendum_id, 0), person_id);

CREATE TABLE protocol_chain (
  id INTEGER PRIMARY KEY,
  committee_id INTEGER NOT NULL REFERENCES committees(id) ON DELETE RESTRICT,
  sequence INTEGER NOT NULL CHECK (sequence >= 1),
  meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE RESTRICT,
  addendum_id INTEGER UNIQUE REFERENCES addenda(id) ON DELETE RESTRICT,
  approved_at TEXT NOT NULL,
  previous_hash TEXT CHECK (previous_hash IS NULL OR length(previous_hash) = 64),
  hash TEXT NOT NULL UNIQUE CHECK (length(hash) = 64),
  part_hashes TEXT NOT NULL CHECK (json_valid(part_hashes)),
  names TEXT NOT NULL CHECK (json_valid(names)),
  overrides TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(overrides)),
  UNIQUE (committee_id, sequence)
) STRICT;
CREATE UNIQUE INDEX protocol_chain_minutes ON protocol_chain(meeting_id) WHERE addendum_id IS NULL;

CREATE TRIGGER protocol_chain_no_update BEFORE UPDATE ON protocol_chain
BEGIN SELECT RAISE(ABORT, 'Protokolkæden kan kun udvides, ikke ændres.'); END;
CREATE TRIGGER protocol_chain_no_delete BEFORE DELETE ON protocol_chain
BEGIN SELECT RAISE(ABORT, 'Protokolkæden kan kun udvides, ikke ændres.'); END;

CREATE TRIGGER meetings_frozen_update BEFORE UPDATE ON meetings WHEN OLD.status = 'minutes_approved'
BEGIN SELECT RAISE(ABORT, '${FROZEN_MESSAGE}'); END;
CREATE TRIGGER meetings_frozen_delete BEFORE DELETE ON meetings WHEN OLD.status = 'minutes_approved'
BEGIN SELECT RAISE(ABORT, '${FROZEN_MESSAGE}'); END;
CREATE TRIGGER addenda_frozen_update BEFORE UPDATE ON addenda WHEN OLD.approved_at IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'Tilføjelsen er godkendt og kan ikke ændres.'); END;
CREATE TRIGGER addenda_frozen_delete BEFORE DELETE ON addenda WHEN OLD.approved_at IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'Tilføjelsen er godkendt og kan ikke ændres.'); END;
CREATE TRIGGER approvals_frozen_update BEFORE UPDATE ON approvals
  WHEN EXISTS (SELECT 1 FROM protocol_chain c WHERE c.meeting_id = OLD.meeting_id AND c.addendum_id IS OLD.addendum_id)
BEGIN SELECT RAISE(ABORT, 'Godkendelsen er registreret i protokollen og kan ikke ændres.'); END;
CREATE TRIGGER approvals_frozen_delete BEFORE DELETE ON approvals
  WHEN EXISTS (SELECT 1 FROM protocol_chain c WHERE c.meeting_id = OLD.meeting_id AND c.addendum_id IS OLD.addendum_id)
BEGIN SELECT RAISE(ABORT, 'Godkendelsen er registreret i protokollen og kan ikke ændres.'); END;
CREATE TRIGGER approvals_frozen_insert BEFORE INSERT ON approvals
  WHEN EXISTS (SELECT 1 FROM protocol_chain c WHERE c.meeting_id = NEW.meeting_id AND c.addendum_id IS NEW.addendum_id)
BEGIN SELECT RAISE(ABORT, 'Godkendelsen er registreret i protokollen og kan ikke ændres.'); END;
${freezeTriggers()}
`,
};
