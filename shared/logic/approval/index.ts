export { approvalProgress, meetingParticipants, type ApprovalProgress } from './approvers';
export { approvalStage, mayRecordApprovals, mayWriteAddendum, type ApprovalStage } from './approval-stage';
