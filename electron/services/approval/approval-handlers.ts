import { UserError } from '../../../shared/api/envelope';
import type { MeetingProtocol } from '../../../shared/domain/entities';
import { mayRecordApprovals, mayWriteAddendum, meetingParticipants } from '../../../shared/logic/approval';
import { verifyChain } from '../../../shared/logic/protocol-chain';
import type { Db } from '../../store/open-database';
import { loadItem } from '../../store/repositories/item-read-repository';
import * as protocol from '../../store/repositories/protocol-repository';
import { findMeeting } from '../../store/repositories/meeting-repository';
import { signingIdentityFor } from '../certificates/certificate-service';
import type { HandlerMap } from '../handler-types';
import { loadMeetingDetail, loadMeetingProtocol } from '../meeting-service';
import { found } from '../not-found';
import { change, type ServiceContext } from '../service-context';
import { approveAddendum } from './approve-addendum';
import { approveMinutes } from './approve-minutes';
import { chainEntries, liveEntry } from './chain-source';

type Methods = 'approvals:record' | 'approvals:remove' | 'meetings:approve' | 'addenda:create' | 'addenda:update' | 'addenda:delete' | 'addenda:approve' | 'protocol:verify';

export const approvalHandlers: HandlerMap<Methods> = {
  'approvals:record': (input, ctx) =>
    change(ctx, { action: 'record_approval', entity: 'meeting', entityId: () => input.meetingId, details: { personId: input.personId, addendumId: input.addendumId, method: input.method } }, () => {
      const meeting = loadMeetingDetail(ctx.db, input.meetingId);
      if (input.addendumId === null) {
        if (!mayRecordApprovals(meeting.status)) throw new UserError(meeting.status === 'minutes_approved' ? 'Referatet er allerede godkendt; godkendelserne kan ikke ændres.' : 'Medlemmernes godkendelse af referatet registreres, når mødet er afholdt.', 'approval_not_held');
      } else {
        pendingAddendum(ctx.db, input.addendumId, input.meetingId);
      }
      if (!meetingParticipants(meeting).includes(input.personId)) {
        throw new UserError('Kun de medlemmer, der deltog i mødet, kan godkende referatet (kommunestyrelseslovens § 13); personen er ikke registreret som til stede.', 'approval_not_participant');
      }
      if (protocol.listApprovals(ctx.db, input.meetingId, input.addendumId).some((a) => a.personId === input.personId)) {
        throw new UserError('Godkendelsen er allerede registreret for dette medlem.', 'approval_exists');
      }
      protocol.insertApproval(ctx.db, { meetingId: input.meetingId, addendumId: input.addendumId, personId: input.personId, method: input.method, approvedAt: ctx.now().toISOString(), note: input.note });
      return protocolOf(ctx.db, input.meetingId);
    }),

  'approvals:remove': (input, ctx) =>
    change(ctx, { action: 'remove_approval', entity: 'approval', entityId: () => input.id }, () => {
      const approval = found(protocol.findApproval(ctx.db, input.id), 'Godkendelsen', input.id);
      if (approval.addendumId === null) {
        if (!mayRecordApprovals(found(findMeeting(ctx.db, approval.meetingId), 'Mødet', approval.meetingId).status)) throw new UserError('Referatet er godkendt; godkendelserne kan ikke trækkes tilbage.', 'approval_frozen');
      } else pendingAddendum(ctx.db, approval.addendumId, approval.meetingId);
      protocol.deleteApproval(ctx.db, input.id);
      return protocolOf(ctx.db, approval.meetingId);
    }),

  'meetings:approve': async (input, ctx) => {
    const sign = input.sign ? signingIdentityFor(ctx, input.sign.certificateId, input.sign.password) : undefined;
    const result = await approveMinutes(ctx, { meetingId: input.id, overrides: input.overrides, ...(sign ? { sign } : {}) });
    return { ...result, meeting: summaryOf(ctx, input.id) };
  },

  'addenda:create': (input, ctx) =>
    change(ctx, { action: 'create', entity: 'addendum', entityId: (a) => a.id, details: { meetingId: input.meetingId, itemId: input.itemId } }, () => {
      const meeting = found(findMeeting(ctx.db, input.meetingId), 'Mødet', input.meetingId);
      if (!mayWriteAddendum(meeting.status)) throw new UserError('En tilføjelse skrives til et godkendt referat; indtil godkendelsen rettes referatet direkte.', 'addendum_before_approval');
      requireItemOf(ctx.db, input.itemId, input.meetingId);
      const id = protocol.insertAddendum(ctx.db, { meetingId: input.meetingId, itemId: input.itemId, text: input.text, reason: input.reason, writtenBy: input.writtenBy, createdAt: ctx.now().toISOString() });
      return protocol.findAddendum(ctx.db, id)!;
    }),

  'addenda:update': (input, ctx) =>
    change(ctx, { action: 'update', entity: 'addendum', entityId: () => input.id }, () => {
      const addendum = pendingAddendum(ctx.db, input.id);
      requireItemOf(ctx.db, input.itemId, addendum.meetingId);
      if (addendum.approvals.length > 0) throw new UserError('Tilføjelsen har allerede godkendelser; træk dem tilbage, før teksten ændres.', 'addendum_has_approvals');
      protocol.updateAddendum(ctx.db, input.id, { itemId: input.itemId, text: input.text, reason: input.reason, writtenBy: input.writtenBy });
      return protocol.findAddendum(ctx.db, input.id)!;
    }),

  'addenda:delete': (input, ctx) =>
    change(ctx, { action: 'delete', entity: 'addendum', entityId: () => input.id }, () => {
      pendingAddendum(ctx.db, input.id);
      protocol.deleteAddendum(ctx.db, input.id);
    }),

  'addenda:approve': async (input, ctx) => {
    const sign = input.sign ? signingIdentityFor(ctx, input.sign.certificateId, input.sign.password) : undefined;
    const result = await approveAddendum(ctx, { meetingId: input.meetingId, addendumId: input.id, ...(sign ? { sign } : {}) });
    return { ...result, meeting: summaryOf(ctx, result.entry.meetingId) };
  },

  'protocol:verify': (_input, { db }) => verifyChain(chainEntries(db), (entry) => liveEntry(db, entry)),
};

function protocolOf(db: Db, meetingId: number): MeetingProtocol {
  return loadMeetingProtocol(db, meetingId, found(findMeeting(db, meetingId), 'Mødet', meetingId).committeeId);
}

/** An addendum that can still change: not yet approved (and of the given meeting). */
function pendingAddendum(db: Db, id: number, meetingId?: number) {
  const addendum = found(protocol.findAddendum(db, id), 'Tilføjelsen', id);
  if (meetingId !== undefined && addendum.meetingId !== meetingId) throw new UserError('Tilføjelsen hører til et andet møde.', 'addendum_other_meeting');
  if (addendum.approvedAt !== null) throw new UserError('Tilføjelsen er godkendt og kan ikke ændres; en ny rettelse skrives som en ny tilføjelse.', 'addendum_approved');
  return addendum;
}

function requireItemOf(db: Db, itemId: number, meetingId: number): void {
  const item = found(loadItem(db, itemId), 'Punktet', itemId);
  if (item.meetingId !== meetingId) throw new UserError('Punktet hører til et andet møde.', 'addendum_other_meeting');
}

function summaryOf(ctx: ServiceContext, meetingId: number) {
  const { storedStatus: _stored, cancelledAt: _at, firstItemNumber: _first, ...meeting } = found(findMeeting(ctx.db, meetingId), 'Mødet', meetingId);
  return meeting;
}
