import type { HandlerMap } from '../handler-types';
import { searchArchive } from './search-archive';

export const searchHandlers: HandlerMap<'search:query'> = {
  'search:query': ({ query, ...filters }, { db }) => searchArchive(db, query, filters),
};
