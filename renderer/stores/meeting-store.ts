import { create } from 'zustand';
import type { ApiArgs } from '../../shared/api/contract';
import type { ReleaseOutcome } from '../../shared/api/methods/meeting-lifecycle';
import type { AttachmentInfo, Item, MeetingDetail, MeetingSummary } from '../../shared/domain/entities';
import type { MeetingStatus } from '../../shared/domain/enums';
import { buildSnapshot } from '../../shared/logic/release-changes';
import { api } from '../api/api';
import { useCommitteeStore } from './committee-store';
import { aliasItemId, currentItemId, isReplaying, useHistoryStore, type HistoryLabel } from './history-store';

const deleteTag = (id: number) => `delete:${id}`;

/** Records a change for Fortryd/Gentag (not while an undo or redo runs). */
function record(label: HistoryLabel, undo: () => Promise<unknown>, redo: () => Promise<unknown>, tag?: string): void {
  if (isReplaying()) return;
  useHistoryStore.getState().record({ label, undo: async () => void (await undo()), redo: async () => void (await redo()), ...(tag ? { tag } : {}) });
}

/** The open meeting with its agenda. */
export interface MeetingState {
  meeting: MeetingDetail | null;
  loadingId: number | null;
  /** A Danish message when the selected meeting could not be opened. */
  loadError: string | null;
  open(id: number | null): Promise<void>;
  reload(): Promise<void>;
  createMeeting(args: ApiArgs<'meetings:create'>): Promise<MeetingDetail>;
  /**
   * The meeting's own steps (shared/logic/lifecycle says when each is allowed). Each applies the
   * meeting the API returns to the open meeting and to the sidebar's list, without reading the meeting again.
   */
  updateMeeting(args: ApiArgs<'meetings:update'>): Promise<MeetingSummary>;
  /** Afholdt, back to dagsorden udsendt, referat godkendt (releasing and cancelling have their own steps). */
  setStatus(id: number, status: MeetingStatus): Promise<MeetingSummary>;
  cancel(id: number, reason: string): Promise<MeetingSummary>;
  reinstate(id: number): Promise<MeetingSummary>;
  /** Udsendelse: the checks, both editions as the next version, the status. */
  release(args: ApiArgs<'meetings:release'>): Promise<ReleaseOutcome>;
  /** Deletes a meeting that was never released; the open meeting closes if it was that one. */
  deleteMeeting(id: number): Promise<void>;
  createItem(args: ApiArgs<'items:create'>): Promise<Item>;
  /** Agenda editing (renderer/components/agenda): each refreshes the meeting from the server. */
  updateItem(args: ApiArgs<'items:update'>): Promise<Item>;
  /** Renumbers at once (optimistic), then takes the server's order; on failure the old order returns. */
  moveItem(id: number, toIndex: number): Promise<void>;
  duplicateItem(id: number): Promise<Item>;
  /** Deletes and returns the deleted item with its index, so an undo can re-create it. */
  deleteItem(id: number): Promise<{ item: Item; index: number }>;
  /** Re-creates a deleted item from its data (bilag cannot come back this way). */
  restoreItem(item: Item, index: number): Promise<Item>;
  addAttachment(args: ApiArgs<'attachments:add'>): Promise<AttachmentInfo>;
  updateAttachment(args: ApiArgs<'attachments:update'>): Promise<AttachmentInfo>;
  moveAttachment(id: number, toIndex: number): Promise<void>;
  deleteAttachment(id: number): Promise<void>;
  /** Moves a bilag to another item of the meeting; both items come back renumbered and replace the old ones. */
  moveAttachmentToItem(id: number, itemId: number, toIndex?: number): Promise<void>;
}

/** The agenda in a new order, numbered from the meeting's first number. */
export function renumbered(meeting: MeetingDetail, items: readonly Item[]): MeetingDetail {
  return { ...meeting, items: items.map((item, index) => ({ ...item, position: index, number: meeting.firstItemNumber + index })) };
}

export const useMeetingStore = create<MeetingState>()((set, get) => {
  /** An added (or duplicated) item: undone by deleting it; redone by re-creating it with what it held then. */
  function recordAdded(item: Item): void {
    let removed: { item: Item; index: number } | null = null;
    record(
      { key: 'added', values: { number: item.number } },
      async () => {
        const id = currentItemId(item.id);
        const meeting = get().meeting;
        const index = meeting?.items.findIndex((i) => i.id === id) ?? -1;
        const current = meeting?.items[index];
        if (!meeting || !current) throw new Error('Punktet findes ikke længere på dagsordenen.');
        await api().call('items:delete', { id });
        await get().reload();
        removed = { item: current, index };
      },
      async () => {
        if (!removed) return;
        const created = await get().restoreItem(removed.item, removed.index);
        aliasItemId(item.id, created.id);
      },
    );
  }

  /** A meeting the API returned: into the open meeting (its agenda stays) and into the sidebar's list. */
  function applySummary(summary: MeetingSummary, extra: Partial<MeetingDetail> = {}): void {
    const current = get().meeting;
    if (current?.id === summary.id) set({ meeting: { ...current, ...summary, ...extra } });
    useCommitteeStore.getState().applyMeeting(summary);
  }

  return {
  meeting: null,
  loadingId: null,
  loadError: null,

  async open(id) {
    // Fortryd/Gentag belong to one meeting.
    if (get().meeting?.id !== id) useHistoryStore.getState().clear();
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

  async updateMeeting(args) {
    const before = get().meeting;
    const summary = await api().call('meetings:update', args);
    applySummary(summary);
    // The members listed are those of the committee on the meeting's date: a new date may change them.
    if (before?.id === summary.id && before.date !== summary.date) await get().reload();
    return summary;
  },

  async setStatus(id, status) {
    const summary = await api().call('meetings:setStatus', { id, status });
    applySummary(summary);
    return summary;
  },

  async cancel(id, reason) {
    const summary = await api().call('meetings:cancel', { id, reason });
    applySummary(summary);
    return summary;
  },

  async reinstate(id) {
    const summary = await api().call('meetings:reinstate', { id });
    applySummary(summary);
    return summary;
  },

  async release(args) {
    const outcome = await api().call('meetings:release', args);
    const current = get().meeting;
    // The release printed the agenda as it stands: that is now what "changed since release" compares with.
    applySummary(outcome.meeting, current?.id === outcome.meeting.id ? { agendaSnapshot: buildSnapshot(current) } : {});
    return outcome;
  },

  async deleteMeeting(id) {
    await api().call('meetings:delete', { id });
    if (get().meeting?.id === id) {
      useHistoryStore.getState().clear();
      set({ meeting: null, loadingId: null, loadError: null });
    }
    const { meetings, removeMeeting } = useCommitteeStore.getState();
    for (const [committeeId, list] of Object.entries(meetings)) if (list.some((m) => m.id === id)) removeMeeting(Number(committeeId), id);
  },

  async createItem(args) {
    const item = await api().call('items:create', args);
    const meeting = await api().call('meetings:get', { id: args.meetingId });
    set({ meeting });
    await useCommitteeStore.getState().loadMeetings(meeting.committeeId);
    recordAdded(item);
    return item;
  },

  async updateItem(args) {
    const before = get().meeting?.items.find((i) => i.id === args.id);
    const item = await api().call('items:update', args);
    await get().reload();
    if (before) {
      const inverse: ApiArgs<'items:update'> = { id: args.id };
      if (args.title !== undefined) inverse.title = before.title;
      if (args.kind !== undefined) inverse.kind = before.kind;
      if (args.isClosed !== undefined) inverse.isClosed = before.isClosed;
      if (args.caseNumber !== undefined) inverse.caseNumber = before.caseNumber;
      if (args.request !== undefined) {
        const r = before.request;
        inverse.request = r ? { personId: r.personId, requestedOn: r.requestedOn, text: r.text } : null;
      }
      const onlyClosed = Object.keys(args).length === 2 && args.isClosed !== undefined;
      const label: HistoryLabel = {
        key: onlyClosed ? (args.isClosed ? 'closed' : 'opened') : 'updated',
        values: { number: before.number },
      };
      record(
        label,
        () => get().updateItem({ ...inverse, id: currentItemId(args.id) }),
        () => get().updateItem({ ...args, id: currentItemId(args.id) }),
      );
    }
    return item;
  },

  async moveItem(id, toIndex) {
    const before = get().meeting;
    if (!before) return;
    const from = before.items.findIndex((i) => i.id === id);
    const moving = before.items[from];
    if (!moving) return;
    const order = before.items.filter((i) => i.id !== id);
    order.splice(Math.max(0, Math.min(toIndex, order.length)), 0, moving);
    set({ meeting: renumbered(before, order) });
    try {
      const items = await api().call('items:move', { id, toIndex });
      const current = get().meeting;
      if (current?.id === before.id) set({ meeting: { ...current, items } });
      record(
        { key: 'moved', values: { number: moving.number } },
        () => get().moveItem(currentItemId(id), from),
        () => get().moveItem(currentItemId(id), toIndex),
      );
    } catch (error) {
      if (get().meeting?.id === before.id) set({ meeting: before });
      throw error;
    }
  },

  async duplicateItem(id) {
    const item = await api().call('items:duplicate', { id });
    await get().reload();
    recordAdded(item);
    return item;
  },

  async deleteItem(id) {
    const meeting = get().meeting;
    const index = meeting?.items.findIndex((i) => i.id === id) ?? -1;
    const item = meeting?.items[index];
    if (!meeting || !item) throw new Error('Punktet findes ikke længere på dagsordenen.');
    await api().call('items:delete', { id });
    await get().reload();
    await useCommitteeStore.getState().loadMeetings(meeting.committeeId).catch(() => undefined);
    record(
      { key: 'deleted', values: { number: item.number } },
      () => get().restoreItem(item, index),
      () => get().deleteItem(currentItemId(item.id)),
      deleteTag(item.id),
    );
    return { item, index };
  },

  async restoreItem(old, index) {
    const { request } = old;
    const created = await api().call('items:create', {
      meetingId: old.meetingId, title: old.title, kind: old.kind, isClosed: old.isClosed, caseNumber: old.caseNumber, atIndex: index,
      request: request ? { personId: request.personId, requestedOn: request.requestedOn, text: request.text } : null,
    });
    for (const section of old.sections) {
      if (section.content.content.length > 0) await api().call('sections:update', { itemId: created.id, key: section.key, content: section.content });
    }
    if (old.points.length > 0) {
      await api().call('points:set', { itemId: created.id, points: old.points.map((p) => ({ text: p.text, decisionAuthority: p.decisionAuthority })) });
    }
    if (old.notices.length > 0) {
      await api().call('notices:set', { itemId: created.id, notices: old.notices.map((n) => ({ title: n.title, content: n.content })) });
    }
    await get().reload();
    const committeeId = get().meeting?.committeeId;
    if (committeeId !== undefined) await useCommitteeStore.getState().loadMeetings(committeeId).catch(() => undefined);
    aliasItemId(old.id, created.id);
    // Undone from the toast: the history's delete entry is undone too, and Gentag can delete again.
    if (!isReplaying()) useHistoryStore.getState().markUndone(deleteTag(old.id));
    return created;
  },

  async addAttachment(args) {
    const info = await api().call('attachments:add', args);
    await get().reload();
    return info;
  },

  async updateAttachment(args) {
    const info = await api().call('attachments:update', args);
    await get().reload();
    return info;
  },

  async moveAttachment(id, toIndex) {
    await api().call('attachments:move', { id, toIndex });
    await get().reload();
  },

  async moveAttachmentToItem(id, itemId, toIndex) {
    const { from, to } = await api().call('attachments:moveToItem', { id, itemId, ...(toIndex === undefined ? {} : { toIndex }) });
    const meeting = get().meeting;
    if (meeting) set({ meeting: { ...meeting, items: meeting.items.map((i) => (i.id === from.id ? from : i.id === to.id ? to : i)) } });
  },

  async deleteAttachment(id) {
    await api().call('attachments:delete', { id });
    await get().reload();
  },
};
});
