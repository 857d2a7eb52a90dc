import { z } from 'zod';
import { method } from '../define-method';
import { idSchema, isoDateSchema } from '../../domain/primitives';
import type { SearchHit } from '../../domain/entities';
import { itemKindSchema } from '../../domain/enums';

export const searchMethods = {
  /** The archive's full-text search over every meeting's items and bilag (what the secretary typed; see toFtsQuery). */
  'search:query': method(z.object({
    query: z.string().max(500, 'Søgningen må højst være 500 tegn'),
    committeeIds: z.array(idSchema).max(100).optional(),
    from: isoDateSchema.optional(),
    to: isoDateSchema.optional(),
    closed: z.boolean().optional(),
    kinds: z.array(itemKindSchema).max(10).optional(),
    limit: z.number().int().min(1).max(200).optional(),
  })).returns<SearchHit[]>(),
};
