import type { MeetingStatus } from '../../domain/enums';

/**
 * Where the minutes stand in their approval, by the meeting's status: before the meeting is held
 * nothing can be approved; while it is held the members' approvals are collected and the minutes
 * approved; once approved, the record is frozen and corrections are addenda, each approved in turn.
 */
export type ApprovalStage = 'not_held' | 'collecting' | 'approved' | 'cancelled';

export function approvalStage(status: MeetingStatus): ApprovalStage {
  switch (status) {
    case 'held': return 'collecting';
    case 'minutes_approved': return 'approved';
    case 'cancelled': return 'cancelled';
    default: return 'not_held';
  }
}

/** Approvals of the minutes are recorded, and withdrawn, only while they are collected. */
export const mayRecordApprovals = (status: MeetingStatus): boolean => approvalStage(status) === 'collecting';

/** An addendum is written only to approved minutes: until then the record itself is corrected. */
export const mayWriteAddendum = (status: MeetingStatus): boolean => approvalStage(status) === 'approved';
