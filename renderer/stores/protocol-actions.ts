import type { ApiArgs } from '../../shared/api/contract';
import type { ApprovalOutcome } from '../../shared/api/methods/protocol-approval';
import type { MeetingProtocol } from '../../shared/domain/entities';
import { api } from '../api/api';
import { useMeetingStore } from './meeting-store';

/**
 * The minutes' approval outside the meeting store's agenda and record: the members' approvals and
 * the addenda, one API call each. What the API returns goes into the open meeting's protocol; an
 * addendum's approval adds a chain entry and a release, so the meeting is read again.
 */
function applyProtocol(meetingId: number, protocol: MeetingProtocol): void {
  useMeetingStore.setState((s) => (s.meeting?.id === meetingId ? { meeting: { ...s.meeting, protocol } } : {}));
}

async function reloadIfOpen(meetingId: number): Promise<void> {
  if (useMeetingStore.getState().meeting?.id === meetingId) await useMeetingStore.getState().reload();
}

export async function recordApproval(args: ApiArgs<'approvals:record'>): Promise<void> {
  applyProtocol(args.meetingId, await api().call('approvals:record', args));
}

export async function removeApproval(meetingId: number, id: number): Promise<void> {
  applyProtocol(meetingId, await api().call('approvals:remove', { id }));
}

export async function saveAddendum(args: ApiArgs<'addenda:create'> & { id?: number }): Promise<void> {
  const { id, meetingId, ...fields } = args;
  if (id === undefined) await api().call('addenda:create', { meetingId, ...fields });
  else await api().call('addenda:update', { id, ...fields });
  await reloadIfOpen(meetingId);
}

export async function deleteAddendum(meetingId: number, id: number): Promise<void> {
  await api().call('addenda:delete', { id });
  await reloadIfOpen(meetingId);
}

export async function approveAddendum(args: ApiArgs<'addenda:approve'>): Promise<ApprovalOutcome> {
  const outcome = await api().call('addenda:approve', args);
  await reloadIfOpen(args.meetingId);
  return outcome;
}
