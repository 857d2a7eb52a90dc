import { z } from 'zod';
import { method } from '../define-method';
import { idSchema } from '../../domain/primitives';
import type { AuditEntry, IntegrityReport, Release } from '../../domain/entities';

export const systemMethods = {
  'system:integrityCheck': method(z.object({})).returns<IntegrityReport>(),
  'system:info': method(z.object({})).returns<{ schemaVersion: number; appVersion: string }>(),
  'releases:list': method(z.object({ meetingId: idSchema })).returns<Release[]>(),
  'audit:list': method(
    z.object({ entity: z.string().max(100).optional(), entityId: idSchema.optional(), limit: z.number().int().min(1).max(1000).optional() }),
  ).returns<AuditEntry[]>(),
};
