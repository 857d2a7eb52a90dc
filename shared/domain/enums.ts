import { z } from 'zod';

export const committeeKinds = ['fagudvalg', 'oekonomiudvalg', 'kommunalbestyrelse', 'paragraf17', 'raad'] as const;
export const committeeKindSchema = z.enum(committeeKinds);
export type CommitteeKind = z.infer<typeof committeeKindSchema>;

export const membershipRoles = ['formand', 'naestformand', 'medlem', 'stedfortraeder'] as const;
export const membershipRoleSchema = z.enum(membershipRoles);
export type MembershipRole = z.infer<typeof membershipRoleSchema>;

export const meetingKindSchema = z.enum(['ordinary', 'extraordinary']);
export type MeetingKind = z.infer<typeof meetingKindSchema>;

/** planlagt → dagsorden udsendt → afholdt → referat godkendt, and aflyst (shared/logic/lifecycle says what each allows). */
export const meetingStatuses = ['planned', 'agenda_released', 'held', 'minutes_approved', 'cancelled'] as const;
export const meetingStatusSchema = z.enum(meetingStatuses);
export type MeetingStatus = z.infer<typeof meetingStatusSchema>;

export const itemKinds = ['ordinary', 'announcements', 'member_request', 'agenda_approval', 'any_other_business'] as const;
export const itemKindSchema = z.enum(itemKinds);
export type ItemKind = z.infer<typeof itemKindSchema>;

export const distributionSchema = z.enum(['distributed', 'on_file']);
export type Distribution = z.infer<typeof distributionSchema>;

export const attendanceStatusSchema = z.enum(['present', 'apologies', 'absent']);
export type AttendanceStatus = z.infer<typeof attendanceStatusSchema>;

export const itemAttendanceKindSchema = z.enum(['absent', 'left', 'arrived', 'disqualified']);
export type ItemAttendanceKind = z.infer<typeof itemAttendanceKindSchema>;

export const voteChoiceSchema = z.enum(['for', 'against', 'abstain']);
export type VoteChoiceValue = z.infer<typeof voteChoiceSchema>;

export const protocolNoteKindSchema = z.enum(['dissent', 'protocol_note']);
export type ProtocolNoteKind = z.infer<typeof protocolNoteKindSchema>;

/** Godkendt · Anbefales (over for …) · Taget til efterretning · Drøftet · Udsat · Oversendt til … · Ikke godkendt */
export const decisionOutcomes = ['approved', 'recommended', 'noted', 'discussed', 'postponed', 'referred', 'rejected'] as const;
export const decisionOutcomeSchema = z.enum(decisionOutcomes);
export type DecisionOutcome = z.infer<typeof decisionOutcomeSchema>;

/** Counted (by party or by member), enstemmigt, or uden afstemning. */
export const voteModes = ['counted', 'unanimous', 'without_vote'] as const;
export const voteModeSchema = z.enum(voteModes);
export type VoteMode = z.infer<typeof voteModeSchema>;

export const documentKindSchema = z.enum(['agenda', 'minutes']);
export type DocumentKind = z.infer<typeof documentKindSchema>;

export const editionSchema = z.enum(['members', 'public']);
export type Edition = z.infer<typeof editionSchema>;

export const releaseFormatSchema = z.enum(['pdf', 'pdfa', 'docx']);
export type ReleaseFormat = z.infer<typeof releaseFormatSchema>;

/** Whose approval makes the minutes approved: every member who took part, or the chair (the committee's setting). */
export const approvalRules = ['all_present', 'chair'] as const;
export const approvalRuleSchema = z.enum(approvalRules);
export type ApprovalRule = z.infer<typeof approvalRuleSchema>;

/** How a member's approval was given: in the app (entered on their behalf), on the paper signature sheet, by e-mail. */
export const approvalMethods = ['in_app', 'paper', 'email'] as const;
export const approvalMethodSchema = z.enum(approvalMethods);
export type ApprovalMethod = z.infer<typeof approvalMethodSchema>;
