import type { Edition } from '../../domain/enums';
import type { ChangedBilagRef, ChangedItemRef, ChangeReport, ItemChangeKind } from './types';

const CHANGE_WORDS: Record<Exclude<ItemChangeKind, 'title' | 'closed'>, string> = {
  sections: 'teksten er ændret',
  points: 'indstillingen er ændret',
  publicTitle: 'den offentlige titel er ændret',
  kind: 'punkttypen er ændret',
  caseNumber: 'sagsnummeret er ændret',
  extras: 'meddelelserne eller anmodningen er ændret',
  record: 'beslutningen, afstemningen eller fremmødet på punktet er ændret',
  addenda: 'en tilføjelse til protokollen er godkendt',
};

export type ChangeGroupKey = 'attendance' | 'itemsAdded' | 'itemsRemoved' | 'itemsMoved' | 'itemsChanged' | 'bilagAdded' | 'bilagRemoved' | 'bilagReplaced';

export interface ChangeGroup {
  key: ChangeGroupKey;
  lines: string[];
}

/**
 * The report as Danish sentences for the "Ændringer siden version N" page, grouped: attendance,
 * items added, removed, moved, changed; bilag added, removed, replaced. In the public edition a
 * closed item (closed now or before) is never named: "Et lukket punkt er ændret." and the like;
 * closed bilag are left out, as the public edition leaves them out. A line said once is not repeated.
 * The release dialog shows the same groups, so the screen and the page cannot disagree.
 */
export function describeChangeGroups(report: ChangeReport, edition: Edition): ChangeGroup[] {
  const isPublic = edition === 'public';
  const hidden = (item: ChangedItemRef, previouslyClosed = false): boolean => isPublic && (item.closed || previouslyClosed);
  const name = (item: ChangedItemRef): string => `Punkt ${item.number} »${item.title}«`;
  const said = new Set<string>();
  const groups: ChangeGroup[] = [];
  const group = (key: ChangeGroupKey, lines: (string | null)[]) => {
    const fresh: string[] = [];
    for (const line of lines) {
      if (line === null || said.has(line)) continue;
      said.add(line);
      fresh.push(line);
    }
    if (fresh.length > 0) groups.push({ key, lines: fresh });
  };

  group('attendance', [report.attendanceChanged ? 'Fremmødet på mødet er ændret.' : null]);
  group('itemsAdded', report.itemsAdded.map((item) => (hidden(item) ? 'Et lukket punkt er tilføjet.' : `${name(item)} er tilføjet.`)));
  group('itemsRemoved', report.itemsRemoved.map((item) => (hidden(item) ? 'Et lukket punkt er fjernet.' : `Punkt »${item.title}« (tidligere punkt ${item.number}) er fjernet.`)));
  group(
    'itemsMoved',
    report.itemsMoved.map((item) =>
      hidden(item)
        ? `Et lukket punkt er flyttet fra punkt ${item.previousNumber} til punkt ${item.number}.`
        : `Punkt »${item.title}« er flyttet fra punkt ${item.previousNumber} til punkt ${item.number}.`,
    ),
  );
  group(
    'itemsChanged',
    report.itemsChanged.map((item) => {
      if (hidden(item, item.previouslyClosed)) return 'Et lukket punkt er ændret.';
      const parts: string[] = [];
      if (item.changes.includes('title')) parts.push(`titlen er ændret (tidligere »${item.previousTitle}«)`);
      for (const kind of ['sections', 'points', 'publicTitle', 'kind', 'caseNumber', 'extras', 'record', 'addenda'] as const) if (item.changes.includes(kind)) parts.push(CHANGE_WORDS[kind]);
      if (item.changes.includes('closed')) parts.push(item.closed ? 'punktet er nu lukket' : 'punktet er nu åbent');
      return `${name(item)}: ${parts.join(', ')}.`;
    }),
  );
  const bilagLine = (bilag: ChangedBilagRef, verb: string): string | null => {
    if (hidden(bilag.item)) return 'Et lukket punkt er ændret.';
    if (isPublic && bilag.closed) return null;
    return `${name(bilag.item)}: bilaget »${bilag.title}« er ${verb}.`;
  };
  group('bilagAdded', report.bilagAdded.map((b) => bilagLine(b, 'tilføjet')));
  group('bilagRemoved', report.bilagRemoved.map((b) => bilagLine(b, 'fjernet')));
  group('bilagReplaced', report.bilagReplaced.map((b) => bilagLine(b, 'erstattet af en ny udgave')));
  return groups;
}

/** The report's sentences in page order, as printed on the "Ændringer siden version N" page. */
export function describeChanges(report: ChangeReport, edition: Edition): string[] {
  return describeChangeGroups(report, edition).flatMap((g) => g.lines);
}
