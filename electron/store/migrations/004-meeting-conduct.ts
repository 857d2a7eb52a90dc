import type { Migration } from './migration';

/**
 * What the minutes must be able to say (issue "Meeting conduct"):
 * - late arrival and leaving early at the meeting; a substitute for one item only;
 * - a decision covers recommendation points (one or several: "Ad 1 + 2"), has an outcome as data
 *   with free text after it (remark, the old text), and its hand-written sentence if any;
 * - votes are ordered rounds of a decision (an amendment first, then the recommendation), counted
 *   or enstemmigt / uden afstemning; a dissent belongs to the round its givers lost, a protocol
 *   note to its decision;
 * - a closed item's public extract; the item's hand-written presence lines;
 * - the municipality's house style; earlier committees' decisions say where they came from.
 * Existing votes become one counted round per decision; existing notes go to the item's last decision.
 */
export const meetingConduct: Migration = {
  version: 4,
  name: 'meeting conduct',
  up: `
ALTER TABLE attendance ADD COLUMN arrived_before_item_id INTEGER REFERENCES items(id) ON DELETE SET NULL;
ALTER TABLE attendance ADD COLUMN left_after_item_id INTEGER REFERENCES items(id) ON DELETE SET NULL;

CREATE TABLE item_substitutes (
  item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
  person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE RESTRICT,
  for_person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE RESTRICT,
  PRIMARY KEY (item_id, person_id),
  CHECK (person_id <> for_person_id)
) STRICT;

ALTER TABLE decisions ADD COLUMN points TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(points) AND json_type(points) = 'array');
UPDATE decisions SET points = json_array(point_number) WHERE point_number IS NOT NULL;
ALTER TABLE decisions DROP COLUMN point_number;
ALTER TABLE decisions RENAME COLUMN text TO remark;
ALTER TABLE decisions ADD COLUMN outcome TEXT CHECK (outcome IS NULL OR outcome IN ('approved','recommended','noted','discussed','postponed','referred','rejected'));
ALTER TABLE decisions ADD COLUMN outcome_body TEXT;
ALTER TABLE decisions ADD COLUMN override_text TEXT;
ALTER TABLE decisions ADD COLUMN override_basis TEXT CHECK ((override_text IS NULL) = (override_basis IS NULL));

CREATE TABLE vote_rounds (
  id INTEGER PRIMARY KEY,
  decision_id INTEGER NOT NULL REFERENCES decisions(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  subject TEXT,
  mode TEXT NOT NULL CHECK (mode IN ('counted','unanimous','without_vote'))
) STRICT;
CREATE INDEX vote_rounds_decision ON vote_rounds(decision_id, position);

CREATE TABLE round_votes (
  id INTEGER PRIMARY KEY,
  round_id INTEGER NOT NULL REFERENCES vote_rounds(id) ON DELETE CASCADE,
  person_id INTEGER REFERENCES people(id) ON DELETE RESTRICT,
  party_id INTEGER REFERENCES parties(id) ON DELETE RESTRICT,
  choice TEXT NOT NULL CHECK (choice IN ('for','against','abstain')),
  count INTEGER NOT NULL DEFAULT 1 CHECK (count >= 1),
  CHECK ((person_id IS NULL) <> (party_id IS NULL)),
  CHECK (person_id IS NULL OR count = 1)
) STRICT;
CREATE INDEX round_votes_round ON round_votes(round_id);

INSERT INTO vote_rounds (id, decision_id, position, subject, mode) SELECT DISTINCT decision_id, decision_id, 0, NULL, 'counted' FROM votes;
INSERT INTO round_votes (round_id, person_id, party_id, choice, count) SELECT decision_id, person_id, party_id, choice, count FROM votes ORDER BY id;
DROP TABLE votes;

ALTER TABLE protocol_notes ADD COLUMN decision_id INTEGER REFERENCES decisions(id) ON DELETE CASCADE;
ALTER TABLE protocol_notes ADD COLUMN round_id INTEGER REFERENCES vote_rounds(id) ON DELETE CASCADE;
ALTER TABLE protocol_notes ADD COLUMN party_id INTEGER REFERENCES parties(id) ON DELETE RESTRICT;
-- A note had no decision of its own: it goes to the item's last decision (one is made where there is none).
INSERT INTO decisions (item_id, position, remark, points)
  SELECT DISTINCT n.item_id, 0, '', '[]' FROM protocol_notes n WHERE NOT EXISTS (SELECT 1 FROM decisions d WHERE d.item_id = n.item_id);
UPDATE protocol_notes SET decision_id = (SELECT d.id FROM decisions d WHERE d.item_id = protocol_notes.item_id ORDER BY d.position DESC, d.id DESC LIMIT 1);
UPDATE protocol_notes SET round_id = (SELECT r.id FROM vote_rounds r WHERE r.decision_id = protocol_notes.decision_id ORDER BY r.position LIMIT 1)
  WHERE kind = 'dissent';

ALTER TABLE items ADD COLUMN public_extract TEXT CHECK (public_extract IS NULL OR length(public_extract) > 0);
ALTER TABLE items ADD COLUMN presence_override_text TEXT;
ALTER TABLE items ADD COLUMN presence_override_basis TEXT CHECK ((presence_override_text IS NULL) = (presence_override_basis IS NULL));

ALTER TABLE prior_decisions ADD COLUMN source TEXT NOT NULL DEFAULT 'imported' CHECK (source IN ('recorded','imported'));
ALTER TABLE prior_decisions ADD COLUMN presence_lines TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(presence_lines) AND json_type(presence_lines) = 'array');

CREATE TABLE house_style (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  recommendation_lead TEXT NOT NULL DEFAULT 'Forvaltningen foreslår, at' CHECK (length(recommendation_lead) > 0),
  decision_heading_colon INTEGER NOT NULL DEFAULT 1 CHECK (decision_heading_colon IN (0,1))
) STRICT;
INSERT INTO house_style (id) VALUES (1);
`,
};
