/**
 * Runs `task` for one call at a time, in call order: a printer has one page, and a second print
 * must not navigate it while the first is still printing. `idle()` waits for what is queued. A call
 * whose signal aborts while it waits its turn rejects at once and is skipped.
 */
export function oneAtATime<A, R>(task: (arg: A) => Promise<R>): { run(arg: A, signal?: AbortSignal): Promise<R>; idle(): Promise<void> } {
  let queue: Promise<unknown> = Promise.resolve();
  return {
    run(arg, signal) {
      const turn = queue;
      const result = new Promise<R>((resolve, reject) => {
        const onAbort = () => reject(signal!.reason);
        signal?.addEventListener('abort', onAbort, { once: true });
        void turn.then(() => {
          signal?.removeEventListener('abort', onAbort);
          if (signal?.aborted) {
            reject(signal.reason);
            return;
          }
          task(arg).then(resolve, reject);
        });
      });
      // The next call waits for this task itself, not for an early rejection of its caller.
      queue = turn.then(() => (signal?.aborted ? undefined : result.catch(() => undefined)));
      return result;
    },
    async idle() {
      await queue;
    },
  };
}
