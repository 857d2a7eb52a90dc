import type { DocumentBilag as PacketBilag, DocumentItem, DocumentModel } from '../../../shared/document';
import { sharesPreviousPage } from '../html/shared-pages';
import type { BodyLayout } from './body-layout';

export type PlannedPage =
  | { kind: 'body'; bodyIndex: number; itemNumber: number | null; /** "Åbent punkt" / "Lukket punkt"; null outside the items. */ furniture: string | null }
  | { kind: 'bilag'; bilag: PacketBilag; pageIndex: number; pageCount: number };

export interface PacketPlan {
  pages: PlannedPage[];
  /** 1-based final page numbers, for the TOC, the links and the outline. */
  itemPages: Map<number, number>;
  bilagPages: Map<number, number>;
  signaturePage: number | null;
  tocPage: number;
  /** The "Ændringer siden version N" page of a re-release (1-based) with its heading. */
  changes: { page: number; title: string } | null;
}

/**
 * The final page order: the printed body with the bilag either after all items (the usual packet)
 * or right after the item they belong to.
 */
export function planPacket(
  model: DocumentModel, body: BodyLayout, bilagPageCounts: ReadonlyMap<number, number>, placement: 'end' | 'after-item',
): PacketPlan {
  const missing = model.items.filter((i) => !body.itemStarts.has(i.number));
  if (missing.length > 0) throw new Error(`Punkt ${missing.map((i) => i.number).join(', ')} blev ikke fundet i den trykte dagsorden.`);
  const starts = model.items.map((i) => ({ item: i, start: body.itemStarts.get(i.number) ?? 0 }));
  /**
   * The items printed on a body page: those starting on it, and the one continuing from before
   * unless an item starts at the top of the page. The page furniture says "Lukket punkt" when any
   * of them is closed.
   */
  const itemsOn = (bodyIndex: number): DocumentItem[] => {
    if (body.signatureStart !== null && bodyIndex >= body.signatureStart) return [];
    const starting = starts.filter((s) => s.start === bodyIndex);
    const topOfPage = starting.some((s) => !sharesPreviousPage(model, model.items.indexOf(s.item), placement));
    const continuing = starts.filter((s) => s.start < bodyIndex).at(-1);
    return [...(topOfPage || !continuing ? [] : [continuing]), ...starting].map((s) => s.item);
  };
  // A short item may share the page where the one before ends: an item ends before the next page another item starts on.
  const lastBodyPageOf = (index: number): number => {
    const own = starts[index]!.start;
    const next = starts.slice(index + 1).find((s) => s.start > own)?.start ?? body.signatureStart ?? body.pageCount;
    return next - 1;
  };
  const bilagPagesOf = (bilag: PacketBilag): PlannedPage[] => {
    const count = bilagPageCounts.get(bilag.attachmentId) ?? 0;
    return Array.from({ length: count }, (_, pageIndex) => ({ kind: 'bilag' as const, bilag, pageIndex, pageCount: count }));
  };

  const pages: PlannedPage[] = [];
  const afterBody = new Map<number, PacketBilag[]>();
  if (placement === 'after-item') {
    starts.forEach((s, index) => {
      const merged = s.item.bilag.filter((b) => b.distributed);
      if (merged.length > 0) afterBody.set(lastBodyPageOf(index), merged);
    });
  }
  for (let bodyIndex = 0; bodyIndex < body.pageCount; bodyIndex++) {
    const onPage = itemsOn(bodyIndex);
    const furnished = onPage.find((i) => i.isClosed) ?? onPage[0];
    pages.push({ kind: 'body', bodyIndex, itemNumber: onPage[0]?.number ?? null, furniture: furnished?.furniture ?? null });
    for (const bilag of afterBody.get(bodyIndex) ?? []) pages.push(...bilagPagesOf(bilag));
  }
  if (placement === 'end') {
    for (const item of model.items) for (const bilag of item.bilag.filter((b) => b.distributed)) pages.push(...bilagPagesOf(bilag));
  }

  const itemPages = new Map<number, number>();
  const bilagPages = new Map<number, number>();
  let signaturePage: number | null = null;
  let changes: PacketPlan['changes'] = null;
  pages.forEach((page, index) => {
    if (page.kind === 'bilag') {
      if (page.pageIndex === 0) bilagPages.set(page.bilag.attachmentId, index + 1);
      return;
    }
    for (const s of starts) if (s.start === page.bodyIndex && !itemPages.has(s.item.number)) itemPages.set(s.item.number, index + 1);
    if (body.signatureStart === page.bodyIndex) signaturePage = index + 1;
    if (body.changes?.start === page.bodyIndex) changes = { page: index + 1, title: body.changes.title };
  });
  return { pages, itemPages, bilagPages, signaturePage, tocPage: 2, changes };
}

export const samePages = (a: ReadonlyMap<number, number>, b: ReadonlyMap<number, number>): boolean =>
  a.size === b.size && [...a].every(([k, v]) => b.get(k) === v);
