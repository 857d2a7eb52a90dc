import { contentToPlainText } from '../content/plain-text';
import type { DocumentItem } from './types';

/**
 * The item's own text as its pages print it, in reading order: title, then (where the edition shows
 * the content) case line, request, each section's heading, text and points, notices, earlier
 * decisions, the decision sentences (votes and dissent included) with their notes, and the bilag
 * titles. What the printed-text check expects on the item's pages and what the search index holds.
 */
export function itemTextParts(item: DocumentItem): string[] {
  const parts: (string | null | undefined)[] = [item.title];
  if (item.showContent) {
    parts.push(item.caseLine, item.request?.text);
    for (const section of item.sections) {
      parts.push(section.heading, contentToPlainText(section.content));
      for (const point of section.points?.points ?? []) parts.push(point.text);
    }
    for (const notice of item.notices) parts.push(notice.title, contentToPlainText(notice.content));
    for (const prior of item.priorDecisions) parts.push(prior.text);
    for (const decision of item.decision?.decisions ?? []) parts.push(decision.text, ...decision.notes.map((note) => note.text));
    for (const bilag of item.bilag) parts.push(bilag.title);
  }
  return parts.filter((part): part is string => typeof part === 'string' && part !== '');
}
