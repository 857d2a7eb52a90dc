import type { Approval, AttendanceEntry, Membership } from '../../domain/entities';
import type { ApprovalRule } from '../../domain/enums';

type ApprovalMeeting = { members: readonly Membership[]; attendance: readonly AttendanceEntry[] };

export interface ApprovalProgress {
  /** Who took part in the meeting (present at the roll call, substitutes included), in the committee's order: they may approve. */
  participants: number[];
  /** Whose approval makes the minutes (or the addendum) approved, by the committee's rule. */
  required: number[];
  /** Of the required, those whose approval is recorded. */
  approved: number[];
  missing: number[];
  complete: boolean;
  /** Why no one can be required (no roll call, no chair at the meeting); null when the rule can be met. */
  problem: string | null;
}

/** Those present at the roll call, committee members first in the committee's order, then substitutes from outside it. */
export function meetingParticipants(meeting: ApprovalMeeting): number[] {
  const present = new Set(meeting.attendance.filter((a) => a.status === 'present').map((a) => a.personId));
  const ordered = meeting.members.map((m) => m.personId).filter((id) => present.has(id));
  return [...new Set([...ordered, ...meeting.attendance.filter((a) => present.has(a.personId)).map((a) => a.personId)])];
}

/**
 * KSL § 13: the minutes are signed by the members who took part. The committee decides whether every
 * member present approves, or the chair on the committee's behalf (the næstformand when the chair
 * was not at the meeting).
 */
export function approvalProgress(meeting: ApprovalMeeting, rule: ApprovalRule, approvals: readonly Pick<Approval, 'personId'>[]): ApprovalProgress {
  const participants = meetingParticipants(meeting);
  let required: number[] = [];
  let problem: string | null = null;
  if (meeting.attendance.length === 0) problem = 'Fremmødet er ikke registreret, så det vides ikke, hvem der skal godkende referatet.';
  else if (rule === 'all_present') required = participants;
  else {
    const chair = ['formand', 'naestformand'].map((role) => meeting.members.find((m) => m.role === role && participants.includes(m.personId))).find(Boolean);
    if (chair) required = [chair.personId];
    else problem = 'Hverken formanden eller næstformanden deltog i mødet; lad alle fremmødte godkende referatet (udvalgets indstilling).';
  }
  const given = new Set(approvals.map((a) => a.personId));
  const approved = required.filter((id) => given.has(id));
  const missing = required.filter((id) => !given.has(id));
  return { participants, required, approved, missing, complete: problem === null && required.length > 0 && missing.length === 0, problem };
}
