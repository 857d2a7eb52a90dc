import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Committee, MeetingSummary } from '../../../shared/domain/entities';
import { useFormat } from '../../format/use-format';
import { useCommitteeStore } from '../../stores/committee-store';
import { useUiStore } from '../../stores/ui-store';
import { StatusBadge } from '../common/Badges';
import { Icon } from '../common/Icon';
import { useStepAnnouncement } from '../meeting/lifecycle/step-announcer';
import '../../styles/sidebar-selection.css';

/** How many meetings a committee shows before "Vis ældre møder". */
const VISIBLE_MEETINGS = 6;

export function Sidebar() {
  const { t } = useTranslation();
  const committees = useCommitteeStore((s) => s.committees);
  const loaded = useCommitteeStore((s) => s.loaded);
  const view = useUiStore((s) => s.view);
  const openSettings = useUiStore((s) => s.openSettings);
  const announcement = useStepAnnouncement((s) => s.message);

  return (
    <nav className="sidebar" aria-label={t('sidebar.label')}>
      <div className="sidebar-scroll">
        <h2 className="sidebar-heading">{t('sidebar.committees')}</h2>
        {loaded && committees.length === 0 ? <p className="sidebar-empty">{t('sidebar.noCommittees')}</p> : null}
        <ul className="committee-list">
          {committees.map((c) => (
            <CommitteeEntry key={c.id} committee={c} />
          ))}
        </ul>
      </div>
      {/* What the last step on a meeting did ("Mødet er aflyst."); here, because the sidebar stays when a meeting is deleted. */}
      <p className="visually-hidden" role="status" aria-live="polite" data-testid="step-announcer">
        {announcement}
      </p>
      <div className="sidebar-footer">
        <button type="button" className="nav-button" aria-current={view === 'settings' ? 'page' : undefined} onClick={() => openSettings()}>
          <Icon name="settings" />
          {t('sidebar.settings')}
        </button>
      </div>
    </nav>
  );
}

function CommitteeEntry({ committee }: { committee: Committee }) {
  const { t } = useTranslation();
  const meetings = useCommitteeStore((s) => s.meetings[committee.id]) ?? [];
  const ui = useUiStore();
  const selectedIndex = meetings.findIndex((m) => m.id === ui.meetingId);
  const [showAll, setShowAll] = useState(false);
  const expanded = showAll || selectedIndex >= VISIBLE_MEETINGS;
  const visible = expanded ? meetings : meetings.slice(0, VISIBLE_MEETINGS);
  const headingId = `committee-${committee.id}-name`;
  const newMeetingActive = ui.view === 'newMeeting' && ui.newMeetingCommitteeId === committee.id;
  // The committee of the open meeting (or of the new meeting being made) is the selected one.
  const current = (ui.view === 'meeting' && ui.committeeId === committee.id) || newMeetingActive;

  return (
    <li className={`committee-entry${current ? ' is-current' : ''}`} aria-current={current ? 'true' : undefined}>
      <h3 className="committee-name" id={headingId}>
        {committee.name}
      </h3>
      {meetings.length === 0 ? <p className="sidebar-empty">{t('sidebar.noMeetings')}</p> : null}
      <ul className="meeting-list" aria-labelledby={headingId}>
        {visible.map((m) => (
          <MeetingLink key={m.id} meeting={m} selected={ui.view === 'meeting' && m.id === ui.meetingId} onSelect={() => ui.selectMeeting(committee.id, m.id)} />
        ))}
      </ul>
      {meetings.length > VISIBLE_MEETINGS && !expanded ? (
        <button type="button" className="link-button sidebar-more" onClick={() => setShowAll(true)}>
          {t('sidebar.showOlder', { count: meetings.length - VISIBLE_MEETINGS })}
        </button>
      ) : null}
      <button
        type="button"
        className="sidebar-action"
        aria-current={newMeetingActive ? 'page' : undefined}
        aria-label={t('sidebar.newMeetingFor', { committee: committee.name })}
        onClick={() => ui.startNewMeeting(committee.id)}
      >
        <Icon name="plus" size={14} />
        {t('sidebar.newMeeting')}
      </button>
    </li>
  );
}

function MeetingLink({ meeting, selected, onSelect }: { meeting: MeetingSummary; selected: boolean; onSelect(): void }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <li>
      <button
        type="button"
        className="meeting-link"
        data-status={meeting.status}
        title={meeting.cancelReason ?? undefined}
        aria-current={selected ? 'page' : undefined}
        onClick={onSelect}
      >
        <span className="meeting-link-date">{format.date(meeting.date)}</span>
        <span className="meeting-link-meta">
          <StatusBadge status={meeting.status} />
          <span className="meeting-link-count">{t('sidebar.itemCount', { count: meeting.itemCount })}</span>
        </span>
      </button>
    </li>
  );
}
