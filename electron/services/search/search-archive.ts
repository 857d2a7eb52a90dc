import { UserError } from '../../../shared/api/envelope';
import { MATCH_END, MATCH_START, toFtsQuery } from '../../../shared/logic/search/search-query';
import type { SearchHit } from '../../../shared/domain/entities';
import type { ItemKind } from '../../../shared/domain/enums';
import type { Db } from '../../store/open-database';
import { refreshSearchIndex } from './search-index';

export type { SearchHit };

export interface SearchFilters {
  committeeIds?: number[];
  /** Meeting dates, ISO (YYYY-MM-DD), both ends included. */
  from?: string;
  to?: string;
  /** Open or closed items and bilag only; both by default. */
  closed?: boolean;
  /** Items of these kinds only (ordinary items, announcements, member requests …). */
  kinds?: ItemKind[];
  limit?: number;
}


/**
 * The archive's search over every meeting (items and bilag), best first. The query is what the
 * secretary typed (toFtsQuery: words, "phrases", prefix*, AND/OR/NOT). Items marked dirty by a
 * write outside the services are indexed first.
 */
export function searchArchive(db: Db, query: string, filters: SearchFilters = {}): SearchHit[] {
  const match = toFtsQuery(query);
  if (match === null) throw new UserError('Skriv mindst ét ord at søge efter.', 'search_empty');
  if (db.prepare('SELECT 1 FROM search_dirty LIMIT 1').get()) db.transaction(() => refreshSearchIndex(db)).immediate();
  const where: string[] = ['search_index MATCH @match'];
  const params: Record<string, unknown> = { match, limit: filters.limit ?? 50, start: MATCH_START, end: MATCH_END };
  if (filters.committeeIds?.length) where.push(`m.committee_id IN (${filters.committeeIds.map((id) => Number(id)).join(', ')})`);
  if (filters.kinds?.length) {
    where.push(`i.kind IN (${filters.kinds.map((_, n) => `@kind${n}`).join(', ')})`);
    filters.kinds.forEach((kind, n) => { params[`kind${n}`] = kind; });
  }
  if (filters.from) { where.push('m.date >= @from'); params.from = filters.from; }
  if (filters.to) { where.push('m.date <= @to'); params.to = filters.to; }
  const closed = '(i.is_closed = 1 OR coalesce(a.is_closed, 0) = 1)';
  if (filters.closed !== undefined) where.push(filters.closed ? closed : `NOT ${closed}`);
  const rows = db.prepare(`
    SELECT m.id AS meetingId, m.date AS meetingDate, c.name AS committeeName, i.id AS itemId, i.number AS itemNumber, i.title AS itemTitle,
      d.attachment_id AS attachmentId, a.title AS bilagTitle, ${closed} AS closed,
      snippet(search_index, -1, @start, @end, '…', 12) AS snippet, bm25(search_index, 5.0, 1.0) AS rank
    FROM search_index
    JOIN search_documents d ON d.id = search_index.rowid
    JOIN items i ON i.id = d.item_id
    JOIN meetings m ON m.id = i.meeting_id
    JOIN committees c ON c.id = m.committee_id
    LEFT JOIN attachments a ON a.id = d.attachment_id
    WHERE ${where.join(' AND ')}
    ORDER BY rank
    LIMIT @limit`).all(params) as (Omit<SearchHit, 'closed'> & { closed: number })[];
  return rows.map((row) => ({ ...row, closed: row.closed === 1 }));
}
