import type { MeetingStatus } from '../../shared/domain/enums';
import type { Db } from '../../electron/store/open-database';

/**
 * Puts a meeting in a status directly in the database, for tests about what a status allows.
 * It stands in for the steps that get there (the release prints both editions in Chromium);
 * those steps have tests of their own.
 */
export function forceMeetingStatus(db: Db, meetingId: number, status: MeetingStatus, cancelReason = 'Udvalget er ikke beslutningsdygtigt'): void {
  if (status === 'cancelled') {
    db.prepare('UPDATE meetings SET cancelled_at = ?, cancel_reason = ? WHERE id = ?').run('2026-11-20T10:00:00Z', cancelReason, meetingId);
    return;
  }
  db.prepare('UPDATE meetings SET status = ?, cancelled_at = NULL, cancel_reason = NULL WHERE id = ?').run(status, meetingId);
}
