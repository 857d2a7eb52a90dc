/**
 * In-page timing for bench:meeting, installed with addInitScript as plain JavaScript (a string, so
 * tsx's transpilation helpers never reach the page). Every time is in the page's clock: a figure
 * starts at the keydown's event.timeStamp (when Chromium received the key, so time the main thread
 * kept the key waiting counts) and ends at performance.now() when the DOM shows the result, seen
 * by a MutationObserver armed before the key is sent. Every wait ends by itself after its timeout,
 * resolving with what it waited for and what the DOM last showed instead.
 */
export interface WaitResult {
  ok: boolean;
  /** From the first keydown after arming to the DOM showing the text; NaN when it timed out. */
  ms: number;
  waitedFor: string;
  /** The watched element's text when it timed out (shortened). */
  last: string;
}

export interface Keystroke {
  key: string;
  /** keydown.timeStamp → the field's value holds everything typed up to this key (input event handled). */
  applied: number;
  /** keydown.timeStamp → the next animation frame after it was applied (the frame that paints it). */
  frame: number;
  /** keydown.timeStamp, page clock. */
  at: number;
}

export interface TypingResult {
  keystrokes: Keystroke[];
  /** Keys whose value never showed within the timeout. */
  missing: string[];
  value: string;
  /** [start, responseEnd] of each save request made while typing (Resource Timing), page clock. */
  saves: [number, number][];
}

export interface MeetingProbeWindow {
  __meetingProbe: {
    /** Arms a wait: the next keydown starts the clock; resolved when `selector`'s text contains `text`. */
    arm(selector: string, text: string, timeoutMs: number): void;
    /** The armed wait's result (always resolves, at the latest after its timeout). */
    result(): Promise<WaitResult>;
    /** Starts recording keystrokes into the field `selector` (its value already `initial`). */
    startTyping(selector: string, initial: string, timeoutMs: number): void;
    /** Stops recording; resolves when every key is applied or timed out. `saveMethods`: API methods whose requests count as saves. */
    stopTyping(saveMethods: string[]): Promise<TypingResult>;
  };
}

export function meetingProbeScript(): string {
  return `(() => {
  const short = (s) => (s.length > 240 ? s.slice(0, 240) + ' …' : s);
  let pending = null;
  let typing = null;
  window.__meetingProbe = {
    arm(selector, text, timeoutMs) {
      const waitedFor = JSON.stringify(text) + ' in ' + selector;
      let t0 = NaN;
      let done = false;
      const onKey = (e) => { if (Number.isNaN(t0)) t0 = e.timeStamp; };
      window.addEventListener('keydown', onKey, true);
      const textOf = () => { const el = document.querySelector(selector); return el ? el.textContent || '' : null; };
      pending = new Promise((resolve) => {
        const finish = (ok) => {
          if (done) return;
          done = true;
          observer.disconnect();
          clearTimeout(timer);
          window.removeEventListener('keydown', onKey, true);
          const now = performance.now();
          resolve({ ok, ms: ok && !Number.isNaN(t0) ? now - t0 : NaN, waitedFor: waitedFor + (Number.isNaN(t0) ? ' (no keydown seen)' : ''), last: short(textOf() ?? '(element not in the DOM)') });
        };
        const check = () => { const t = textOf(); if (t !== null && t.includes(text) && !Number.isNaN(t0)) finish(true); };
        const observer = new MutationObserver(check);
        observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
        const timer = setTimeout(() => finish(false), timeoutMs);
      });
    },
    result() {
      return pending || Promise.resolve({ ok: false, ms: NaN, waitedFor: '(nothing armed)', last: '' });
    },
    startTyping(selector, initial, timeoutMs) {
      performance.clearResourceTimings();
      performance.setResourceTimingBufferSize(2000);
      const state = { keystrokes: [], missing: [], typed: initial, queue: [], selector, timeoutMs, timers: [] };
      const field = () => document.querySelector(selector);
      const settle = () => {
        const el = field();
        const value = el ? el.value : '';
        while (state.queue.length > 0 && value.startsWith(state.queue[0].upTo)) {
          const k = state.queue.shift();
          clearTimeout(k.timer);
          const applied = performance.now() - k.at;
          const stroke = { key: k.key, applied, frame: NaN, at: k.at };
          state.keystrokes.push(stroke);
          requestAnimationFrame(() => { stroke.frame = performance.now() - k.at; });
        }
      };
      state.onKeydown = (e) => {
        if (e.key.length !== 1 || e.target !== field()) return;
        state.typed += e.key;
        const k = { key: e.key, upTo: state.typed, at: e.timeStamp, timer: 0 };
        k.timer = setTimeout(() => {
          const i = state.queue.indexOf(k);
          if (i >= 0) { state.queue.splice(i, 1); state.missing.push(k.key); }
        }, timeoutMs);
        state.queue.push(k);
      };
      // After React's own listener (on the root): the value React keeps is the one checked.
      state.onInput = () => { settle(); queueMicrotask(settle); };
      window.addEventListener('keydown', state.onKeydown, true);
      window.addEventListener('input', state.onInput, false);
      typing = state;
    },
    async stopTyping(saveMethods) {
      const state = typing;
      if (!state) return { keystrokes: [], missing: ['(typing never started)'], value: '', saves: [] };
      const until = performance.now() + state.timeoutMs;
      while (state.queue.length > 0 && performance.now() < until) await new Promise((r) => setTimeout(r, 20));
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      for (const k of state.queue) { clearTimeout(k.timer); state.missing.push(k.key); }
      window.removeEventListener('keydown', state.onKeydown, true);
      window.removeEventListener('input', state.onInput, false);
      typing = null;
      const names = saveMethods.map((m) => '/api/' + encodeURIComponent(m));
      const saves = performance.getEntriesByType('resource')
        .filter((e) => names.some((n) => e.name.endsWith(n)))
        .map((e) => [e.startTime, e.responseEnd]);
      const el = document.querySelector(state.selector);
      return { keystrokes: state.keystrokes, missing: state.missing, value: el ? el.value : '(field not in the DOM)', saves };
    },
  };
})();`;
}
