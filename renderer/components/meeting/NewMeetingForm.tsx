import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Committee, MeetingSummary } from '../../../shared/domain/entities';
import type { MeetingKind } from '../../../shared/domain/enums';
import { useAction } from '../../hooks/use-action';
import { useCommitteeStore } from '../../stores/committee-store';
import { useMeetingStore } from '../../stores/meeting-store';
import { useUiStore } from '../../stores/ui-store';
import { ErrorAlert } from '../common/Alert';
import { DateField, TimeField } from '../common/DateTimeFields';
import { CheckboxField, SelectField, TextField } from '../common/Fields';

/** "Nyt møde": date, time and place, prefilled from the committee's defaults and its meeting rhythm. */
export function NewMeetingForm({ committee }: { committee: Committee }) {
  const { t } = useTranslation();
  const meetings = useCommitteeStore((s) => s.meetings[committee.id]) ?? [];
  const [date, setDate] = useState(() => suggestDate(meetings));
  const [startTime, setStartTime] = useState(committee.defaultStartTime ?? '');
  const [place, setPlace] = useState(committee.defaultPlace ?? '');
  const [kind, setKind] = useState<MeetingKind>('ordinary');
  const [applyStandardItems, setApplyStandardItems] = useState(true);
  // Each field shows its own message; the alert only what none of them shows.
  const action = useAction({ fields: ['date', 'startTime', 'place', 'kind'] });
  const createMeeting = useMeetingStore((s) => s.createMeeting);
  const ui = useUiStore();

  const cancel = () => {
    if (ui.meetingId !== null) ui.showMeeting();
    else ui.selectCommittee(committee.id);
  };

  return (
    <div className="page">
      <header className="page-header">
        <p className="eyebrow">{committee.name}</p>
        <h1 className="page-title">{t('newMeeting.title')}</h1>
      </header>
      <form
        className="form-card form-card-narrow"
        aria-label={t('newMeeting.title')}
        onSubmit={(e) => {
          e.preventDefault();
          void action
            .run(() =>
              createMeeting({
                committeeId: committee.id,
                date,
                startTime: startTime || null,
                place: place.trim() || null,
                kind,
                applyStandardItems,
              }),
            )
            .then((meeting) => {
              if (meeting) ui.selectMeeting(committee.id, meeting.id);
            });
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            cancel();
          }
        }}
      >
        <div className="form-grid">
          <DateField id="meeting-date" label={t('newMeeting.date')} value={date} onChange={setDate} error={action.fieldErrors.date} autoFocus />
          <TimeField id="meeting-time" label={t('newMeeting.startTime')} value={startTime} onChange={setStartTime} error={action.fieldErrors.startTime} />
          <TextField id="meeting-place" label={t('newMeeting.place')} value={place} onChange={setPlace} error={action.fieldErrors.place} className="span-2" />
          <SelectField
            id="meeting-kind"
            label={t('newMeeting.kind')}
            value={kind}
            onChange={setKind}
            options={[
              { value: 'ordinary', label: t('meetingKind.ordinary') },
              { value: 'extraordinary', label: t('meetingKind.extraordinary') },
            ]}
          />
        </div>
        <CheckboxField
          id="meeting-standard-items"
          label={t('newMeeting.applyStandardItems')}
          hint={t('newMeeting.applyStandardItemsHint')}
          checked={applyStandardItems}
          onChange={setApplyStandardItems}
        />
        <ErrorAlert message={action.error} />
        <div className="form-actions">
          <button type="submit" className="button button-primary" aria-disabled={action.pending || undefined}>
            {t('newMeeting.submit')}
          </button>
          <button type="button" className="button button-quiet" onClick={cancel}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </div>
  );
}

/** Four weeks after the committee's latest meeting, or two weeks from today for the first one. */
export function suggestDate(meetings: readonly MeetingSummary[], today: Date = new Date()): string {
  const latest = meetings.reduce<string | null>((max, m) => (max === null || m.date > max ? m.date : max), null);
  if (latest) {
    const [y, m, d] = latest.split('-').map(Number) as [number, number, number];
    return isoOf(new Date(Date.UTC(y, m - 1, d + 28)));
  }
  return isoOf(new Date(Date.UTC(today.getFullYear(), today.getMonth(), today.getDate() + 14)));
}

const isoOf = (date: Date) => date.toISOString().slice(0, 10);
