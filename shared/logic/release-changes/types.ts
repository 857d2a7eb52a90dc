/** What a release remembers of the meeting, so a later release can say what changed since. */
export interface ReleaseSnapshot {
  schema: 1;
  items: SnapshotItem[];
  /** SHA-256 of the roll call (the minutes); absent in older snapshots. */
  attendance?: string;
}

export interface SnapshotItem {
  id: number;
  number: number;
  title: string;
  closed: boolean;
  /** Absent in snapshots taken before public titles and kinds were remembered. */
  publicTitle?: string | null;
  kind?: string;
  caseNumber?: string | null;
  /** Section key → SHA-256 of its content (the text itself is not kept). */
  sections: Record<string, string>;
  /** SHA-256 of the recommendation points. */
  points: string;
  /** SHA-256 of the notices (Meddelelser) and the member's request; absent in older snapshots. */
  extras?: string;
  /** SHA-256 of the record: decisions, votes, dissents, notes, presence, the public extract (the minutes); absent in older snapshots. */
  record?: string;
  /** SHA-256 of the item's approved addenda (the minutes); absent in older snapshots. */
  addenda?: string;
  bilag: SnapshotBilag[];
}

export interface SnapshotBilag { id: number; title: string; sha256: string; closed: boolean; distributed?: boolean }

/** An item as the change report names it (the current number and title, or the last known). */
export interface ChangedItemRef { id: number; number: number; title: string; closed: boolean; publicTitle?: string | null }

export type ItemChangeKind = 'title' | 'sections' | 'points' | 'closed' | 'publicTitle' | 'kind' | 'caseNumber' | 'extras' | 'record' | 'addenda';

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
  /** The minutes: the roll call changed (only when comparing minutes). */
  attendanceChanged?: boolean;
}

export interface ChangedBilagRef { item: ChangedItemRef; title: string; closed: boolean }
