import { useTranslation } from 'react-i18next';
import type { MeetingDetail } from '../../../../shared/domain/entities';
import { mayDo } from '../../../../shared/logic/lifecycle';
import { useAction } from '../../../hooks/use-action';
import { useMeetingStore } from '../../../stores/meeting-store';
import { ErrorAlert } from '../../common/Alert';
import { Icon } from '../../common/Icon';
import { useStepAnnouncement } from './step-announcer';
import { lifecycleMeeting } from './meeting-steps';
import { AGENDA_LOCK_NOTE_ID, MEETING_LOCK_NOTE_ID, danishToday, lockNoteId, useChangeLock } from './use-lifecycle';

/**
 * Under the meeting header, once: the cancelled banner ("Mødet er aflyst: <grund>" with "Genoptag
 * mødet"), or why the agenda cannot be changed now, or that changes go out with the next version.
 * The disabled controls of the agenda point at this one note instead of each saying it again.
 */
export function MeetingNotice({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const agenda = useChangeLock(meeting, 'agenda');
  const own = useChangeLock(meeting, 'meeting');
  const ownNote = !own.allowed && lockNoteId(meeting, 'meeting') === MEETING_LOCK_NOTE_ID;

  // Only a cancelled meeting can be reinstated: the shared rule tells, not a status of our own.
  if (mayDo(lifecycleMeeting(meeting), 'reinstate', danishToday()).allowed) return <CancelledBanner meeting={meeting} reason={agenda.reason} />;
  if (!agenda.allowed || ownNote) {
    return (
      <div className="meeting-notice is-locked">
        <Icon name="lock" size={14} />
        <div>
          {agenda.reason ? <p id={AGENDA_LOCK_NOTE_ID}>{agenda.reason}</p> : null}
          {ownNote ? <p id={MEETING_LOCK_NOTE_ID}>{own.reason}</p> : null}
        </div>
      </div>
    );
  }
  if (agenda.newVersion && meeting.agendaVersion !== null) {
    return (
      <div className="meeting-notice is-info">
        <Icon name="info" size={14} />
        <p>{t('lifecycle.releasedNote', { version: meeting.agendaVersion, next: meeting.agendaVersion + 1 })}</p>
      </div>
    );
  }
  return null;
}

function CancelledBanner({ meeting, reason }: { meeting: MeetingDetail; reason: string | null }) {
  const { t } = useTranslation();
  const reinstate = useMeetingStore((s) => s.reinstate);
  const announce = useStepAnnouncement((s) => s.announce);
  const action = useAction();
  return (
    <section className="meeting-banner is-cancelled" aria-labelledby="meeting-cancelled-title">
      <div className="meeting-banner-text">
        <p id="meeting-cancelled-title" className="meeting-banner-title">
          {meeting.cancelReason ? t('lifecycle.cancelledBanner', { reason: meeting.cancelReason }) : t('lifecycle.cancelledNoReason')}
        </p>
        {reason ? <p id={AGENDA_LOCK_NOTE_ID}>{reason}</p> : null}
        <ErrorAlert message={action.error} />
      </div>
      <button
        type="button"
        className="button button-small"
        aria-disabled={action.pending || undefined}
        onClick={() =>
          void action.run(async () => {
            await reinstate(meeting.id);
            announce(t('lifecycle.done.reinstate'));
            // The banner goes with its button: the meeting's title takes the focus.
            window.setTimeout(() => document.getElementById('meeting-title')?.focus(), 0);
          })
        }
      >
        {t('lifecycle.reinstate')}
      </button>
    </section>
  );
}
