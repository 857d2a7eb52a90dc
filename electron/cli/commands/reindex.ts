import { performance } from 'node:perf_hooks';
import { rebuildSearchIndex } from '../../services/search/search-index';
import { withDatabase, type Command } from '../command';

export const run: Command['run'] = (args, io) =>
  withDatabase(args, 'existing', (_, db) => {
    const t0 = performance.now();
    const { items, bilag } = rebuildSearchIndex(db);
    io.out(`Søgeindekset er bygget igen: ${items} punkter og ${bilag} bilag på ${Math.round(performance.now() - t0)} ms.`);
    return 0;
  });
