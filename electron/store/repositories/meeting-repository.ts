import type { Db } from '../open-database';
import type { AttendanceEntry, MeetingSummary } from '../../../shared/domain/entities';
import type { AttendanceStatus, MeetingKind, MeetingStatus } from '../../../shared/domain/enums';

interface MeetingRow {
  id: number; committee_id: number; committee_name: string; date: string; start_time: string | null; end_time: string | null;
  place: string | null; kind: MeetingKind; status: StoredStatus; first_item_number: number; item_count: number;
  cancelled_at: string | null; cancel_reason: string | null; agenda_version: number | null;
}

/** The status column never says 'cancelled': a cancellation lies over the status the meeting had, so it can be reinstated. */
type StoredStatus = Exclude<MeetingStatus, 'cancelled'>;

export interface MeetingRecord extends MeetingSummary {
  firstItemNumber: number;
  /** The status under a cancellation (equal to status when not cancelled). */
  storedStatus: StoredStatus;
  /** When it was cancelled (ISO instant), with cancelReason; null otherwise. */
  cancelledAt: string | null;
}

const toMeeting = (r: MeetingRow): MeetingRecord => ({
  id: r.id, committeeId: r.committee_id, committeeName: r.committee_name, date: r.date, startTime: r.start_time, endTime: r.end_time,
  place: r.place, kind: r.kind, status: r.cancelled_at === null ? r.status : 'cancelled', itemCount: r.item_count, firstItemNumber: r.first_item_number,
  cancelReason: r.cancel_reason, agendaVersion: r.agenda_version, storedStatus: r.status, cancelledAt: r.cancelled_at,
});

const meetingSelect = `SELECT m.*, c.name AS committee_name,
  (SELECT count(*) FROM items i WHERE i.meeting_id = m.id) AS item_count,
  (SELECT max(version) FROM releases r WHERE r.meeting_id = m.id AND r.document = 'agenda') AS agenda_version
  FROM meetings m JOIN committees c ON c.id = m.committee_id`;

export function listMeetings(db: Db, committeeId?: number): MeetingRecord[] {
  const rows = committeeId === undefined
    ? db.prepare(`${meetingSelect} ORDER BY m.date DESC, m.start_time DESC, m.id DESC`).all()
    : db.prepare(`${meetingSelect} WHERE m.committee_id = ? ORDER BY m.date DESC, m.start_time DESC, m.id DESC`).all(committeeId);
  return (rows as MeetingRow[]).map(toMeeting);
}

export function findMeeting(db: Db, id: number): MeetingRecord | undefined {
  const row = db.prepare(`${meetingSelect} WHERE m.id = ?`).get(id) as MeetingRow | undefined;
  return row && toMeeting(row);
}

export interface MeetingFields {
  committeeId: number; date: string; startTime: string | null; endTime: string | null; place: string | null;
  kind: MeetingKind; status: MeetingStatus; firstItemNumber: number;
}

/** A cancellation is set with setCancellation, never as a status. */
function storedStatus(status: MeetingStatus): StoredStatus {
  if (status === 'cancelled') throw new Error('A meeting is cancelled with setCancellation, not with its status.');
  return status;
}

export function insertMeeting(db: Db, m: MeetingFields): number {
  storedStatus(m.status);
  return Number(
    db.prepare(`INSERT INTO meetings (committee_id, date, start_time, end_time, place, kind, status, first_item_number)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?)`).run(m.committeeId, m.date, m.startTime, m.endTime, m.place, m.kind, m.status, m.firstItemNumber).lastInsertRowid,
  );
}

export function updateMeeting(db: Db, id: number, m: MeetingFields): number {
  storedStatus(m.status);
  return db
    .prepare(`UPDATE meetings SET committee_id = ?, date = ?, start_time = ?, end_time = ?, place = ?, kind = ?, status = ?, first_item_number = ?
      WHERE id = ?`).run(m.committeeId, m.date, m.startTime, m.endTime, m.place, m.kind, m.status, m.firstItemNumber, id).changes;
}

export function setMeetingStatus(db: Db, id: number, status: StoredStatus): void {
  db.prepare('UPDATE meetings SET status = ? WHERE id = ?').run(status, id);
}

export function setCancellation(db: Db, id: number, cancellation: { at: string; reason: string } | null): void {
  db.prepare('UPDATE meetings SET cancelled_at = ?, cancel_reason = ? WHERE id = ?').run(cancellation?.at ?? null, cancellation?.reason ?? null, id);
}

export const deleteMeeting = (db: Db, id: number): number => db.prepare('DELETE FROM meetings WHERE id = ?').run(id).changes;

export function listAttendance(db: Db, meetingId: number): AttendanceEntry[] {
  return (
    db.prepare(`SELECT a.person_id, a.status, a.substitute_for_person_id, a.note, a.arrived_before_item_id, a.left_after_item_id
      FROM attendance a JOIN people p ON p.id = a.person_id WHERE a.meeting_id = ? ORDER BY p.name COLLATE NOCASE`).all(meetingId) as {
      person_id: number; status: AttendanceStatus; substitute_for_person_id: number | null; note: string | null;
      arrived_before_item_id: number | null; left_after_item_id: number | null;
    }[]
  ).map((r) => ({
    personId: r.person_id, status: r.status, substituteForPersonId: r.substitute_for_person_id, note: r.note,
    arrivedBeforeItemId: r.arrived_before_item_id, leftAfterItemId: r.left_after_item_id,
  }));
}

export function replaceAttendance(db: Db, meetingId: number, entries: AttendanceEntry[]): void {
  db.prepare('DELETE FROM attendance WHERE meeting_id = ?').run(meetingId);
  const insert = db.prepare(`INSERT INTO attendance (meeting_id, person_id, status, substitute_for_person_id, note, arrived_before_item_id, left_after_item_id)
    VALUES (?, ?, ?, ?, ?, ?, ?)`);
  for (const e of entries) insert.run(meetingId, e.personId, e.status, e.substituteForPersonId, e.note, e.arrivedBeforeItemId, e.leftAfterItemId);
}
