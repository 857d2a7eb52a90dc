import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { MeetingSummary } from '../../shared/domain/entities';

export type View = 'meeting' | 'newMeeting' | 'settings';
export const settingsTabs = ['municipality', 'parties', 'people', 'committees', 'sections', 'standardItems', 'certificates', 'language'] as const;
export type SettingsTab = (typeof settingsTabs)[number];

/** What the secretary has selected. Persisted, so a reload (or a crash) loses nothing. */
export interface UiState {
  view: View;
  committeeId: number | null;
  meetingId: number | null;
  itemId: number | null;
  settingsTab: SettingsTab;
  /** The committee edited under Udvalg, Afsnitsskabelon and Standardpunkter. */
  settingsCommitteeId: number | null;
  /** The committee a new meeting is being created for. */
  newMeetingCommitteeId: number | null;
  /** The "Tilføj punkt" form is open (not persisted). */
  addingItem: boolean;
  setAddingItem(open: boolean): void;
  selectMeeting(committeeId: number, meetingId: number): void;
  selectCommittee(committeeId: number | null): void;
  selectItem(itemId: number | null): void;
  startNewMeeting(committeeId: number): void;
  openSettings(tab?: SettingsTab): void;
  setSettingsTab(tab: SettingsTab): void;
  setSettingsCommittee(committeeId: number | null): void;
  showMeeting(): void;
}

export const UI_STORAGE_KEY = 'dagsorden.ui';

export const useUiStore = create<UiState>()(
  persist(
    (set) => ({
      view: 'meeting',
      committeeId: null,
      meetingId: null,
      itemId: null,
      settingsTab: 'municipality',
      settingsCommitteeId: null,
      newMeetingCommitteeId: null,
      addingItem: false,
      setAddingItem: (addingItem) => set({ addingItem }),
      selectMeeting: (committeeId, meetingId) =>
        set((s) => ({ view: 'meeting', committeeId, meetingId, itemId: s.meetingId === meetingId ? s.itemId : null, addingItem: s.meetingId === meetingId && s.addingItem })),
      selectCommittee: (committeeId) => set({ view: 'meeting', committeeId, meetingId: null, itemId: null }),
      selectItem: (itemId) => set({ itemId }),
      startNewMeeting: (committeeId) => set({ view: 'newMeeting', newMeetingCommitteeId: committeeId }),
      openSettings: (tab) => set((s) => ({ view: 'settings', settingsTab: tab ?? s.settingsTab })),
      setSettingsTab: (settingsTab) => set({ settingsTab }),
      setSettingsCommittee: (settingsCommitteeId) => set({ settingsCommitteeId }),
      showMeeting: () => set({ view: 'meeting' }),
    }),
    {
      name: UI_STORAGE_KEY,
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: (s) => ({
        view: s.view,
        committeeId: s.committeeId,
        meetingId: s.meetingId,
        itemId: s.itemId,
        settingsTab: s.settingsTab,
        settingsCommitteeId: s.settingsCommitteeId,
        newMeetingCommitteeId: s.newMeetingCommitteeId,
      }),
    },
  ),
);

/**
 * The meeting to open when nothing is selected (a first start, or the remembered meeting is gone):
 * the nearest one on or after today, else the latest; a cancelled meeting only when there is no other.
 * `today` is the local date as YYYY-MM-DD.
 */
export function pickStartMeeting(meetings: readonly MeetingSummary[], today: string): MeetingSummary | null {
  const live = meetings.filter((m) => m.status !== 'cancelled');
  const pool = live.length > 0 ? live : meetings;
  const byDate = [...pool].sort((a, b) => a.date.localeCompare(b.date) || (a.startTime ?? '').localeCompare(b.startTime ?? '') || a.id - b.id);
  return byDate.find((m) => m.date >= today) ?? byDate.at(-1) ?? null;
}

/** The local calendar date, YYYY-MM-DD (not UTC: a secretary's "today" after midnight in Denmark is the new day). */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
