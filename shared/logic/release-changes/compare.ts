import type { ChangedBilagRef, ChangedItemRef, ChangeReport, ItemChangeKind, ReleaseSnapshot, SnapshotBilag, SnapshotItem } from './types';

const ref = (item: SnapshotItem): ChangedItemRef => ({ id: item.id, number: item.number, title: item.title, closed: item.closed, publicTitle: item.publicTitle ?? null });

function sameRecord(a: Record<string, string>, b: Record<string, string>): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) if (a[key] !== b[key]) return false;
  return true;
}

/**
 * What changed between two releases' snapshots (or a release and the meeting as it is now). The
 * agenda compares the agenda only; the minutes (`withRecord`) also the roll call and each item's record.
 */
export function compareSnapshots(previous: ReleaseSnapshot, current: ReleaseSnapshot, previousVersion: number | null = null, withRecord = false): ChangeReport {
  const report: ChangeReport = {
    previousVersion, itemsAdded: [], itemsRemoved: [], itemsMoved: [], itemsChanged: [], bilagAdded: [], bilagRemoved: [], bilagReplaced: [],
  };
  const before = new Map(previous.items.map((i) => [i.id, i]));
  const now = new Set(current.items.map((i) => i.id));
  for (const old of previous.items) if (!now.has(old.id)) report.itemsRemoved.push(ref(old));

  for (const item of current.items) {
    const old = before.get(item.id);
    if (!old) {
      report.itemsAdded.push(ref(item));
      continue;
    }
    if (old.number !== item.number) report.itemsMoved.push({ ...ref(item), previousNumber: old.number });
    const changes = itemChanges(old, item, withRecord);
    if (changes.length > 0) report.itemsChanged.push({ ...ref(item), previousTitle: old.title, previouslyClosed: old.closed, changes });
    compareBilag(report, ref(item), old.bilag, item.bilag);
  }
  if (withRecord && differs(previous.attendance, current.attendance)) report.attendanceChanged = true;
  return report;
}

function compareBilag(report: ChangeReport, item: ChangedItemRef, previous: SnapshotBilag[], current: SnapshotBilag[]): void {
  const unmatched = new Map(previous.map((b) => [b.id, b]));
  const fresh: SnapshotBilag[] = [];
  const entry = (b: SnapshotBilag): ChangedBilagRef => ({ item, title: b.title, closed: b.closed });
  for (const bilag of current) {
    const old = unmatched.get(bilag.id);
    if (!old) {
      fresh.push(bilag);
      continue;
    }
    unmatched.delete(bilag.id);
    if (old.sha256 !== bilag.sha256) report.bilagReplaced.push(entry(bilag));
  }
  // A bilag removed and attached again under the same title is a replacement (or no change at all).
  for (const bilag of fresh) {
    const old = [...unmatched.values()].find((b) => b.title === bilag.title);
    if (old) {
      unmatched.delete(old.id);
      if (old.sha256 !== bilag.sha256) report.bilagReplaced.push(entry(bilag));
    } else {
      report.bilagAdded.push(entry(bilag));
    }
  }
  for (const old of unmatched.values()) report.bilagRemoved.push(entry(old));
}

export function hasChanges(report: ChangeReport): boolean {
  return report.attendanceChanged === true
    || [report.itemsAdded, report.itemsRemoved, report.itemsMoved, report.itemsChanged, report.bilagAdded, report.bilagRemoved, report.bilagReplaced].some((list) => list.length > 0);
}

/** A field that an older snapshot did not remember is not counted as changed. */
const differs = <T>(before: T | undefined, now: T | undefined): boolean => before !== undefined && now !== undefined && before !== now;

/** What changed in one item between two snapshots of it (bilag are compared separately). */
export function itemChanges(old: SnapshotItem, item: SnapshotItem, withRecord = false): ItemChangeKind[] {
  const changes: ItemChangeKind[] = [];
  if (old.title !== item.title) changes.push('title');
  if (!sameRecord(old.sections, item.sections)) changes.push('sections');
  if (old.points !== item.points) changes.push('points');
  if (old.closed !== item.closed) changes.push('closed');
  if (differs(old.publicTitle, item.publicTitle)) changes.push('publicTitle');
  if (differs(old.kind, item.kind)) changes.push('kind');
  if (differs(old.caseNumber, item.caseNumber)) changes.push('caseNumber');
  if (differs(old.extras, item.extras)) changes.push('extras');
  if (withRecord && differs(old.record, item.record)) changes.push('record');
  if (withRecord && differs(old.addenda, item.addenda)) changes.push('addenda');
  return changes;
}

/** Whether an item differs from what its release showed: a new item, other particulars, texts or bilag. */
export function itemChangedSince(old: SnapshotItem | undefined, item: SnapshotItem): boolean {
  if (!old) return true;
  if (itemChanges(old, item).length > 0) return true;
  if (old.bilag.length !== item.bilag.length) return true;
  return old.bilag.some((b, i) => {
    const now = item.bilag[i]!;
    return b.sha256 !== now.sha256 || b.title !== now.title || b.closed !== now.closed || differs(b.distributed, now.distributed);
  });
}

/** The ids of the items that are new or changed since the snapshot (their number alone may move). */
export function changedItemIds(previous: ReleaseSnapshot, current: ReleaseSnapshot): Set<number> {
  const before = new Map(previous.items.map((i) => [i.id, i]));
  return new Set(current.items.filter((item) => itemChangedSince(before.get(item.id), item)).map((item) => item.id));
}
