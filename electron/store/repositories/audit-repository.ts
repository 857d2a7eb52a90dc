import type { Db } from '../open-database';
import type { AuditEntry } from '../../../shared/domain/entities';

export interface AuditRecord { at: string; actor: string; action: string; entity: string; entityId: number | null; details?: unknown }

/** The audit log is append-only: triggers in the schema refuse UPDATE and DELETE. */
export function appendAudit(db: Db, r: AuditRecord): void {
  db.prepare('INSERT INTO audit_log (at, actor, action, entity, entity_id, details) VALUES (?, ?, ?, ?, ?, ?)')
    .run(r.at, r.actor, r.action, r.entity, r.entityId, r.details === undefined ? null : JSON.stringify(r.details));
}

export function listAudit(db: Db, filter: { entity?: string; entityId?: number; limit?: number }): AuditEntry[] {
  const where: string[] = [];
  const params: (string | number)[] = [];
  if (filter.entity) { where.push('entity = ?'); params.push(filter.entity); }
  if (filter.entityId !== undefined) { where.push('entity_id = ?'); params.push(filter.entityId); }
  const sql = `SELECT * FROM audit_log ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id DESC LIMIT ?`;
  const rows = db.prepare(sql).all(...params, filter.limit ?? 100) as
    { id: number; at: string; actor: string; action: string; entity: string; entity_id: number | null; details: string | null }[];
  return rows.map((r) => ({ id: r.id, at: r.at, actor: r.actor, action: r.action, entity: r.entity, entityId: r.entity_id, details: r.details ? JSON.parse(r.details) : null }));
}
