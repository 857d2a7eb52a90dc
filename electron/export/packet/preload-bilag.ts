import type { Db } from '../../store/open-database';
import type { DocumentBilag } from '../../../shared/document';
import { spillBilagImages, type SpillFile } from '../pdf/spilled-stream';
import { loadBilag, type LoadedBilag } from './load-bilag';

/**
 * Opens the packet's bilag one after another while Chromium prints the body (its own processes
 * do that work), each with its images moved to the spill file at once, so what stays in memory is
 * the bilag's dictionaries. The compile then takes each bilag when it gets to it.
 */
export class BilagPreloader {
  private readonly loads = new Map<number, Promise<LoadedBilag>>();
  private stopped = false;
  private readonly done: Promise<void>;

  constructor(db: Db, bilag: readonly DocumentBilag[], spill: SpillFile) {
    let chain = Promise.resolve();
    for (const b of bilag) {
      const load = chain.then(async () => {
        // A turn of the event loop between bilag: the printer's messages are answered meanwhile.
        await new Promise((resolve) => setImmediate(resolve));
        if (this.stopped) throw new Error('Bilag preloading stopped');
        const loaded = await loadBilag(db, b);
        spillBilagImages(loaded.doc.context, loaded.bytes, spill);
        return { ...loaded, bytes: new Uint8Array(0) };
      });
      load.catch(() => undefined); // taken (and thrown) by take(); a stopped chain is not an error
      this.loads.set(b.attachmentId, load);
      chain = load.then(() => undefined, () => undefined);
    }
    this.done = chain;
  }

  /** The bilag, opened and spilled (an unusable bilag throws its Danish refusal here). */
  take(attachmentId: number): Promise<LoadedBilag> | undefined {
    const load = this.loads.get(attachmentId);
    this.loads.delete(attachmentId);
    return load;
  }

  /** Stops after the bilag at work and resolves when nothing writes to the spill file any more. */
  stop(): Promise<void> {
    this.stopped = true;
    this.loads.clear();
    return this.done;
  }
}
