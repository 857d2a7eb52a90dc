import type { DocumentItem, DocumentModel } from '../../../shared/document';

/** An item without any text (Eventuelt on an agenda) prints after the item before it instead of on a page of its own. */
function hasNoText(item: DocumentItem): boolean {
  return item.showContent && !item.request && item.sections.length === 0 && item.notices.length === 0 && item.priorDecisions.length === 0
    && item.decision === null && item.bilag.length === 0;
}

/**
 * Whether item `index` follows the previous one on its page. Not when the bilag come right after
 * each item and the previous item has bilag: those must come before the next item's heading.
 */
export function sharesPreviousPage(model: DocumentModel, index: number, bilagPlacement: 'end' | 'after-item'): boolean {
  const item = model.items[index];
  const before = model.items[index - 1];
  if (!item || !before) return false;
  return hasNoText(item) && (bilagPlacement === 'end' || !before.bilag.some((b) => b.distributed));
}
