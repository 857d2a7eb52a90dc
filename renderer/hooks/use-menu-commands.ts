import { useEffect } from 'react';
import { menuCommands, type MenuCommand } from '../../shared/api/bridge';
import { useUiStore } from '../stores/ui-store';
import { useCommitteeStore } from '../stores/committee-store';
import { runHistoryCommand } from '../components/history/HistoryControls';

/** The desktop app's menu (Nyt møde, Nyt punkt, Indstillinger) drives the same actions as the buttons. */
export function useMenuCommands(): void {
  useEffect(() => {
    const bridge = window.dagsorden;
    if (!bridge?.on) return undefined;
    return bridge.on('menu:command', (payload) => {
      if (typeof payload === 'string' && (menuCommands as readonly string[]).includes(payload)) runMenuCommand(payload as MenuCommand);
    });
  }, []);
}

export function runMenuCommand(command: MenuCommand): void {
  const ui = useUiStore.getState();
  switch (command) {
    case 'open-settings':
      ui.openSettings();
      break;
    case 'new-meeting': {
      const committeeId = ui.committeeId ?? useCommitteeStore.getState().committees[0]?.id;
      if (committeeId !== undefined && committeeId !== null) ui.startNewMeeting(committeeId);
      break;
    }
    case 'new-item':
      if (ui.meetingId !== null) {
        ui.showMeeting();
        ui.setAddingItem(true);
      }
      break;
    case 'undo':
    case 'redo':
      // Agenda changes; inside a text field or editor its own history applies.
      runHistoryCommand(command);
      break;
    default:
      // find arrives with the search.
      break;
  }
}
