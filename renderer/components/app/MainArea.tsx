import { useTranslation } from 'react-i18next';
import { useCommitteeStore } from '../../stores/committee-store';
import { useUiStore } from '../../stores/ui-store';
import { EmptyState } from '../common/EmptyState';
import { MeetingView } from '../meeting/MeetingView';
import { NewMeetingForm } from '../meeting/NewMeetingForm';
import { SettingsView } from '../settings/SettingsView';

/**
 * An empty database: how to see the program with the demo first (an invented municipality). The
 * demo never goes into a database in use, so the hint starts the program again on a new file.
 */
function DemoHint() {
  const { t } = useTranslation();
  const desktop = typeof window !== 'undefined' && window.dagsorden !== undefined;
  return (
    <aside className="demo-hint" aria-labelledby="demo-hint-title">
      <h2 id="demo-hint-title" className="demo-hint-title">
        {t('empty.demoTitle')}
      </h2>
      <p>{t(desktop ? 'empty.demoDesktop' : 'empty.demoBrowser')}</p>
      {desktop ? (
        <>
          <code className="demo-hint-command">npx dagsorden demo --db demo.sqlite</code>
          <code className="demo-hint-command">npm start -- --db=demo.sqlite</code>
        </>
      ) : (
        <code className="demo-hint-command">npm run start:web -- --db demo.sqlite --demo</code>
      )}
      <p className="muted">{t('empty.demoKeeps')}</p>
    </aside>
  );
}

/** Decides what the main area shows and says what to do next when there is nothing yet. */
export function MainArea() {
  const { t } = useTranslation();
  const ui = useUiStore();
  const committees = useCommitteeStore((s) => s.committees);
  const meetings = useCommitteeStore((s) => s.meetings);

  if (ui.view === 'settings') return <SettingsView />;

  if (committees.length === 0) {
    return (
      <div className="main-empty">
        <EmptyState
          icon="settings"
          title={t('empty.noCommittees')}
          action={
            <button type="button" className="button button-primary" onClick={() => ui.openSettings('committees')}>
              {t('empty.goToCommittees')}
            </button>
          }
        >
          <p>{t('empty.noCommitteesText')}</p>
        </EmptyState>
        <DemoHint />
      </div>
    );
  }

  if (ui.view === 'newMeeting' && ui.newMeetingCommitteeId !== null) {
    const committee = committees.find((c) => c.id === ui.newMeetingCommitteeId);
    if (committee) return <NewMeetingForm key={committee.id} committee={committee} />;
  }

  if (ui.meetingId !== null) return <MeetingView meetingId={ui.meetingId} />;

  const committee = committees.find((c) => c.id === ui.committeeId);
  const firstWithoutMeetings = committee ?? committees.find((c) => (meetings[c.id] ?? []).length === 0);
  if (firstWithoutMeetings && (meetings[firstWithoutMeetings.id] ?? []).length === 0) {
    return (
      <div className="main-empty">
        <EmptyState
          icon="calendar"
          title={t('empty.noMeetings', { committee: firstWithoutMeetings.name })}
          action={
            <button type="button" className="button button-primary" onClick={() => ui.startNewMeeting(firstWithoutMeetings.id)}>
              <span aria-hidden="true">+ </span>
              {t('empty.createMeeting')}
            </button>
          }
        >
          <p>{t('empty.noMeetingsText')}</p>
        </EmptyState>
      </div>
    );
  }

  return (
    <div className="main-empty">
      <EmptyState icon="calendar" title={t('empty.noMeetingSelected')}>
        <p>{t('empty.noMeetingSelectedText')}</p>
      </EmptyState>
    </div>
  );
}
