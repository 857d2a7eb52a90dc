import { useRef, useState } from 'react';

export interface DraftList<D extends { key: number }> {
  drafts: D[];
  update(key: number, patch: Partial<D>): void;
  move(index: number, by: -1 | 1): void;
  remove(key: number): void;
  /** Appends a draft and focuses its field once it is rendered. Not a change: an empty draft saves nothing. */
  add(draft: Omit<D, 'key'>): void;
  /** The ref for the field a newly added draft focuses. */
  fieldRef(key: number): (element: HTMLElement | null) => void;
}

/**
 * An ordered list edited in place (recommendation points, notices): stable React keys, since the
 * drafts have no ids until saved, and every change handed to `onChange` (the autosave).
 */
export function useDraftList<D extends { key: number }>(initial: () => Omit<D, 'key'>[], onChange: (next: D[]) => void): DraftList<D> {
  const [drafts, setDrafts] = useState<D[]>(() => initial().map((draft, key) => ({ ...draft, key }) as D));
  const nextKey = useRef(drafts.length);
  // Always the newest list: an editor's update callback is created once and must not see an old one.
  const current = useRef(drafts);
  current.current = drafts;
  const fields = useRef(new Map<number, HTMLElement>());

  const set = (next: D[]) => {
    current.current = next;
    setDrafts(next);
  };
  const change = (next: D[]) => {
    set(next);
    onChange(next);
  };

  return {
    drafts,
    update: (key, patch) => change(current.current.map((d) => (d.key === key ? { ...d, ...patch } : d))),
    move: (index, by) => {
      const next = [...current.current];
      const [moved] = next.splice(index, 1);
      if (!moved) return;
      next.splice(index + by, 0, moved);
      change(next);
    },
    remove: (key) => change(current.current.filter((d) => d.key !== key)),
    add: (draft) => {
      const key = nextKey.current++;
      set([...current.current, { ...draft, key } as D]);
      requestAnimationFrame(() => fields.current.get(key)?.focus());
    },
    fieldRef: (key) => (element) => {
      if (element) fields.current.set(key, element);
      else fields.current.delete(key);
    },
  };
}
