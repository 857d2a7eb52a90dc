import { useCallback, useRef } from 'react';
import { useAutosave, type SaveState } from '../../editor/autosave';
import type { ReportSave } from '../../editor/save-status';

export interface RecordAutosave<T> {
  /** Saved by the editors' rule: shortly after the last change, at most 500 ms after the first unsaved one. */
  schedule(value: T): void;
  /** A click's change: saved at once (still one call at a time, always of the newest value). */
  saveNow(value: T): void;
  flush(): void;
  /** Resolves when everything scheduled so far is saved; rejects when that save failed. */
  settle(): Promise<void>;
  /** Not saved because of what the screen shows at the field (a vote that does not hold …). */
  hold(message: string): void;
}

/**
 * The editors' autosave (renderer/components/editor/autosave.ts) for one part of an item's record,
 * reporting to the item's save status under `source`, with a way to wait until it is stored
 * (forwarding a case needs its decision saved first).
 */
export function useRecordAutosave<T>(source: string, save: (value: T) => Promise<unknown>, onSave: ReportSave): RecordAutosave<T> {
  const scheduled = useRef(0);
  const saved = useRef(0);
  const waiters = useRef<{ seq: number; resolve: () => void; reject: (error: Error) => void }[]>([]);

  const onState = useCallback((state: SaveState) => {
    onSave(source, state);
    if (state.kind === 'error') {
      const failed = waiters.current;
      waiters.current = [];
      for (const w of failed) w.reject(new Error(state.message));
    }
  }, [onSave, source]);

  const { schedule: queue, flush } = useAutosave<{ seq: number; value: T }>(async ({ seq, value }) => {
    await save(value);
    saved.current = Math.max(saved.current, seq);
    const done = waiters.current.filter((w) => w.seq <= saved.current);
    waiters.current = waiters.current.filter((w) => w.seq > saved.current);
    for (const w of done) w.resolve();
  }, onState);

  const schedule = useCallback((value: T) => queue({ seq: ++scheduled.current, value }), [queue]);
  const saveNow = useCallback((value: T) => {
    queue({ seq: ++scheduled.current, value });
    flush();
  }, [queue, flush]);
  const settle = useCallback(() => {
    flush();
    if (saved.current >= scheduled.current) return Promise.resolve();
    return new Promise<void>((resolve, reject) => waiters.current.push({ seq: scheduled.current, resolve, reject }));
  }, [flush]);
  const hold = useCallback((message: string) => onSave(source, { kind: 'error', message }), [onSave, source]);

  return { schedule, saveNow, flush, settle, hold };
}
