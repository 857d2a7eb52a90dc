import { useTranslation } from 'react-i18next';
import type { MeetingSummary } from '../../../../shared/domain/entities';
import { danishIsoDate } from '../../../../shared/format/danish-date';
import { lifecycleText, mayChange, type ChangeArea, type LifecycleRefusal } from '../../../../shared/logic/lifecycle';

/** The id of the one note that says why the agenda cannot be changed; the disabled controls point at it. */
export const AGENDA_LOCK_NOTE_ID = 'agenda-lock-note';
/** The note for the meeting's own facts, when its reason differs from the agenda's. */
export const MEETING_LOCK_NOTE_ID = 'meeting-lock-note';

/** Which note says why `area` cannot change: the agenda's one when both give the same reason. */
export function lockNoteId(meeting: Pick<MeetingSummary, 'status'>, area: 'agenda' | 'meeting'): string {
  if (area === 'agenda') return AGENDA_LOCK_NOTE_ID;
  const own = mayChange(meeting.status, 'meeting');
  const agenda = mayChange(meeting.status, 'agenda');
  return !own.allowed && !agenda.allowed && own.reason === agenda.reason ? AGENDA_LOCK_NOTE_ID : MEETING_LOCK_NOTE_ID;
}

/** The lifecycle's reason in the UI's language (its wording lives in shared/logic/lifecycle, nowhere else). */
export function useLifecycleText(): (reason: LifecycleRefusal, date?: string) => string {
  const { i18n } = useTranslation();
  const language = i18n.language.startsWith('en') ? 'en' : 'da';
  return (reason, date) => lifecycleText(reason, language, date ? { date } : {});
}

/** Today in Denmark, the day mayDo compares the meeting's date with. */
export const danishToday = (): string => danishIsoDate(new Date());

export interface ChangeLock {
  allowed: boolean;
  /** The change alters a released agenda: it comes with the next release. */
  newVersion: boolean;
  /** Why not, in the UI's language; null when allowed. */
  reason: string | null;
}

/** What the meeting's status allows in an area (the agenda, the meeting's own facts …), with the reason when it does not. */
export function useChangeLock(meeting: Pick<MeetingSummary, 'status' | 'date'>, area: ChangeArea): ChangeLock {
  const text = useLifecycleText();
  const verdict = mayChange(meeting.status, area);
  return verdict.allowed ? { allowed: true, newVersion: verdict.newVersion, reason: null } : { allowed: false, newVersion: false, reason: text(verdict.reason, meeting.date) };
}
