import { create } from 'zustand';
import type { ApiArgs } from '../../shared/api/contract';
import type { Committee, CommitteeDetail, Membership, MeetingSummary, SectionTemplateEntry, StandardItem } from '../../shared/domain/entities';
import { api } from '../api/api';

/** Committees, their details (members, template, standard items) and each committee's meetings. */
export interface CommitteeState {
  loaded: boolean;
  committees: Committee[];
  details: Record<number, CommitteeDetail>;
  meetings: Record<number, MeetingSummary[]>;
  load(): Promise<void>;
  loadDetail(id: number): Promise<CommitteeDetail>;
  loadMeetings(committeeId: number): Promise<MeetingSummary[]>;
  /** Puts a meeting the API returned into its committee's list (in the list's order), without asking again. */
  applyMeeting(meeting: MeetingSummary): void;
  /** Takes a deleted meeting out of its committee's list. */
  removeMeeting(committeeId: number, meetingId: number): void;
  /** The sidebar's item count after an item was added, deleted or restored in the open meeting (no list call). */
  setItemCount(committeeId: number, meetingId: number, itemCount: number): void;
  create(args: ApiArgs<'committees:create'>): Promise<CommitteeDetail>;
  update(args: ApiArgs<'committees:update'>): Promise<CommitteeDetail>;
  addMembership(args: ApiArgs<'memberships:add'>): Promise<Membership>;
  removeMembership(committeeId: number, membershipId: number): Promise<void>;
  /** A member's role, voting right or period changes (a new period is not a new membership). */
  updateMembership(committeeId: number, args: ApiArgs<'memberships:update'>): Promise<Membership>;
  setSectionTemplate(committeeId: number, sections: SectionTemplateEntry[]): Promise<CommitteeDetail>;
  setStandardItems(committeeId: number, items: StandardItem[]): Promise<CommitteeDetail>;
}

export const useCommitteeStore = create<CommitteeState>()((set, get) => {
  const keepDetail = (detail: CommitteeDetail) => set({ details: { ...get().details, [detail.id]: detail } });
  const refreshList = async () => set({ committees: await api().call('committees:list', {}) });

  return {
    loaded: false,
    committees: [],
    details: {},
    meetings: {},

    async load() {
      const [committees, meetings] = await Promise.all([api().call('committees:list', {}), api().call('meetings:list', {})]);
      const byCommittee: Record<number, MeetingSummary[]> = {};
      for (const c of committees) byCommittee[c.id] = [];
      for (const m of meetings) (byCommittee[m.committeeId] ??= []).push(m);
      set({ loaded: true, committees, meetings: byCommittee });
    },

    async loadDetail(id) {
      const detail = await api().call('committees:get', { id });
      keepDetail(detail);
      return detail;
    },

    async loadMeetings(committeeId) {
      const list = await api().call('meetings:list', { committeeId });
      set({ meetings: { ...get().meetings, [committeeId]: list } });
      return list;
    },

    applyMeeting(meeting) {
      const others = (get().meetings[meeting.committeeId] ?? []).filter((m) => m.id !== meeting.id);
      set({ meetings: { ...get().meetings, [meeting.committeeId]: [...others, meeting].sort(newestFirst) } });
    },

    removeMeeting(committeeId, meetingId) {
      const list = get().meetings[committeeId];
      if (list) set({ meetings: { ...get().meetings, [committeeId]: list.filter((m) => m.id !== meetingId) } });
    },

    setItemCount(committeeId, meetingId, itemCount) {
      const list = get().meetings[committeeId];
      if (!list?.some((m) => m.id === meetingId && m.itemCount !== itemCount)) return;
      set({ meetings: { ...get().meetings, [committeeId]: list.map((m) => (m.id === meetingId ? { ...m, itemCount } : m)) } });
    },

    async create(args) {
      const detail = await api().call('committees:create', args);
      keepDetail(detail);
      set({ meetings: { ...get().meetings, [detail.id]: [] } });
      await refreshList();
      return detail;
    },

    async update(args) {
      const detail = await api().call('committees:update', args);
      keepDetail(detail);
      await refreshList();
      return detail;
    },

    async addMembership(args) {
      const membership = await api().call('memberships:add', args);
      await get().loadDetail(args.committeeId);
      return membership;
    },

    async updateMembership(committeeId, args) {
      const membership = await api().call('memberships:update', args);
      const detail = get().details[committeeId];
      if (detail) keepDetail({ ...detail, memberships: detail.memberships.map((m) => (m.id === membership.id ? membership : m)) });
      return membership;
    },

    async removeMembership(committeeId, membershipId) {
      await api().call('memberships:remove', { id: membershipId });
      await get().loadDetail(committeeId);
    },

    async setSectionTemplate(committeeId, sections) {
      const detail = await api().call('committees:setSectionTemplate', { committeeId, sections });
      keepDetail(detail);
      return detail;
    },

    async setStandardItems(committeeId, items) {
      const detail = await api().call('committees:setStandardItems', { committeeId, items });
      keepDetail(detail);
      return detail;
    },
  };
});

/** The order meetings:list gives: newest date first, then the later start (none last), then the newer id. */
function newestFirst(a: MeetingSummary, b: MeetingSummary): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1;
  if (a.startTime !== b.startTime) {
    if (a.startTime === null) return 1;
    if (b.startTime === null) return -1;
    return a.startTime < b.startTime ? 1 : -1;
  }
  return b.id - a.id;
}
