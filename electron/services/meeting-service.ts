import { UserError } from '../../shared/api/envelope';
import type { MeetingDetail } from '../../shared/domain/entities';
import { meetingStatuses, type MeetingStatus } from '../../shared/domain/enums';
import { meetingStatusLabel } from '../../shared/domain/labels';
import type { Db } from '../store/open-database';
import type { HandlerMap } from './handler-types';
import { change } from './service-context';
import { found } from './not-found';
import * as meetings from '../store/repositories/meeting-repository';
import { loadItems } from '../store/repositories/item-read-repository';
import { findCommittee, getStandardItems, listMembershipsOn } from '../store/repositories/committee-repository';
import { createItemRow } from './item-creation';

type Methods = 'meetings:list' | 'meetings:get' | 'meetings:create' | 'meetings:update' | 'meetings:setStatus' | 'meetings:delete';

export function loadMeetingDetail(db: Db, id: number): MeetingDetail {
  const meeting = found(meetings.findMeeting(db, id), 'Mødet', id);
  return {
    ...meeting,
    items: loadItems(db, { meetingId: id }),
    attendance: meetings.listAttendance(db, id),
    members: listMembershipsOn(db, meeting.committeeId, meeting.date),
  };
}

export const meetingHandlers: HandlerMap<Methods> = {
  'meetings:list': (input, { db }) => meetings.listMeetings(db, input.committeeId),

  'meetings:get': (input, { db }) => loadMeetingDetail(db, input.id),

  'meetings:create': (input, ctx) =>
    change(ctx, { action: 'create', entity: 'meeting', entityId: (m) => m.id, details: input }, () => {
      const committee = found(findCommittee(ctx.db, input.committeeId), 'Udvalget', input.committeeId);
      const id = meetings.insertMeeting(ctx.db, {
        committeeId: committee.id, date: input.date, startTime: input.startTime ?? committee.defaultStartTime,
        endTime: input.endTime ?? null, place: input.place ?? committee.defaultPlace, kind: input.kind ?? 'ordinary',
        status: 'planned', firstItemNumber: input.firstItemNumber ?? 1,
      });
      if (input.applyStandardItems ?? true) {
        // Items placed 'end' go last; the secretary's own items are inserted between the two groups.
        const standard = getStandardItems(ctx.db, committee.id);
        const ordered = [...standard.filter((s) => s.placement === 'start'), ...standard.filter((s) => s.placement === 'end')];
        ordered.forEach((s, index) => createItemRow(ctx.db, { meetingId: id, title: s.title, kind: s.kind, isClosed: false, atIndex: index }));
      }
      return loadMeetingDetail(ctx.db, id);
    }),

  'meetings:update': (input, ctx) =>
    change(ctx, { action: 'update', entity: 'meeting', entityId: () => input.id, details: input }, () => {
      const current = found(meetings.findMeeting(ctx.db, input.id), 'Mødet', input.id);
      meetings.updateMeeting(ctx.db, input.id, {
        committeeId: current.committeeId, date: input.date, startTime: keep(input.startTime, current.startTime),
        endTime: keep(input.endTime, current.endTime), place: keep(input.place, current.place), kind: input.kind ?? current.kind, status: current.status,
        firstItemNumber: input.firstItemNumber ?? current.firstItemNumber,
      });
      if (input.firstItemNumber !== undefined && input.firstItemNumber !== current.firstItemNumber) {
        ctx.db.prepare('UPDATE items SET number = position + ? WHERE meeting_id = ?').run(input.firstItemNumber, input.id);
      }
      return found(meetings.findMeeting(ctx.db, input.id), 'Mødet', input.id);
    }),

  'meetings:setStatus': (input, ctx) =>
    change(ctx, { action: 'status', entity: 'meeting', entityId: () => input.id, details: { status: input.status } }, () => {
      const current = found(meetings.findMeeting(ctx.db, input.id), 'Mødet', input.id);
      refuseStatusChange(current.status, input.status);
      ctx.db.prepare('UPDATE meetings SET status = ? WHERE id = ?').run(input.status, input.id);
      return found(meetings.findMeeting(ctx.db, input.id), 'Mødet', input.id);
    }),

  'meetings:delete': (input, ctx) =>
    change(ctx, { action: 'delete', entity: 'meeting', entityId: () => input.id }, () => {
      const current = found(meetings.findMeeting(ctx.db, input.id), 'Mødet', input.id);
      const released = ctx.db.prepare('SELECT count(*) AS n FROM releases WHERE meeting_id = ?').get(input.id) as { n: number };
      if (current.status !== 'planned' || released.n > 0) {
        throw new UserError('Mødet har en udsendt dagsorden eller et referat og kan ikke slettes. Aflys det i stedet.', 'meeting_released');
      }
      meetings.deleteMeeting(ctx.db, input.id);
    }),
};

/** An omitted field keeps its value; null clears it. */
const keep = <T>(value: T | null | undefined, current: T | null): T | null => (value === undefined ? current : value);

/**
 * The status moves one step at a time: forward, or one step back to correct a mistake.
 * Approved minutes are final; corrections to them are made by addition, never by reopening.
 */
function refuseStatusChange(from: MeetingStatus, to: MeetingStatus): void {
  const step = meetingStatuses.indexOf(to) - meetingStatuses.indexOf(from);
  if (from === 'minutes_approved' && to !== from) {
    throw new UserError('Referatet er godkendt, og mødets status kan ikke ændres. Rettelser sker som tilføjelser.', 'minutes_final');
  }
  if (Math.abs(step) > 1) {
    throw new UserError(`Mødets status kan kun flyttes ét trin ad gangen (fra ${meetingStatusLabel[from]} til ${meetingStatusLabel[to]} springer et trin over).`, 'status_step');
  }
}
