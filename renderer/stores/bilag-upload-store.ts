import { create } from 'zustand';

/** reading (a File read as base64) → sending (bytes on their way) → checking (the service inspects the file). */
export type UploadStage = 'reading' | 'sending' | 'checking';

export interface BilagUpload {
  key: number;
  itemId: number;
  name: string;
  stage: UploadStage;
  /** 0…1 while reading or sending with real progress; 1 otherwise. */
  fraction: number;
}

/** A bilag the service refused (or that never arrived), with the Danish message to show. */
export interface UploadFailure {
  key: number;
  name: string;
  message: string;
}

/** How BilagUploader reports one file's way: progress, then done or failed. */
export interface UploadHandle {
  update(change: Partial<Pick<BilagUpload, 'stage' | 'fraction'>>): void;
  done(): void;
  failed(message: string): void;
}

interface BilagUploadState {
  /** Uploads in flight by item id, in the order they started. An item with none has no entry. */
  inFlight: Readonly<Record<number, readonly BilagUpload[]>>;
  /**
   * Failed uploads by item id. They stay until the secretary closes the message or chooses new
   * files for that item, not when she reopens it: a file refused while she was on another item
   * would otherwise vanish before she ever saw why.
   */
  failures: Readonly<Record<number, readonly UploadFailure[]>>;
  /** Starts tracking one file for an item. */
  start(itemId: number, name: string, stage?: UploadStage): UploadHandle;
  /** A failure with no upload behind it (the open dialog refused the files). */
  fail(itemId: number, name: string, message: string): void;
  dismissFailure(itemId: number, key: number): void;
  clearFailures(itemId: number): void;
  /** Forgets everything (tests). */
  reset(): void;
}

const NO_UPLOADS: readonly BilagUpload[] = [];
const NO_FAILURES: readonly UploadFailure[] = [];

let nextKey = 1;

/**
 * The bilag uploads in flight, outside any component: an upload carries on when the secretary
 * opens another item, and its progress is there again when she comes back; the agenda list marks
 * the items that have uploads running.
 */
export const useBilagUploadStore = create<BilagUploadState>()((set, get) => {
  function withList<T>(record: Readonly<Record<number, readonly T[]>>, itemId: number, list: readonly T[]): Record<number, readonly T[]> {
    const next = { ...record };
    if (list.length > 0) next[itemId] = list;
    else delete next[itemId];
    return next;
  }

  function changeUpload(itemId: number, key: number, change: (u: BilagUpload) => BilagUpload | null): void {
    const list = get().inFlight[itemId];
    const current = list?.find((u) => u.key === key);
    if (!list || !current) return;
    const changed = change(current);
    if (changed === current) return;
    const updated = list.flatMap((u) => (u !== current ? [u] : changed ? [changed] : []));
    set((s) => ({ inFlight: withList(s.inFlight, itemId, updated) }));
  }

  function addFailure(itemId: number, failure: UploadFailure): void {
    set((s) => ({ failures: withList(s.failures, itemId, [...(s.failures[itemId] ?? []), failure]) }));
  }

  return {
    inFlight: {},
    failures: {},

    start(itemId, name, stage = 'reading') {
      const key = nextKey++;
      const upload: BilagUpload = { key, itemId, name, stage, fraction: 0 };
      set((s) => ({ inFlight: withList(s.inFlight, itemId, [...(s.inFlight[itemId] ?? []), upload]) }));
      return {
        update(change) {
          changeUpload(itemId, key, (u) => {
            const next = { ...u, ...change };
            return next.stage === u.stage && next.fraction === u.fraction ? u : next;
          });
        },
        done() {
          changeUpload(itemId, key, () => null);
        },
        failed(message) {
          changeUpload(itemId, key, () => null);
          addFailure(itemId, { key, name, message });
        },
      };
    },

    fail(itemId, name, message) {
      addFailure(itemId, { key: nextKey++, name, message });
    },

    dismissFailure(itemId, key) {
      const list = get().failures[itemId];
      if (!list) return;
      set((s) => ({ failures: withList(s.failures, itemId, list.filter((f) => f.key !== key)) }));
    },

    clearFailures(itemId) {
      if (!get().failures[itemId]) return;
      set((s) => ({ failures: withList(s.failures, itemId, []) }));
    },

    reset() {
      set({ inFlight: {}, failures: {} });
    },
  };
});

/** The uploads in flight for one item (a stable empty list when there are none). */
export function useItemUploads(itemId: number): readonly BilagUpload[] {
  return useBilagUploadStore((s) => s.inFlight[itemId] ?? NO_UPLOADS);
}

/** The failed uploads still shown for one item. */
export function useItemUploadFailures(itemId: number): readonly UploadFailure[] {
  return useBilagUploadStore((s) => s.failures[itemId] ?? NO_FAILURES);
}

/** For the agenda row: 'sending' while any upload runs, else 'failed' while a failure is shown. */
export function useItemUploadState(itemId: number): 'sending' | 'failed' | null {
  return useBilagUploadStore((s) => (s.inFlight[itemId] ? 'sending' : s.failures[itemId] ? 'failed' : null));
}
