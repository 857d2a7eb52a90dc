/**
 * `work`, unless `signal` aborts first: then `stop` is called (kill the engine, close the page),
 * and the promise rejects with the signal's reason once `stop` and `work` have settled, or after
 * `graceMs` at the latest, so a caller is never held up by an engine that does not let go (0: as
 * soon as `stop` has run).
 */
export function abortable<T>(work: Promise<T>, signal: AbortSignal | undefined, stop: () => Promise<void> | void, graceMs = 1500): Promise<T> {
  if (!signal) return work;
  if (signal.aborted) {
    work.catch(() => undefined);
    void Promise.resolve().then(stop).catch(() => undefined);
    return Promise.reject(signal.reason);
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => {
      const settled = work.then(() => undefined, () => undefined);
      const stopped = Promise.resolve().then(stop).catch(() => undefined);
      let timer: ReturnType<typeof setTimeout> | undefined;
      const grace = new Promise<void>((done) => { timer = setTimeout(done, graceMs); });
      void Promise.race([Promise.all([stopped, settled]), grace]).then(() => {
        clearTimeout(timer);
        reject(signal.reason);
      });
    };
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(
      (value) => { if (!signal.aborted) resolve(value); },
      (error: unknown) => { if (!signal.aborted) reject(error); },
    ).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
