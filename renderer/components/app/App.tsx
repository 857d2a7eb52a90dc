import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCommitteeStore } from '../../stores/committee-store';
import { useOrganisationStore } from '../../stores/organisation-store';
import { localToday, pickStartMeeting, useUiStore } from '../../stores/ui-store';
import { useMenuCommands } from '../../hooks/use-menu-commands';
import { ErrorAlert } from '../common/Alert';
import { MainArea } from './MainArea';
import { Sidebar } from './Sidebar';
import { TopBar } from './TopBar';

/** The window: top bar, committees and meetings on the left, the selected meeting or settings on the right. */
export function App() {
  const { t } = useTranslation();
  const [loadError, setLoadError] = useState<string | null>(null);
  const committeesLoaded = useCommitteeStore((s) => s.loaded);
  const organisationLoaded = useOrganisationStore((s) => s.loaded);
  const loaded = committeesLoaded && organisationLoaded;
  useMenuCommands();

  const load = useCallback(async () => {
    setLoadError(null);
    try {
      await Promise.all([useOrganisationStore.getState().load(), useCommitteeStore.getState().load()]);
      dropStaleSelection();
      selectStartMeeting();
    } catch (error) {
      setLoadError(error instanceof Error ? error.message : String(error));
    }
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <TopBar />
      <div className="app-body">
        <Sidebar />
        <main id="main" className="main" tabIndex={-1}>
          {loadError ? (
            <div className="main-message">
              <ErrorAlert message={loadError} />
              <button type="button" className="button" onClick={() => void load()}>
                {t('common.retry')}
              </button>
            </div>
          ) : loaded ? (
            <MainArea />
          ) : (
            <p className="main-message muted" role="status">
              {t('common.loading')}
            </p>
          )}
        </main>
      </div>
    </div>
  );
}

/** A selection remembered from an earlier session may point at something deleted since. */
function dropStaleSelection(): void {
  const ui = useUiStore.getState();
  const { committees, meetings } = useCommitteeStore.getState();
  if (ui.committeeId !== null && !committees.some((c) => c.id === ui.committeeId)) {
    useUiStore.setState({ committeeId: null, meetingId: null, itemId: null });
    return;
  }
  if (ui.meetingId !== null && ui.committeeId !== null && !(meetings[ui.committeeId] ?? []).some((m) => m.id === ui.meetingId)) {
    useUiStore.setState({ meetingId: null, itemId: null });
  }
  if (ui.settingsCommitteeId !== null && !committees.some((c) => c.id === ui.settingsCommitteeId)) {
    useUiStore.setState({ settingsCommitteeId: null });
  }
}

/**
 * No meeting selected (a first start, or the remembered meeting was deleted): open the next upcoming
 * meeting, else the latest one (of the selected committee when one is). Settings and a new-meeting
 * form are left alone.
 */
function selectStartMeeting(): void {
  const ui = useUiStore.getState();
  if (ui.view !== 'meeting' || ui.meetingId !== null) return;
  const { meetings } = useCommitteeStore.getState();
  const candidates = ui.committeeId !== null ? (meetings[ui.committeeId] ?? []) : Object.values(meetings).flat();
  const start = pickStartMeeting(candidates, localToday());
  if (start) ui.selectMeeting(start.committeeId, start.id);
}
