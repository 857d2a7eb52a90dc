import { useCallback } from 'react';
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { MeetingStatus } from '../../../../shared/domain/enums';
import { approvalStage } from '../../../../shared/logic/approval';
import { mayChange } from '../../../../shared/logic/lifecycle';

export type MeetingMode = 'agenda' | 'conduct' | 'approval';
/** What the meeting screen shows on the right: the roll call, or an item's record. */
export type ConductView = 'rollCall' | 'item';

/**
 * The meeting screen ("Mødet") is there once the record may change (a released or held meeting,
 * by shared/logic/lifecycle) and stays, read-only, after the minutes are approved.
 */
export function conductAvailable(status: MeetingStatus): boolean {
  return mayChange(status, 'record').allowed || status === 'minutes_approved';
}

/** "Godkendelse": once the meeting is held, for the members' approvals, then the addenda and the chain. */
export function approvalAvailable(status: MeetingStatus): boolean {
  const stage = approvalStage(status);
  return stage === 'collecting' || stage === 'approved';
}

/** The tabs a meeting's header offers for its status (none when the agenda is all there is). */
export function meetingModes(status: MeetingStatus): MeetingMode[] {
  if (!conductAvailable(status)) return [];
  return approvalAvailable(status) ? ['agenda', 'conduct', 'approval'] : ['agenda', 'conduct'];
}

interface MeetingModeState {
  /** Per meeting: the mode last chosen and what the meeting screen showed; kept over a reload. */
  byMeeting: Record<number, { mode: MeetingMode; view: ConductView }>;
  setMode(meetingId: number, mode: MeetingMode): void;
  setView(meetingId: number, view: ConductView): void;
}

export const MEETING_MODE_STORAGE_KEY = 'dagsorden.meetingMode';

export const useMeetingModeStore = create<MeetingModeState>()(
  persist(
    (set) => ({
      byMeeting: {},
      setMode: (meetingId, mode) => set((s) => ({ byMeeting: { ...s.byMeeting, [meetingId]: { view: 'rollCall', ...s.byMeeting[meetingId], mode } } })),
      setView: (meetingId, view) => set((s) => ({ byMeeting: { ...s.byMeeting, [meetingId]: { mode: 'conduct', ...s.byMeeting[meetingId], view } } })),
    }),
    { name: MEETING_MODE_STORAGE_KEY, version: 1, storage: createJSONStorage(() => localStorage), partialize: (s) => ({ byMeeting: s.byMeeting }) },
  ),
);

/** The mode shown for a meeting: the one chosen when its status offers it, else the agenda. */
export function useMeetingMode(meetingId: number, status: MeetingStatus): [MeetingMode, (mode: MeetingMode) => void] {
  const chosen = useMeetingModeStore((s) => s.byMeeting[meetingId]?.mode ?? 'agenda');
  const setMode = useMeetingModeStore((s) => s.setMode);
  const mode = meetingModes(status).includes(chosen) ? chosen : 'agenda';
  // Stable, so the memoized header does not render again with every agenda render.
  const set = useCallback((next: MeetingMode) => setMode(meetingId, next), [meetingId, setMode]);
  return [mode, set];
}
