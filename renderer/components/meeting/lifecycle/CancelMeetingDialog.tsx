import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingDetail, MeetingSummary } from '../../../../shared/domain/entities';
import { useFormat } from '../../../format/use-format';
import { useAction } from '../../../hooks/use-action';
import { useMeetingStore } from '../../../stores/meeting-store';
import { ErrorAlert } from '../../common/Alert';
import { Dialog } from '../../common/Dialog';

/** "Aflys mødet": the reason is required; it is printed on both documents and shown in the sidebar. */
export function CancelMeetingDialog({ meeting, onClose, onCancelled }: { meeting: MeetingDetail; onClose(): void; onCancelled(summary: MeetingSummary): void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const cancel = useMeetingStore((s) => s.cancel);
  const [reason, setReason] = useState('');
  const action = useAction();
  const fieldError = action.fieldErrors.reason;

  return (
    <Dialog
      title={t('lifecycle.cancelDialog.title')}
      onClose={onClose}
      className="dialog-narrow"
      describedBy="cancel-meeting-intro"
      onSubmit={() => void action.run(() => cancel(meeting.id, reason)).then((summary) => summary && onCancelled(summary))}
      footer={
        <>
          <button type="submit" className="button button-danger" aria-disabled={action.pending || undefined}>
            {t('lifecycle.cancelDialog.submit')}
          </button>
          <button type="button" className="button button-quiet" onClick={onClose}>
            {t('lifecycle.cancelDialog.keep')}
          </button>
        </>
      }
    >
      <p id="cancel-meeting-intro">{t('lifecycle.cancelDialog.intro', { committee: meeting.committeeName, date: format.date(meeting.date) })}</p>
      <div className={`field${fieldError ? ' has-error' : ''}`}>
        <label htmlFor="cancel-meeting-reason">{t('lifecycle.cancelDialog.reason')}</label>
        <textarea
          id="cancel-meeting-reason"
          rows={3}
          value={reason}
          maxLength={1000}
          onChange={(e) => setReason(e.target.value)}
          onKeyDown={(e) => {
            // Enter sends, as in the other fields; Shift+Enter breaks the line.
            if (e.key === 'Enter' && !e.shiftKey) {
              e.preventDefault();
              e.currentTarget.form?.requestSubmit();
            }
          }}
          aria-invalid={fieldError ? true : undefined}
          aria-describedby={fieldError ? 'cancel-meeting-reason-error' : 'cancel-meeting-reason-hint'}
        />
        {fieldError ? (
          <p className="field-error" id="cancel-meeting-reason-error">
            {fieldError}
          </p>
        ) : (
          <p className="field-hint" id="cancel-meeting-reason-hint">
            {t('lifecycle.cancelDialog.reasonHint')}
          </p>
        )}
      </div>
      <ErrorAlert message={fieldError ? null : action.error} />
    </Dialog>
  );
}
