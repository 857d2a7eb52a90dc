import { z } from 'zod';
import { method } from '../define-method';
import { idSchema } from '../../domain/primitives';
import { documentKindSchema, editionSchema } from '../../domain/enums';

/** What a release remembers of the meeting, so a later release can say what changed since. */
export interface ReleaseSnapshot {
  schema: 1;
  items: SnapshotItem[];
}

export interface SnapshotItem {
  id: number;
  number: number;
  title: string;
  closed: boolean;
  /** Section key → SHA-256 of its content (the text itself is not kept). */
  sections: Record<string, string>;
  /** SHA-256 of the recommendation points. */
  points: string;
  bilag: SnapshotBilag[];
}

export interface SnapshotBilag { id: number; title: string; sha256: string; closed: boolean }

/** An item as the change report names it (the current number and title, or the last known). */
export interface ChangedItemRef { id: number; number: number; title: string; closed: boolean }

export type ItemChangeKind = 'title' | 'sections' | 'points' | 'closed';

export interface ChangeReport {
  /** The release compared with (null when there is none). */
  previousVersion: number | null;
  itemsAdded: ChangedItemRef[];
  itemsRemoved: ChangedItemRef[];
  itemsMoved: (ChangedItemRef & { previousNumber: number })[];
  itemsChanged: (ChangedItemRef & { previousTitle: string; previouslyClosed: boolean; changes: ItemChangeKind[] })[];
  bilagAdded: ChangedBilagRef[];
  bilagRemoved: ChangedBilagRef[];
  /** Same title, other file (other SHA-256). */
  bilagReplaced: ChangedBilagRef[];
}

export interface ChangedBilagRef { item: ChangedItemRef; title: string; closed: boolean }

export const releaseMethods = {
  /** What changed in the meeting since the latest release of this document and edition (null: never released). */
  'releases:changes': method(z.object({ meetingId: idSchema, document: documentKindSchema, edition: editionSchema })).returns<ChangeReport | null>(),
};
