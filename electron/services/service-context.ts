import type { Db } from '../store/open-database';
import { appendAudit } from '../store/repositories/audit-repository';
import { refreshSearchIndex } from './search/search-index';
import type { SecretStore } from './certificates/secret-store';

/** What every handler gets: the database, who is acting (for the audit log) and the clock. */
export interface ServiceContext {
  db: Db;
  actor: string;
  now: () => Date;
  /** OS-backed encryption for stored passwords; only the Electron app has one. */
  secrets?: SecretStore;
}

export function createContext(db: Db, actor: string, now: () => Date = () => new Date()): ServiceContext {
  return { db, actor, now };
}

/**
 * Runs a change as one immediate transaction and records it in the audit log inside the same
 * transaction, so a change never lands without its audit entry; the search index follows the
 * items the change touched in the same transaction. Never pass an async function:
 * a transaction must not span an await.
 */
export function change<T>(
  ctx: ServiceContext,
  audit: { action: string; entity: string; entityId?: (result: T) => number | null; details?: unknown },
  work: () => T,
): T {
  return ctx.db.transaction(() => {
    const result = work();
    refreshSearchIndex(ctx.db);
    appendAudit(ctx.db, {
      at: ctx.now().toISOString(),
      actor: ctx.actor,
      action: audit.action,
      entity: audit.entity,
      entityId: audit.entityId ? audit.entityId(result) : null,
      details: audit.details,
    });
    return result;
  }).immediate();
}
