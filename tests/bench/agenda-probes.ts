/**
 * In-page timing for bench:agenda, installed with addInitScript as plain JavaScript (a string, so
 * tsx's transpilation helpers never reach the page). Every time is performance.now() in the page;
 * the DOM is watched with MutationObserver, so a figure ends at the mutation, before paint.
 */
export interface AgendaProbeWindow {
  __agendaProbe: {
    /**
     * Clicks element at t0; resolves when the listbox has count options and when it answered ArrowDown,
     * with the time the meetings:get fetch took from request to its last byte (Resource Timing).
     */
    openByClick(element: HTMLElement, count: number): Promise<{ listed: number; interactive: number; fetched: number }>;
    /** Alt+ArrowUp/Down on the listbox at t0; resolves when item id's number shows its new place. */
    move(id: number, direction: 'up' | 'down'): Promise<{ ms: number; position: number }>;
    /** In a load with sessionStorage 'bench-agenda-reload': ms from navigation start to interactive. */
    reloadResult: Promise<number>;
  };
}

export function agendaProbeScript(count: number): string {
  return `(() => {
  const COUNT = ${JSON.stringify(count)};
  const listbox = () => document.querySelector('[role="listbox"]');
  function until(check) {
    return new Promise((resolve) => {
      const first = check();
      if (first) return resolve(first);
      const observer = new MutationObserver(() => {
        const value = check();
        if (value) { observer.disconnect(); resolve(value); }
      });
      observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    });
  }
  const fullList = () => { const l = listbox(); return l && l.querySelectorAll('[role="option"]').length === COUNT ? l : null; };
  async function interactiveFrom(t0) {
    const list = await until(fullList);
    const listed = performance.now() - t0;
    const before = list.getAttribute('aria-activedescendant');
    list.focus();
    list.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', code: 'ArrowDown', bubbles: true, cancelable: true }));
    await until(() => list.getAttribute('aria-activedescendant') !== before);
    return { listed, interactive: performance.now() - t0 };
  }
  window.__agendaProbe = {
    async openByClick(element) {
      performance.clearResourceTimings();
      const t0 = performance.now();
      element.click();
      const result = await interactiveFrom(t0);
      const get = performance.getEntriesByType('resource').filter((e) => e.name.endsWith('/api/meetings%3Aget')).at(-1);
      return { ...result, fetched: get ? get.responseEnd - get.startTime : NaN };
    },
    async move(id, direction) {
      const list = listbox();
      const row = document.getElementById('agenda-item-' + id);
      const rows = Array.from(list.querySelectorAll('[role="option"]'));
      const index = rows.indexOf(row);
      const position = direction === 'up' ? index : index + 2;
      const number = row.querySelector('.agenda-number');
      const before = number.textContent;
      list.focus();
      const t0 = performance.now();
      list.dispatchEvent(new KeyboardEvent('keydown', { key: direction === 'up' ? 'ArrowUp' : 'ArrowDown', code: direction === 'up' ? 'ArrowUp' : 'ArrowDown', altKey: true, bubbles: true, cancelable: true }));
      await until(() => { const n = document.querySelector('#agenda-item-' + id + ' .agenda-number'); return n && n.textContent !== before; });
      return { ms: performance.now() - t0, position };
    },
    reloadResult: sessionStorage.getItem('bench-agenda-reload') ? interactiveFrom(0).then((r) => r.interactive) : Promise.resolve(NaN),
  };
})();`;
}
