import type { DocumentKind, MeetingStatus } from '../../domain/enums';

/**
 * The meeting's life: planlagt → dagsorden udsendt → afholdt → referat godkendt, and aflyst beside
 * them. This one table says what may change in each status and which steps may be taken; the
 * services refuse what it forbids and the screens disable it, both with the reason it gives.
 */

/** What a change touches. */
export const changeAreas = ['meeting', 'agenda', 'attendance', 'record'] as const;
export type ChangeArea = (typeof changeAreas)[number];
/*
 * meeting    — date, time, place, ordinary or extraordinary
 * agenda     — items, their titles, kinds and texts, recommendation points, notices, bilag, public titles
 * attendance — the roll call: present, afbud, absent, substitutes
 * record     — decisions, votes, dissent, protocol notes, presence per item, public extracts
 */

/** The steps a secretary can take with a meeting. */
export const meetingActions = ['release', 'markHeld', 'reopen', 'approve', 'cancel', 'reinstate', 'delete', 'exportAgenda', 'exportMinutes'] as const;
export type MeetingAction = (typeof meetingActions)[number];

/** Why a change or a step is refused; the words are in lifecycle-messages.ts. */
export type LifecycleRefusal =
  | 'cancelled'
  | 'minutes_approved'
  | 'held_agenda_frozen'
  | 'record_before_release'
  | 'release_after_meeting'
  | 'held_needs_release'
  | 'held_before_date'
  | 'not_held'
  | 'approve_needs_held'
  | 'cancel_after_meeting'
  | 'not_cancelled'
  | 'delete_released'
  | 'minutes_not_held'
  | 'use_release'
  | 'use_cancel'
  | 'use_approval'
  | 'cannot_unrelease'
  | 'same_status';

export type Verdict =
  | { allowed: true; /** The change alters a released agenda: the next release is a new version. */ newVersion: boolean }
  | { allowed: false; reason: LifecycleRefusal };

const yes: Verdict = { allowed: true, newVersion: false };
const yesNewVersion: Verdict = { allowed: true, newVersion: true };
const no = (reason: LifecycleRefusal): Verdict => ({ allowed: false, reason });

/** What may change in each status. */
export const changeRules: Readonly<Record<MeetingStatus, Readonly<Record<ChangeArea, Verdict>>>> = {
  planned: { meeting: yes, agenda: yes, attendance: yes, record: no('record_before_release') },
  agenda_released: { meeting: yesNewVersion, agenda: yesNewVersion, attendance: yes, record: yes },
  held: { meeting: yes, agenda: no('held_agenda_frozen'), attendance: yes, record: yes },
  minutes_approved: { meeting: no('minutes_approved'), agenda: no('minutes_approved'), attendance: no('minutes_approved'), record: no('minutes_approved') },
  cancelled: { meeting: no('cancelled'), agenda: no('cancelled'), attendance: no('cancelled'), record: no('cancelled') },
};

export function mayChange(status: MeetingStatus, area: ChangeArea): Verdict {
  return changeRules[status][area];
}

/** What the action rules need to know of a meeting. */
export interface LifecycleMeeting {
  status: MeetingStatus;
  /** ISO date of the meeting. */
  date: string;
  /** Whether an agenda was ever released (udsendt), even if the meeting was cancelled later. */
  released: boolean;
}

/** Which step may be taken now; `today` is the local ISO date. */
export function mayDo(meeting: LifecycleMeeting, action: MeetingAction, today: string): Verdict {
  const { status } = meeting;
  if (status === 'minutes_approved' && action !== 'exportAgenda' && action !== 'exportMinutes') return no('minutes_approved');
  switch (action) {
    case 'release':
      if (status === 'cancelled') return no('cancelled');
      return status === 'planned' || status === 'agenda_released' ? yes : no('release_after_meeting');
    case 'markHeld':
      if (status === 'cancelled') return no('cancelled');
      if (status !== 'agenda_released') return no(status === 'planned' ? 'held_needs_release' : 'not_held');
      return meeting.date <= today ? yes : no('held_before_date');
    case 'reopen':
      return status === 'held' ? yes : no('not_held');
    case 'approve':
      return status === 'held' ? yes : no(status === 'cancelled' ? 'cancelled' : 'approve_needs_held');
    case 'cancel':
      if (status === 'cancelled') return no('cancelled');
      return status === 'planned' || status === 'agenda_released' ? yes : no('cancel_after_meeting');
    case 'reinstate':
      return status === 'cancelled' ? yes : no('not_cancelled');
    case 'delete':
      if (meeting.released) return no('delete_released');
      return status === 'planned' || status === 'cancelled' ? yes : no('delete_released');
    case 'exportAgenda':
      return yes;
    case 'exportMinutes':
      return status === 'held' || status === 'minutes_approved' || status === 'cancelled' ? yes : no('minutes_not_held');
  }
}

/**
 * A status picked from a list means one of the steps: "afholdt" marks the meeting held, "dagsorden
 * udsendt" on a held meeting reopens it. Releasing, approving and cancelling have their own steps
 * (the release runs the checks and makes both editions; the approval runs the protocol check, needs
 * the members' approvals and adds to the protocol chain; a cancellation needs a reason).
 */
export function stepToStatus(from: MeetingStatus, to: MeetingStatus): { action: MeetingAction } | { refused: LifecycleRefusal } {
  if (from === to) return { refused: 'same_status' };
  if (from === 'minutes_approved') return { refused: 'minutes_approved' };
  if (from === 'cancelled') return to === 'planned' || to === 'agenda_released' ? { action: 'reinstate' } : { refused: 'cancelled' };
  switch (to) {
    case 'held': return { action: 'markHeld' };
    case 'minutes_approved': return { refused: 'use_approval' };
    case 'cancelled': return { refused: 'use_cancel' };
    case 'agenda_released': return from === 'held' ? { action: 'reopen' } : { refused: 'use_release' };
    case 'planned': return { refused: 'cannot_unrelease' };
  }
}

/**
 * How an exported document is marked: a draft ("Udkast" on every page and in the file name), the
 * final text, or the notice that the meeting is cancelled ("Mødet er aflyst").
 * `changedSinceRelease`: the agenda differs from its latest release (the next release is a new version).
 */
export type DocumentState = 'draft' | 'final' | 'cancelled';

export function documentState(status: MeetingStatus, document: DocumentKind, changedSinceRelease: boolean): DocumentState {
  if (status === 'cancelled') return 'cancelled';
  if (document === 'minutes') return status === 'minutes_approved' ? 'final' : 'draft';
  if (status === 'planned') return 'draft';
  return changedSinceRelease && status === 'agenda_released' ? 'draft' : 'final';
}
