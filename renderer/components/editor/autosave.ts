import { useCallback, useEffect, useRef } from 'react';
import { ApiCallError } from '../../../shared/api/client';
import { readableMessage } from '../../hooks/use-action';

export type SaveState = { kind: 'pending' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'error'; message: string };

/** How long after the last keystroke a change is saved: well inside a second, so every change is durable. */
export const SAVE_DELAY_MS = 600;

/** The longest a change waits while typing goes on: steady typing still reaches the database every half second. */
export const MAX_SAVE_WAIT_MS = 500;

export interface Autosave<T> {
  /** A new value: saved SAVE_DELAY_MS after the last call, and at most MAX_SAVE_WAIT_MS after the first unsaved one. */
  schedule(value: T): void;
  /** Save a scheduled value now (blur, unmount). */
  flush(): void;
}

/**
 * Debounced, serialized saving: one call at a time, always of the newest value; a value scheduled
 * while a save runs is saved right after it. A scheduled value is flushed on unmount, so moving to
 * another item never loses the last keystrokes.
 */
export function useAutosave<T>(save: (value: T) => Promise<unknown>, onState: (state: SaveState) => void, delay = SAVE_DELAY_MS): Autosave<T> {
  const latest = useRef({ save, onState });
  latest.current = { save, onState };
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const pending = useRef<{ value: T } | null>(null);
  const maxWaitTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const running = useRef(false);

  const flush = useCallback(() => {
    for (const t of [timer, maxWaitTimer]) {
      if (t.current !== null) clearTimeout(t.current);
      t.current = null;
    }
    if (running.current || !pending.current) return;
    const { value } = pending.current;
    pending.current = null;
    running.current = true;
    latest.current.onState({ kind: 'saving' });
    latest.current
      .save(value)
      .then(
        () => {
          if (!pending.current) latest.current.onState({ kind: 'saved' });
        },
        (error: unknown) => {
          const message = error instanceof ApiCallError ? readableMessage(error.error) : error instanceof Error ? error.message : String(error);
          latest.current.onState({ kind: 'error', message });
        },
      )
      .finally(() => {
        running.current = false;
        if (pending.current) flush();
      });
  }, []);

  const schedule = useCallback(
    (value: T) => {
      pending.current = { value };
      latest.current.onState({ kind: 'pending' });
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = setTimeout(flush, delay);
      // Debounced, but the first unsaved change starts a clock that keystrokes do not reset.
      maxWaitTimer.current ??= setTimeout(flush, Math.min(delay, MAX_SAVE_WAIT_MS));
    },
    [delay, flush],
  );

  useEffect(() => flush, [flush]);

  return { schedule, flush };
}
