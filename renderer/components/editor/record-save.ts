import type { Item } from '../../../shared/domain/entities';
import { currentItemId, useHistoryStore, type HistoryLabel } from '../../stores/history-store';
import { useMeetingStore } from '../../stores/meeting-store';
import { patchItem } from './patch-item';

/** The item's number on the open agenda, for the Fortryd/Gentag status line. */
export function itemNumber(itemId: number): number | string {
  return useMeetingStore.getState().meeting?.items.find((i) => i.id === itemId)?.number ?? '';
}

/**
 * Records one saved editing burst (one debounced save) for Fortryd/Gentag: undo saves the value
 * from before the burst, redo the value it saved. Nothing is recorded when nothing changed.
 */
export function recordSave<T>(
  itemId: number,
  label: Omit<HistoryLabel, 'values'> & { values?: Record<string, string | number> },
  before: T,
  after: T,
  save: (itemId: number, value: T) => Promise<Item>,
): void {
  if (JSON.stringify(before) === JSON.stringify(after)) return;
  const apply = async (value: T) => patchItem(await save(currentItemId(itemId), value));
  useHistoryStore.getState().record({
    label: { key: label.key, values: { number: itemNumber(itemId), ...label.values } },
    undo: () => apply(before),
    redo: () => apply(after),
  });
}
