import { useCallback, useLayoutEffect, useRef, type FocusEvent, type KeyboardEvent, type RefObject } from 'react';

export interface RovingToolbar<E extends HTMLElement> {
  ref: RefObject<E | null>;
  onKeyDown(e: KeyboardEvent<E>): void;
  onFocus(e: FocusEvent<E>): void;
}

const items = (bar: HTMLElement | null): HTMLButtonElement[] => [...(bar?.querySelectorAll('button') ?? [])];

/**
 * The WAI-ARIA toolbar pattern: the bar is one tab stop; ←/→ move between its buttons (round the
 * ends), Home and End go to the first and last. The button used last keeps the tab stop, so Tab
 * comes back to it; when it becomes disabled (Fortryd with nothing to undo), the first enabled
 * button takes over, so the bar never drops out of the tab order.
 */
export function useRovingToolbar<E extends HTMLElement>(): RovingToolbar<E> {
  const ref = useRef<E>(null);
  const current = useRef<HTMLButtonElement | null>(null);

  const sync = useCallback(() => {
    const all = items(ref.current);
    const enabled = all.filter((b) => !b.disabled);
    const stop = current.current && enabled.includes(current.current) ? current.current : (enabled[0] ?? null);
    for (const button of all) button.tabIndex = button === stop ? 0 : -1;
  }, []);

  // After every render: buttons come, go and change their disabled state with the editor's state.
  useLayoutEffect(sync);

  const onFocus = useCallback(
    (e: FocusEvent<E>) => {
      if (e.target instanceof HTMLButtonElement && items(ref.current).includes(e.target)) {
        current.current = e.target;
        sync();
      }
    },
    [sync],
  );

  const onKeyDown = useCallback(
    (e: KeyboardEvent<E>) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      const enabled = items(ref.current).filter((b) => !b.disabled);
      const at = enabled.indexOf(document.activeElement as HTMLButtonElement);
      if (at === -1 || enabled.length === 0) return;
      let next: number;
      if (e.key === 'ArrowRight') next = (at + 1) % enabled.length;
      else if (e.key === 'ArrowLeft') next = (at - 1 + enabled.length) % enabled.length;
      else if (e.key === 'Home') next = 0;
      else if (e.key === 'End') next = enabled.length - 1;
      else return;
      e.preventDefault();
      enabled[next]!.focus();
    },
    [],
  );

  return { ref, onKeyDown, onFocus };
}
