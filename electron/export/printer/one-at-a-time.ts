/**
 * Runs `task` for one call at a time, in call order: a printer has one page, and a second print
 * must not navigate it while the first is still printing. `idle()` waits for what is queued.
 */
export function oneAtATime<A, R>(task: (arg: A) => Promise<R>): { run(arg: A): Promise<R>; idle(): Promise<void> } {
  let queue: Promise<unknown> = Promise.resolve();
  return {
    run(arg) {
      const result = queue.then(() => task(arg));
      queue = result.catch(() => undefined);
      return result;
    },
    async idle() {
      await queue;
    },
  };
}
