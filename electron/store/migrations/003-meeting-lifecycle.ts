import type { Migration } from './migration';

/**
 * What the meeting's lifecycle needs (shared/logic/lifecycle):
 * - a cancelled meeting keeps the status it had (so it can be reinstated) and gets a time and a reason;
 * - a closed item has a public title for the public editions;
 * - a release (udsendelse) keeps the release-check findings the secretary overrode, with the reasons;
 * - a deleted item waits in deleted_items, whole, so an undo restores it in one step with its bilag
 *   (the bilag's blobs stay: blobs are only ever removed when nothing refers to them).
 */
export const meetingLifecycle: Migration = {
  version: 3,
  name: 'meeting lifecycle',
  up: `
ALTER TABLE meetings ADD COLUMN cancelled_at TEXT;
ALTER TABLE meetings ADD COLUMN cancel_reason TEXT CHECK ((cancelled_at IS NULL) = (cancel_reason IS NULL) AND (cancel_reason IS NULL OR length(cancel_reason) > 0));

ALTER TABLE items ADD COLUMN public_title TEXT CHECK (public_title IS NULL OR length(public_title) > 0);

ALTER TABLE releases ADD COLUMN overrides TEXT CHECK (overrides IS NULL OR json_valid(overrides));

CREATE TABLE deleted_items (
  id INTEGER PRIMARY KEY,
  meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
  position INTEGER NOT NULL CHECK (position >= 0),
  deleted_at TEXT NOT NULL,
  item TEXT NOT NULL CHECK (json_valid(item))
) STRICT;
CREATE INDEX deleted_items_meeting ON deleted_items(meeting_id);
`,
};
