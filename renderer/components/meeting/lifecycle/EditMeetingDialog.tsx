import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiCallError } from '../../../../shared/api/client';
import type { MeetingDetail, MeetingSummary } from '../../../../shared/domain/entities';
import type { MeetingKind } from '../../../../shared/domain/enums';
import { useAction } from '../../../hooks/use-action';
import { useMeetingStore } from '../../../stores/meeting-store';
import { ErrorAlert } from '../../common/Alert';
import { DateField, TimeField } from '../../common/DateTimeFields';
import { Dialog } from '../../common/Dialog';
import { SelectField, TextField } from '../../common/Fields';
import { useChangeLock } from './use-lifecycle';

/**
 * "Rediger mødet": date, start and end time, place, ordinary or extraordinary. Each error stands at
 * its field (a held meeting moved to a day not yet come: at the date); on a released agenda the
 * dialog says the change goes out with the next version.
 */
export function EditMeetingDialog({ meeting, onClose, onSaved }: { meeting: MeetingDetail; onClose(): void; onSaved(summary: MeetingSummary): void }) {
  const { t } = useTranslation();
  const updateMeeting = useMeetingStore((s) => s.updateMeeting);
  const lock = useChangeLock(meeting, 'meeting');
  const [date, setDate] = useState(meeting.date);
  const [startTime, setStartTime] = useState(meeting.startTime ?? '');
  const [endTime, setEndTime] = useState(meeting.endTime ?? '');
  const [place, setPlace] = useState(meeting.place ?? '');
  const [kind, setKind] = useState<MeetingKind>(meeting.kind);
  const action = useAction();
  const hasFieldErrors = Object.keys(action.fieldErrors).length > 0;

  function save() {
    void action
      .run(() =>
        onDateField(() =>
          updateMeeting({ id: meeting.id, date, startTime: startTime || null, endTime: endTime || null, place: place.trim() || null, kind }),
        ),
      )
      .then((summary) => summary && onSaved(summary));
  }

  return (
    <Dialog
      title={t('lifecycle.editDialog.title')}
      onClose={onClose}
      className="dialog-narrow"
      onSubmit={save}
      footer={
        <>
          <button type="submit" className="button button-primary" aria-disabled={action.pending || undefined}>
            {t('lifecycle.editDialog.submit')}
          </button>
          <button type="button" className="button button-quiet" onClick={onClose}>
            {t('common.cancel')}
          </button>
        </>
      }
    >
      <div className="form-grid">
        <DateField id="edit-meeting-date" label={t('lifecycle.editDialog.date')} value={date} onChange={setDate} error={action.fieldErrors.date} className="span-2" />
        <TimeField id="edit-meeting-start" label={t('lifecycle.editDialog.startTime')} value={startTime} onChange={setStartTime} error={action.fieldErrors.startTime} />
        <TimeField id="edit-meeting-end" label={t('lifecycle.editDialog.endTime')} value={endTime} onChange={setEndTime} error={action.fieldErrors.endTime} />
        <TextField id="edit-meeting-place" label={t('lifecycle.editDialog.place')} value={place} onChange={setPlace} error={action.fieldErrors.place} className="span-2" />
        <SelectField
          id="edit-meeting-kind"
          label={t('lifecycle.editDialog.kind')}
          value={kind}
          onChange={setKind}
          error={action.fieldErrors.kind}
          className="span-2"
          options={[
            { value: 'ordinary', label: t('meetingKind.ordinary') },
            { value: 'extraordinary', label: t('meetingKind.extraordinary') },
          ]}
        />
      </div>
      {lock.newVersion && meeting.agendaVersion !== null ? (
        <p className="dialog-note">{t('lifecycle.releasedNote', { version: meeting.agendaVersion, next: meeting.agendaVersion + 1 })}</p>
      ) : null}
      {/* A message that belongs to a field stands there alone. */}
      <ErrorAlert message={hasFieldErrors ? null : action.error} />
    </Dialog>
  );
}

/** The lifecycle refuses a held meeting on a day not yet come: that is the date field's error. */
async function onDateField<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ApiCallError && error.error.code === 'lifecycle_held_before_date') {
      throw new ApiCallError({ ...error.error, issues: [{ path: ['date'], message: error.error.message }] });
    }
    throw error;
  }
}
