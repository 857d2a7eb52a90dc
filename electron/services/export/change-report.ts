import { createHash } from 'node:crypto';
import type { Edition } from '../../../shared/domain/enums';
import type { MeetingDetail } from '../../../shared/domain/entities';
import type {
  ChangedBilagRef, ChangedItemRef, ChangeReport, ItemChangeKind, ReleaseSnapshot, SnapshotBilag, SnapshotItem,
} from '../../../shared/api/methods/releases';

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');
const canonicalSection = (key: string): string => (key === 'resumé' ? 'resume' : key);

/** What a release remembers of the meeting: items with hashed texts, and bilag by SHA-256. */
export function buildSnapshot(meeting: MeetingDetail): ReleaseSnapshot {
  return {
    schema: 1,
    items: meeting.items.map((item): SnapshotItem => ({
      id: item.id,
      number: item.number,
      title: item.title,
      closed: item.isClosed,
      sections: Object.fromEntries(item.sections.map((s) => [canonicalSection(s.key), sha256(JSON.stringify(s.content))])),
      points: sha256(JSON.stringify(item.points.map((p) => [p.number, p.text, p.decisionAuthority]))),
      bilag: item.attachments.map((a): SnapshotBilag => ({ id: a.id, title: a.title, sha256: a.sha256, closed: a.isClosed })),
    })),
  };
}

/** A stored snapshot, or null when it is missing or of an unknown shape (older releases). */
export function parseSnapshot(value: unknown): ReleaseSnapshot | null {
  if (typeof value !== 'object' || value === null) return null;
  const snapshot = value as Partial<ReleaseSnapshot>;
  return snapshot.schema === 1 && Array.isArray(snapshot.items) ? (snapshot as ReleaseSnapshot) : null;
}

const ref = (item: SnapshotItem): ChangedItemRef => ({ id: item.id, number: item.number, title: item.title, closed: item.closed });

function sameRecord(a: Record<string, string>, b: Record<string, string>): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) if (a[key] !== b[key]) return false;
  return true;
}

/** What changed between two releases' snapshots (or a release and the meeting as it is now). */
export function compareSnapshots(previous: ReleaseSnapshot, current: ReleaseSnapshot, previousVersion: number | null = null): ChangeReport {
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
    const changes: ItemChangeKind[] = [];
    if (old.title !== item.title) changes.push('title');
    if (!sameRecord(old.sections, item.sections)) changes.push('sections');
    if (old.points !== item.points) changes.push('points');
    if (old.closed !== item.closed) changes.push('closed');
    if (changes.length > 0) report.itemsChanged.push({ ...ref(item), previousTitle: old.title, previouslyClosed: old.closed, changes });
    compareBilag(report, ref(item), old.bilag, item.bilag);
  }
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
  return [report.itemsAdded, report.itemsRemoved, report.itemsMoved, report.itemsChanged, report.bilagAdded, report.bilagRemoved, report.bilagReplaced]
    .some((list) => list.length > 0);
}

const CHANGE_WORDS: Record<Exclude<ItemChangeKind, 'title' | 'closed'>, string> = {
  sections: 'teksten er ændret',
  points: 'indstillingen er ændret',
};

/**
 * The report as Danish sentences for the "Ændringer siden version N" page. In the public edition a
 * closed item (closed now or before) is never named: "Et lukket punkt er ændret." and the like;
 * closed bilag are left out, as the public edition leaves them out.
 */
export function describeChanges(report: ChangeReport, edition: Edition): string[] {
  const isPublic = edition === 'public';
  const hidden = (item: ChangedItemRef, previouslyClosed = false): boolean => isPublic && (item.closed || previouslyClosed);
  const name = (item: ChangedItemRef): string => `Punkt ${item.number} »${item.title}«`;
  const lines: string[] = [];
  const add = (line: string) => {
    if (!lines.includes(line)) lines.push(line);
  };

  for (const item of report.itemsAdded) add(hidden(item) ? 'Et lukket punkt er tilføjet.' : `${name(item)} er tilføjet.`);
  for (const item of report.itemsRemoved) add(hidden(item) ? 'Et lukket punkt er fjernet.' : `Punkt »${item.title}« (tidligere punkt ${item.number}) er fjernet.`);
  for (const item of report.itemsMoved) {
    add(hidden(item) ? `Et lukket punkt er flyttet fra punkt ${item.previousNumber} til punkt ${item.number}.` : `Punkt »${item.title}« er flyttet fra punkt ${item.previousNumber} til punkt ${item.number}.`);
  }
  for (const item of report.itemsChanged) {
    if (hidden(item, item.previouslyClosed)) {
      add('Et lukket punkt er ændret.');
      continue;
    }
    const parts: string[] = [];
    if (item.changes.includes('title')) parts.push(`titlen er ændret (tidligere »${item.previousTitle}«)`);
    for (const kind of ['sections', 'points'] as const) if (item.changes.includes(kind)) parts.push(CHANGE_WORDS[kind]);
    if (item.changes.includes('closed')) parts.push(item.closed ? 'punktet er nu lukket' : 'punktet er nu åbent');
    add(`${name(item)}: ${parts.join(', ')}.`);
  }
  const bilagLines: [ChangedBilagRef[], string][] = [[report.bilagAdded, 'tilføjet'], [report.bilagRemoved, 'fjernet'], [report.bilagReplaced, 'erstattet af en ny udgave']];
  for (const [list, verb] of bilagLines) {
    for (const bilag of list) {
      if (hidden(bilag.item)) add('Et lukket punkt er ændret.');
      else if (isPublic && bilag.closed) continue;
      else add(`${name(bilag.item)}: bilaget »${bilag.title}« er ${verb}.`);
    }
  }
  return lines;
}
