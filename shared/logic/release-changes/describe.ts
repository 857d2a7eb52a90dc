import type { Edition } from '../../domain/enums';
import type { ChangedBilagRef, ChangedItemRef, ChangeReport, ItemChangeKind } from './types';

const CHANGE_WORDS: Record<Exclude<ItemChangeKind, 'title' | 'closed'>, string> = {
  sections: 'teksten er ændret',
  points: 'indstillingen er ændret',
  publicTitle: 'den offentlige titel er ændret',
  kind: 'punkttypen er ændret',
  caseNumber: 'sagsnummeret er ændret',
  extras: 'meddelelserne eller anmodningen er ændret',
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
    for (const kind of ['sections', 'points', 'publicTitle', 'kind', 'caseNumber', 'extras'] as const) if (item.changes.includes(kind)) parts.push(CHANGE_WORDS[kind]);
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
