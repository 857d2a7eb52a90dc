import type { MeetingSummary } from '../../../../shared/domain/entities';
import { mayChange, mayDo, type LifecycleMeeting, type LifecycleRefusal, type MeetingAction } from '../../../../shared/logic/lifecycle';

/** The steps the meeting header offers, in the order they appear. */
export const headerSteps = ['release', 'edit', 'markHeld', 'reopen', 'approve', 'cancel', 'reinstate', 'delete'] as const;
export type HeaderStep = (typeof headerSteps)[number];

export interface StepState {
  step: HeaderStep;
  /** False: the step does not apply to the meeting as it stands, and is left out. */
  shown: boolean;
  /** Why the step cannot be taken now (shown disabled with the reason); null when it can. */
  refusal: LifecycleRefusal | null;
}

const ACTIONS: Record<Exclude<HeaderStep, 'edit'>, MeetingAction> = {
  release: 'release', markHeld: 'markHeld', reopen: 'reopen', approve: 'approve', cancel: 'cancel', reinstate: 'reinstate', delete: 'delete',
};

/**
 * Refusals that mean a step is done or does not belong to the meeting as it stands, so it is left
 * out rather than shown disabled: "Udsend" once the meeting is held, approved or cancelled;
 * "Markér som afholdt" once it is; "Genåbn" until it is held; "Godkend" once approved or while
 * cancelled; "Aflys" on a cancelled meeting (which offers "Genoptag" instead); "Genoptag" unless cancelled
 * (an approved meeting's refusal comes first, but it was never cancelled either).
 * Everything else the lifecycle refuses stays visible, disabled, with its reason.
 */
const LEFT_OUT: Partial<Record<HeaderStep, readonly LifecycleRefusal[]>> = {
  release: ['release_after_meeting', 'cancelled', 'minutes_approved'],
  markHeld: ['not_held', 'cancelled', 'minutes_approved'],
  reopen: ['not_held'],
  approve: ['cancelled', 'minutes_approved'],
  cancel: ['cancelled'],
  reinstate: ['not_cancelled', 'minutes_approved'],
};

export const lifecycleMeeting = (meeting: Pick<MeetingSummary, 'status' | 'date' | 'agendaVersion'>): LifecycleMeeting => ({
  status: meeting.status, date: meeting.date, released: meeting.agendaVersion !== null,
});

/** What the header shows of each step, read from the shared lifecycle rule; `today` is the Danish calendar date. */
export function meetingSteps(meeting: Pick<MeetingSummary, 'status' | 'date' | 'agendaVersion'>, today: string): StepState[] {
  return headerSteps.map((step) => {
    const verdict = step === 'edit' ? mayChange(meeting.status, 'meeting') : mayDo(lifecycleMeeting(meeting), ACTIONS[step], today);
    const refusal = verdict.allowed ? null : verdict.reason;
    return { step, shown: refusal === null || !(LEFT_OUT[step] ?? []).includes(refusal), refusal };
  });
}
