import { create } from 'zustand';
import type { ApiArgs } from '../../shared/api/contract';
import type { Item, MeetingDetail } from '../../shared/domain/entities';
import { api } from '../api/api';
import { useCommitteeStore } from './committee-store';

/** The open meeting with its agenda. */
export interface MeetingState {
  meeting: MeetingDetail | null;
  loadingId: number | null;
  /** A Danish message when the selected meeting could not be opened. */
  loadError: string | null;
  open(id: number | null): Promise<void>;
  reload(): Promise<void>;
  createMeeting(args: ApiArgs<'meetings:create'>): Promise<MeetingDetail>;
  createItem(args: ApiArgs<'items:create'>): Promise<Item>;
}

export const useMeetingStore = create<MeetingState>()((set, get) => ({
  meeting: null,
  loadingId: null,
  loadError: null,

  async open(id) {
    if (id === null) {
      set({ meeting: null, loadingId: null, loadError: null });
      return;
    }
    set({ loadingId: id, loadError: null });
    try {
      const meeting = await api().call('meetings:get', { id });
      // A slower answer for a meeting no longer selected must not replace the current one.
      if (get().loadingId === id) set({ meeting, loadingId: null });
    } catch (error) {
      if (get().loadingId === id) set({ meeting: null, loadingId: null, loadError: error instanceof Error ? error.message : String(error) });
    }
  },

  async reload() {
    const current = get().meeting;
    if (current) set({ meeting: await api().call('meetings:get', { id: current.id }) });
  },

  async createMeeting(args) {
    const meeting = await api().call('meetings:create', args);
    set({ meeting, loadError: null });
    await useCommitteeStore.getState().loadMeetings(args.committeeId);
    return meeting;
  },

  async createItem(args) {
    const item = await api().call('items:create', args);
    const meeting = await api().call('meetings:get', { id: args.meetingId });
    set({ meeting });
    await useCommitteeStore.getState().loadMeetings(meeting.committeeId);
    return item;
  },
}));
