import { useRef } from 'react';
import type { Item } from '../../shared/domain/entities';
import { useAutosave, type Autosave } from '../components/editor/autosave';
import { patchItem } from '../components/editor/patch-item';
import { recordSave } from '../components/editor/record-save';
import type { ReportSave } from '../components/editor/save-status';

/**
 * Autosave for a list of an item's (its recommendation points, its notices) saved as a whole: each
 * save updates the open meeting and is recorded for Fortryd/Gentag under `source`, which also names
 * it in the item's save status.
 */
export function useItemListAutosave<T>(
  itemId: number,
  source: 'points' | 'notices',
  initial: T,
  send: (itemId: number, value: T) => Promise<Item>,
  onSave: ReportSave,
): Autosave<T> {
  const saved = useRef(initial);
  return useAutosave<T>(
    async (value) => {
      patchItem(await send(itemId, value));
      recordSave(itemId, { key: source }, saved.current, value, send);
      saved.current = value;
    },
    (state) => onSave(source, state),
  );
}
