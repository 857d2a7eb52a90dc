import { UserError } from '../../shared/api/envelope';
import type { MeetingStatus } from '../../shared/domain/enums';
import { danishIsoDate } from '../../shared/format/danish-date';
import { lifecycleText, mayChange, mayDo, type ChangeArea, type LifecycleRefusal, type MeetingAction } from '../../shared/logic/lifecycle';
import type { Db } from '../store/open-database';
import { findMeeting, type MeetingRecord } from '../store/repositories/meeting-repository';
import { found } from './not-found';
import type { ServiceContext } from './service-context';

/** The lifecycle's refusal as the error the caller sees: the Danish reason, code lifecycle_<reason>. */
export function lifecycleRefusal(reason: LifecycleRefusal, meeting?: { date: string }): UserError {
  return new UserError(lifecycleText(reason, 'da', { date: meeting?.date }), `lifecycle_${reason}`);
}

/** Refuses a change the meeting's status does not allow (shared/logic/lifecycle). */
export function requireChange(meeting: { status: MeetingStatus; date: string }, area: ChangeArea): void {
  const verdict = mayChange(meeting.status, area);
  if (!verdict.allowed) throw lifecycleRefusal(verdict.reason, meeting);
}

export function requireChangeOfMeeting(db: Db, meetingId: number, area: ChangeArea): MeetingRecord {
  const meeting = found(findMeeting(db, meetingId), 'Mødet', meetingId);
  requireChange(meeting, area);
  return meeting;
}

/** Refuses a step the lifecycle does not allow now. */
export function requireAction(ctx: ServiceContext, meeting: MeetingRecord, action: MeetingAction): void {
  const verdict = mayDo({ status: meeting.status, date: meeting.date, released: meeting.agendaVersion !== null }, action, today(ctx));
  if (!verdict.allowed) throw lifecycleRefusal(verdict.reason, meeting);
}

export const today = (ctx: ServiceContext): string => danishIsoDate(ctx.now());
