import { create } from 'zustand';

/**
 * What the last step did ("Mødet er aflyst."), said by a polite live region in the sidebar, which
 * stays when the meeting view goes (a deleted meeting). `at` makes the same words count again.
 */
export const useStepAnnouncement = create<{ message: string; at: number; announce(message: string): void }>()((set) => ({
  message: '',
  at: 0,
  announce: (message) => set({ message, at: Date.now() }),
}));
