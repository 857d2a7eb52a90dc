import type { MeetingDetail, MeetingProtocol } from '../../shared/domain/entities';
import { stepToStatus } from '../../shared/logic/lifecycle';
import type { Db } from '../store/open-database';
import type { HandlerMap } from './handler-types';
import { change } from './service-context';
import { found } from './not-found';
import * as meetings from '../store/repositories/meeting-repository';
import * as protocol from '../store/repositories/protocol-repository';
import { loadItems } from '../store/repositories/item-read-repository';
import { findCommittee, getStandardItems, listMembershipsOn } from '../store/repositories/committee-repository';
import { createItemRow } from './item-creation';
import { lifecycleRefusal, requireAction, requireChange, today } from './lifecycle-guard';
import { latestAgendaSnapshot } from './export/release-service';

type Methods = 'meetings:list' | 'meetings:get' | 'meetings:create' | 'meetings:update' | 'meetings:setStatus' | 'meetings:delete'
  | 'meetings:cancel' | 'meetings:reinstate';

/** The approvals, addenda and chain entries of a meeting, with its committee's approval rule. */
export function loadMeetingProtocol(db: Db, meetingId: number, committeeId: number): MeetingProtocol {
  return {
    approvalRule: findCommittee(db, committeeId)?.approvalRule ?? 'all_present',
    approvals: protocol.listApprovals(db, meetingId, null),
    addenda: protocol.listAddenda(db, meetingId),
    entries: protocol.entriesOfMeeting(db, meetingId).map(({ parts: _parts, names: _names, ...entry }) => entry),
  };
}

export function loadMeetingDetail(db: Db, id: number): MeetingDetail {
  const { storedStatus: _stored, cancelledAt: _at, ...meeting } = found(meetings.findMeeting(db, id), 'Mødet', id);
  return {
    ...meeting,
    items: loadItems(db, { meetingId: id }),
    attendance: meetings.listAttendance(db, id),
    members: listMembershipsOn(db, meeting.committeeId, meeting.date),
    agendaSnapshot: meeting.agendaVersion === null ? null : latestAgendaSnapshot(db, id),
    protocol: loadMeetingProtocol(db, id, meeting.committeeId),
  };
}

const summary = (db: Db, id: number) => {
  const { storedStatus: _stored, cancelledAt: _at, firstItemNumber: _first, ...meeting } = found(meetings.findMeeting(db, id), 'Mødet', id);
  return meeting;
};

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
      requireChange(current, 'meeting');
      // A held meeting cannot be moved to a day that has not come yet.
      if (current.status === 'held' && input.date > today(ctx)) throw lifecycleRefusal('held_before_date', input);
      meetings.updateMeeting(ctx.db, input.id, {
        committeeId: current.committeeId, date: input.date, startTime: keep(input.startTime, current.startTime),
        endTime: keep(input.endTime, current.endTime), place: keep(input.place, current.place), kind: input.kind ?? current.kind, status: current.storedStatus,
        firstItemNumber: input.firstItemNumber ?? current.firstItemNumber,
      });
      if (input.firstItemNumber !== undefined && input.firstItemNumber !== current.firstItemNumber) {
        requireChange(current, 'agenda');
        ctx.db.prepare('UPDATE items SET number = position + ? WHERE meeting_id = ?').run(input.firstItemNumber, input.id);
      }
      return summary(ctx.db, input.id);
    }),

  'meetings:setStatus': (input, ctx) =>
    change(ctx, { action: 'status', entity: 'meeting', entityId: () => input.id, details: { status: input.status } }, () => {
      const current = found(meetings.findMeeting(ctx.db, input.id), 'Mødet', input.id);
      const step = stepToStatus(current.status, input.status);
      if ('refused' in step) throw lifecycleRefusal(step.refused, current);
      requireAction(ctx, current, step.action);
      if (step.action === 'reinstate') meetings.setCancellation(ctx.db, input.id, null);
      else meetings.setMeetingStatus(ctx.db, input.id, input.status as Exclude<typeof input.status, 'cancelled'>);
      return summary(ctx.db, input.id);
    }),

  'meetings:cancel': (input, ctx) =>
    change(ctx, { action: 'cancel', entity: 'meeting', entityId: () => input.id, details: { reason: input.reason } }, () => {
      const current = found(meetings.findMeeting(ctx.db, input.id), 'Mødet', input.id);
      requireAction(ctx, current, 'cancel');
      meetings.setCancellation(ctx.db, input.id, { at: ctx.now().toISOString(), reason: input.reason });
      return summary(ctx.db, input.id);
    }),

  'meetings:reinstate': (input, ctx) =>
    change(ctx, { action: 'reinstate', entity: 'meeting', entityId: () => input.id }, () => {
      const current = found(meetings.findMeeting(ctx.db, input.id), 'Mødet', input.id);
      requireAction(ctx, current, 'reinstate');
      meetings.setCancellation(ctx.db, input.id, null);
      return summary(ctx.db, input.id);
    }),

  'meetings:delete': (input, ctx) =>
    change(ctx, { action: 'delete', entity: 'meeting', entityId: () => input.id }, () => {
      const current = found(meetings.findMeeting(ctx.db, input.id), 'Mødet', input.id);
      requireAction(ctx, current, 'delete');
      meetings.deleteMeeting(ctx.db, input.id);
    }),
};

/** An omitted field keeps its value; null clears it. */
const keep = <T>(value: T | null | undefined, current: T | null): T | null => (value === undefined ? current : value);
