import { create } from 'zustand';

/** What an entry says in the status line, as an i18n key under 'history.' with its values. */
export interface HistoryLabel {
  key: 'moved' | 'added' | 'deleted' | 'closed' | 'opened' | 'updated' | 'section' | 'points' | 'notices';
  values: Record<string, string | number>;
}

/** One item-level change with its inverse; both go through the API. */
export interface HistoryEntry {
  label: HistoryLabel;
  undo(): Promise<void>;
  redo(): Promise<void>;
  /** Lets another undo path (the delete toast) find and retire this entry. */
  tag?: string;
}

export type HistoryStatus = { kind: 'undone' | 'redone'; label: HistoryLabel } | { kind: 'failed'; message: string } | null;

export interface HistoryState {
  undoStack: HistoryEntry[];
  redoStack: HistoryEntry[];
  busy: boolean;
  status: HistoryStatus;
  /** Bumped after each undo or redo, so open editors start over from the restored text. */
  revision: number;
  /** A new change: pushed on the undo stack, and the redo stack is cleared. Ignored while undoing or redoing. */
  record(entry: HistoryEntry): void;
  undo(): Promise<void>;
  redo(): Promise<void>;
  /** The entry tagged so was undone by other means: it moves to the redo stack. */
  markUndone(tag: string): void;
  clear(): void;
}

const LIMIT = 100;

/**
 * Items get a new id when a delete is undone (they are re-created); entries recorded before keep
 * the old id, so every entry looks its ids up here when it runs.
 */
const aliases = new Map<number, number>();
export function aliasItemId(oldId: number, newId: number): void {
  if (oldId !== newId) aliases.set(oldId, newId);
}
export function currentItemId(id: number): number {
  let current = id;
  const seen = new Set<number>();
  while (aliases.has(current) && !seen.has(current)) {
    seen.add(current);
    current = aliases.get(current)!;
  }
  return current;
}

/** True while an entry's undo or redo runs: the store actions it calls must not record again. */
let replaying = false;
export const isReplaying = (): boolean => replaying;

export const useHistoryStore = create<HistoryState>()((set, get) => {
  async function step(direction: 'undo' | 'redo') {
    const state = get();
    if (state.busy) return;
    const from = direction === 'undo' ? state.undoStack : state.redoStack;
    const entry = from[from.length - 1];
    if (!entry) return;
    set({ busy: true, status: null });
    replaying = true;
    try {
      await (direction === 'undo' ? entry.undo() : entry.redo());
      set((s) =>
        direction === 'undo'
          ? { undoStack: s.undoStack.slice(0, -1), redoStack: [...s.redoStack, entry] }
          : { redoStack: s.redoStack.slice(0, -1), undoStack: [...s.undoStack, entry] },
      );
      set((s) => ({ status: { kind: direction === 'undo' ? 'undone' : 'redone', label: entry.label }, revision: s.revision + 1 }));
    } catch (error) {
      set({ status: { kind: 'failed', message: error instanceof Error ? error.message : String(error) } });
    } finally {
      replaying = false;
      set({ busy: false });
    }
  }

  return {
    undoStack: [],
    redoStack: [],
    busy: false,
    status: null,
    revision: 0,
    record(entry) {
      if (replaying) return;
      set((s) => ({ undoStack: [...s.undoStack, entry].slice(-LIMIT), redoStack: [] }));
    },
    undo: () => step('undo'),
    redo: () => step('redo'),
    markUndone(tag) {
      const { undoStack } = get();
      const index = undoStack.map((e) => e.tag).lastIndexOf(tag);
      if (index < 0) return;
      const entry = undoStack[index]!;
      set((s) => ({ undoStack: s.undoStack.filter((_, i) => i !== index), redoStack: [...s.redoStack, entry] }));
    },
    clear() {
      aliases.clear();
      set({ undoStack: [], redoStack: [], status: null });
    },
  };
});
