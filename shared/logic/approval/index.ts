export { approvalProgress, meetingParticipants, type ApprovalProgress } from './approvers';
