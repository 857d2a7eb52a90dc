import type { FocusEvent } from 'react';

/**
 * In a narrow pane the preview is pinned to the pane's bottom, and the browser's own scroll on
 * focus centres the field, which can leave it behind the preview. After that scroll, a field the
 * preview covers is scrolled up to the room its scroll-margin-bottom keeps free (conduct.css), so
 * the field that has the focus is always in view (WCAG 2.4.11). Side by side, nothing overlaps.
 */
export function keepFocusAbovePreview(event: FocusEvent<HTMLElement>): void {
  const target = event.target;
  const pane = event.currentTarget;
  if (!(target instanceof HTMLElement) || target === pane) return;
  window.requestAnimationFrame(() => {
    const preview = pane.querySelector<HTMLElement>('.record-preview');
    if (!preview || preview.contains(target) || document.activeElement !== target) return;
    const field = target.getBoundingClientRect();
    const cover = preview.getBoundingClientRect();
    const overlaps = field.bottom > cover.top && field.top < cover.bottom && field.right > cover.left && field.left < cover.right;
    if (overlaps) target.scrollIntoView({ block: 'nearest' });
  });
}
