import type { Item } from '../../domain/entities';
import { joinDanish } from '../../format/join-names';
import { daActiveContentWording } from './active-content-wording';
import { itemLabel } from './item-texts';
import type { ActiveContentGroup, ActiveContentRemoval, ReleaseIssue } from './types';

export type RemovalsOf = (sha256: string) => readonly ActiveContentRemoval[] | undefined;

/** At most this many lines per bilag; the rest is counted ("og 3 ting mere"). */
export const MAX_REMOVAL_GROUPS = 20;

/** The same kind, place and detail on several pages is one line: pages ascending, in order of first occurrence. */
export function groupRemovals(removals: readonly ActiveContentRemoval[]): ActiveContentGroup[] {
  const groups = new Map<string, ActiveContentGroup>();
  for (const r of removals) {
    const key = JSON.stringify([r.what, r.where, r.detail ?? null]);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { what: r.what, where: r.where, ...(r.detail === undefined ? {} : { detail: r.detail }), pages: [] }));
    if (r.page !== undefined && !group.pages.includes(r.page)) group.pages.push(r.page);
  }
  for (const group of groups.values()) group.pages.sort((a, b) => a - b);
  return [...groups.values()];
}

/** [2, 3, 4, 5, 7, 8] → ["2–5", "7", "8"]: three or more pages in a row are a range. */
export function pageRanges(pages: readonly number[]): string[] {
  const ranges: string[] = [];
  for (let i = 0; i < pages.length; ) {
    let j = i;
    while (j + 1 < pages.length && pages[j + 1] === (pages[j] as number) + 1) j++;
    if (j - i >= 2) ranges.push(`${pages[i]}–${pages[j]}`);
    else for (let k = i; k <= j; k++) ranges.push(String(pages[k]));
    i = j + 1;
  }
  return ranges;
}

/** A lookup in the wording (key relative to it, e.g. "where.page_open") with i18next's interpolation and plurals. */
export type ActiveContentTranslate = (key: string, vars: Record<string, string | number>) => string;

/** One line, "<what> <where>", in the language of `t`; `joinList` joins page numbers ("2, 3 og 5"). */
export function describeRemovalGroup(group: ActiveContentGroup, t: ActiveContentTranslate, joinList: (parts: string[]) => string): string {
  const what = group.where === 'link' && group.what in daActiveContentWording.link ? `link.${group.what}` : `what.${group.what}`;
  const where = t(`where.${group.where}`, { count: group.pages.length, pages: joinList(pageRanges(group.pages)) });
  return `${t(what, { detail: group.detail ?? '' })} ${where}`;
}

/** The Danish wording itself as a translate function (what i18next does with the same object). */
export const danishActiveContent: ActiveContentTranslate = (key, vars) => {
  let node: unknown = daActiveContentWording;
  const parts = key.split('.');
  const last = parts.pop() ?? '';
  for (const part of parts) node = (node as Record<string, unknown>)[part];
  const table = node as Record<string, string>;
  const count = vars.count;
  const plural = typeof count === 'number' ? table[`${last}_${count === 1 ? 'one' : 'other'}`] : undefined;
  const template = plural ?? table[last] ?? key;
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(vars[name] ?? ''));
};

/**
 * One warning per distributed bilag of the item that the packet will be cleaned of, naming item and bilag
 * and listing what goes. `removalsOf` gives the scanner's findings for a bilag's file (undefined: not scanned).
 */
export function activeContentIssues(item: Item, removalsOf: RemovalsOf): ReleaseIssue[] {
  return item.attachments.filter((a) => a.distribution === 'distributed').flatMap((a): ReleaseIssue[] => {
    const groups = groupRemovals(removalsOf(a.sha256) ?? []);
    if (groups.length === 0) return [];
    const shown = groups.slice(0, MAX_REMOVAL_GROUPS);
    const more = groups.length - shown.length;
    const lines = shown.map((g) => describeRemovalGroup(g, danishActiveContent, joinDanish));
    if (more > 0) lines.push(danishActiveContent('more', { count: more }));
    const intro = danishActiveContent('intro', { number: a.number, title: a.title });
    return [{
      code: 'bilag_active_content', severity: 'warning', itemId: item.id, attachmentId: a.id,
      message: `${itemLabel(item)}: ${intro.charAt(0).toLowerCase()}${intro.slice(1)} ${lines.join('; ')}.`,
      removals: shown,
      ...(more > 0 ? { moreRemovals: more } : {}),
    }];
  });
}
