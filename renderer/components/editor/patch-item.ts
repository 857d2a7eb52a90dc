import type { Item } from '../../../shared/domain/entities';
import { useMeetingStore } from '../../stores/meeting-store';

/**
 * Puts a saved item into the open meeting, so going back to it shows the saved text. The editors
 * keep their own state while open and are not reset by this.
 */
export function patchItem(item: Item): void {
  useMeetingStore.setState((state) =>
    state.meeting && state.meeting.id === item.meetingId
      ? { meeting: { ...state.meeting, items: state.meeting.items.map((i) => (i.id === item.id ? item : i)) } }
      : state,
  );
}
