import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingDetail } from '../../../shared/domain/entities';
import { useFormat } from '../../format/use-format';
import { StatusBadge } from '../common/Badges';
import { Icon } from '../common/Icon';
import { ExportDialog } from '../export/ExportDialog';
import { MeetingSteps } from './lifecycle/MeetingSteps';
import { ModeSwitch } from './conduct/ModeSwitch';
import { meetingModes, type MeetingMode } from './conduct/use-meeting-mode';

export function MeetingHeader({ meeting, checksOpen, onToggleChecks, mode, onModeChange }: {
  meeting: MeetingDetail; checksOpen?: boolean; onToggleChecks?: () => void;
  /** "Dagsorden" | "Mødet" | "Godkendelse", as the meeting's status offers them. */
  mode?: MeetingMode; onModeChange?: (mode: MeetingMode) => void;
}) {
  const modes = meetingModes(meeting.status);
  const { t } = useTranslation();
  const format = useFormat();
  const [exportOpen, setExportOpen] = useState(false);
  const time = meeting.startTime ? (meeting.endTime ? format.timeRange(meeting.startTime, meeting.endTime) : format.time(meeting.startTime)) : null;
  return (
    <header className="meeting-header">
      <div className="meeting-header-text">
        <p className="eyebrow">{t(`meetingKind.${meeting.kind}`)}</p>
        {/* Focusable: it takes the focus when a step removes the control that had it. */}
        <h1 id="meeting-title" className="meeting-title" tabIndex={-1}>
          {meeting.committeeName}
        </h1>
        <ul className="meeting-facts" aria-label={t('meeting.facts')}>
          <li>
            <Icon name="calendar" />
            <span className="meeting-date">{format.date(meeting.date)}</span>
          </li>
          {time ? (
            <li>
              <Icon name="clock" />
              <span className="meeting-time">{time}</span>
            </li>
          ) : null}
          <li>
            <Icon name="pin" />
            <span className="meeting-place">{meeting.place ?? t('meeting.noPlace')}</span>
          </li>
        </ul>
        {mode && onModeChange && modes.length > 0 ? <ModeSwitch modes={modes} mode={mode} onChange={onModeChange} /> : null}
      </div>
      <div className="meeting-header-status">
        <span className="visually-hidden">{t('meeting.status')}: </span>
        <StatusBadge status={meeting.status} />
        {onToggleChecks ? (
          <button type="button" className="button button-small" aria-expanded={checksOpen ?? false} onClick={onToggleChecks}>
            <Icon name="check" size={14} />
            {t('releaseChecks.open')}
          </button>
        ) : null}
        <button type="button" className="button button-small" aria-haspopup="dialog" onClick={() => setExportOpen(true)}>
          <Icon name="document" size={14} />
          {t('export.open')}
        </button>
        <MeetingSteps meeting={meeting} />
      </div>
      {exportOpen ? <ExportDialog meetingId={meeting.id} onClose={() => setExportOpen(false)} /> : null}
    </header>
  );
}
