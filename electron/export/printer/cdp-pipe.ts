import type { Readable, Writable } from 'node:stream';

type Pending = { resolve: (result: unknown) => void; reject: (error: Error) => void; method: string };
type Waiter = { method: string; sessionId: string | undefined; resolve: (params: unknown) => void; reject: (error: Error) => void };

/**
 * The Chrome DevTools Protocol over --remote-debugging-pipe: JSON messages separated by NUL bytes,
 * written to the browser's fd 3 and read from its fd 4. Just enough for printing — commands with
 * their replies and one-shot waits for events — so the export needs no automation framework
 * (playwright-core alone added ~70 MB to the exporting process).
 */
export class CdpPipe {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly waiters = new Set<Waiter>();
  private buffered: Buffer[] = [];
  private closedWith: Error | null = null;

  constructor(private readonly input: Writable, output: Readable) {
    output.on('data', (chunk: Buffer) => this.receive(chunk));
  }

  send<T>(method: string, params: Record<string, unknown> = {}, sessionId?: string): Promise<T> {
    if (this.closedWith) return Promise.reject(this.closedWith);
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (result: unknown) => void, reject, method });
      this.input.write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
    });
  }

  /** Resolves with the params of the next `method` event (of the session, when given); rejects when the browser goes away. */
  waitFor<T>(method: string, sessionId?: string): Promise<T> {
    const waiting = this.closedWith
      ? Promise.reject(this.closedWith)
      : new Promise<T>((resolve, reject) => {
        this.waiters.add({ method, sessionId, resolve: resolve as (params: unknown) => void, reject });
      });
    // A wait nobody reaches (the command before it failed) must not become an unhandled rejection.
    waiting.catch(() => undefined);
    return waiting;
  }

  /** Fails everything outstanding (the browser went away). */
  close(error: Error): void {
    this.closedWith ??= error;
    for (const pending of this.pending.values()) pending.reject(error);
    this.pending.clear();
    // A print waiting for the page's load event would otherwise wait forever.
    for (const waiter of this.waiters) waiter.reject(error);
    this.waiters.clear();
  }

  private receive(chunk: Buffer): void {
    let start = 0;
    let end = chunk.indexOf(0, start);
    while (end >= 0) {
      this.buffered.push(chunk.subarray(start, end));
      this.dispatch(Buffer.concat(this.buffered).toString('utf8'));
      this.buffered = [];
      start = end + 1;
      end = chunk.indexOf(0, start);
    }
    if (start < chunk.length) this.buffered.push(chunk.subarray(start));
  }

  private dispatch(text: string): void {
    const message = JSON.parse(text) as {
      id?: number; result?: unknown; error?: { message: string }; method?: string; params?: unknown; sessionId?: string;
    };
    if (message.id !== undefined) {
      const pending = this.pending.get(message.id);
      if (!pending) return;
      this.pending.delete(message.id);
      if (message.error) pending.reject(new Error(`${pending.method}: ${message.error.message}`));
      else pending.resolve(message.result);
      return;
    }
    for (const waiter of this.waiters) {
      if (waiter.method === message.method && waiter.sessionId === message.sessionId) {
        this.waiters.delete(waiter);
        waiter.resolve(message.params);
      }
    }
  }
}
