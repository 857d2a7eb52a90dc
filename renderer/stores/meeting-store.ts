import { create } from 'zustand';
import type { ApiArgs } from '../../shared/api/contract';
import type { ReleaseOutcome } from '../../shared/api/methods/meeting-lifecycle';
import type { ApprovalOutcome } from '../../shared/api/methods/protocol-approval';
import type { AttendanceEntry, AttachmentInfo, Item, MeetingDetail, MeetingSummary } from '../../shared/domain/entities';
import type { MeetingStatus } from '../../shared/domain/enums';
import { buildSnapshot } from '../../shared/logic/release-changes';
import { api } from '../api/api';
import { withAttachment, withItem, withItemMoved, withItemReplaced, withoutAttachment, withoutItem, withServerOrder } from './agenda-items';
import { useCommitteeStore } from './committee-store';
import { useUiStore } from './ui-store';
import { aliasItemId, currentItemId, isReplaying, useHistoryStore, type HistoryLabel } from './history-store';

const deleteTag = (id: number) => `delete:${id}`;

/** Records a change for Fortryd/Gentag (not while an undo or redo runs). */
function record(label: HistoryLabel, undo: () => Promise<unknown>, redo: () => Promise<unknown>, tag?: string): void {
  if (isReplaying()) return;
  useHistoryStore.getState().record({ label, undo: async () => void (await undo()), redo: async () => void (await redo()), ...(tag ? { tag } : {}) });
}

/** What deleteItem returns: the item as it was, its index, and the server's trash entry that puts it back. */
export interface DeletedItem {
  item: Item;
  index: number;
  trashId: number;
}

/** The open meeting with its agenda. */
export interface MeetingState {
  meeting: MeetingDetail | null;
  loadingId: number | null;
  /** A Danish message when the selected meeting could not be opened. */
  loadError: string | null;
  open(id: number | null): Promise<void>;
  /** Reads the whole meeting again (only where the server changes more than it returns: a new date's members). */
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
  /** Godkend referatet: the protocol check, the members' approvals and the chain (meetings:approve); the meeting is read again. */
  approve(args: ApiArgs<'meetings:approve'>): Promise<ApprovalOutcome>;
  /** Deletes a meeting that was never released; the open meeting closes if it was that one. */
  deleteMeeting(id: number): Promise<void>;
  /*
   * Agenda editing, one API call each: the item (or list) the API returns goes into the open
   * meeting; item numbers after an insert or delete come from shared/logic/renumber and the
   * sidebar's count is updated here. Nothing reads the whole meeting again.
   */
  createItem(args: ApiArgs<'items:create'>): Promise<Item>;
  /** Title, kind, case number, request, open/closed, public title; Fortryd sets back what changed. */
  updateItem(args: ApiArgs<'items:update'>): Promise<Item>;
  /** Renumbers at once (optimistic), then takes the server's order; on failure the old order returns. */
  moveItem(id: number, toIndex: number): Promise<void>;
  duplicateItem(id: number): Promise<Item>;
  /** Deletes; the server keeps the item whole (bilag, texts, record), so restoreItem puts it back in one step. */
  deleteItem(id: number): Promise<DeletedItem>;
  /** Undoes that delete (the toast's Fortryd) with one 'items:restore'; the history's entry for it is undone too. */
  restoreItem(deleted: DeletedItem): Promise<Item>;
  updateSection(args: ApiArgs<'sections:update'>): Promise<Item>;
  setPoints(args: ApiArgs<'points:set'>): Promise<Item>;
  setNotices(args: ApiArgs<'notices:set'>): Promise<Item>;
  /** Puts an item the API returned (by another path, e.g. an editor's own save) in place of the old one. */
  applyItem(item: Item): void;
  addAttachment(args: ApiArgs<'attachments:add'>): Promise<AttachmentInfo>;
  updateAttachment(args: ApiArgs<'attachments:update'>): Promise<AttachmentInfo>;
  moveAttachment(id: number, toIndex: number): Promise<void>;
  deleteAttachment(id: number): Promise<void>;
  /** Moves a bilag to another item of the meeting; both items come back renumbered and replace the old ones. */
  moveAttachmentToItem(id: number, itemId: number, toIndex?: number): Promise<void>;
  /*
   * The meeting's record (the meeting screen), one API call each: the roll call the API returns
   * goes into the open meeting, an item the API returns in place of the old one.
   */
  /** The roll call: present, afbud, absent, substitutes, came late and left early. */
  setAttendance(args: ApiArgs<'attendance:set'>): Promise<AttendanceEntry[]>;
  /** Presence on one item: left, arrived, absent, § 14, substitutes for the item only. */
  setItemAttendance(args: ApiArgs<'itemAttendance:set'>): Promise<Item>;
  /** All of an item's decisions with their votes, dissents and protocol notes. */
  setDecisions(args: ApiArgs<'decisions:set'>): Promise<Item>;
  /** A closed item's public extract, the presence lines written by hand. */
  updateItemRecord(args: ApiArgs<'itemRecord:update'>): Promise<Item>;
  /**
   * Puts the case on another committee's next meeting ("Anbefales over for …", "Oversendt til …");
   * that committee's meetings are listed again, so the sidebar counts the new item.
   */
  forwardItem(args: ApiArgs<'items:forward'>): Promise<{ item: Item; meeting: MeetingSummary | null }>;
}

/**
 * A deleted item's place in the server's trash, shared by the history entry that deleted it (undo
 * restores, redo deletes again) and the toast's Fortryd. `trashId` is null while the item is on the
 * agenda; `id` is its id there (a restored item gets a new one).
 */
interface TrashSlot {
  id: number;
  trashId: number | null;
}

export const useMeetingStore = create<MeetingState>()((set, get) => {
  /** The slots of items deleted since the meeting was opened, by the id each had when it was deleted. */
  const slots = new Map<number, TrashSlot>();
  /** Moves in flight: only the newest one's answer (or failure) may set the order. */
  let moveSeq = 0;
  /** The meeting being read, so the selection and the view asking for it make one request. */
  let opening: { id: number; done: Promise<void> } | null = null;

  /** A new agenda for the open meeting `meetingId` (none if another is open), and its count in the sidebar. */
  function setItems(meetingId: number, change: (items: readonly Item[], firstNumber: number) => Item[] | null): void {
    const meeting = get().meeting;
    if (meeting?.id !== meetingId) return;
    const items = change(meeting.items, meeting.firstItemNumber);
    if (!items) return;
    set({ meeting: { ...meeting, items, itemCount: items.length } });
    if (items.length !== meeting.items.length) useCommitteeStore.getState().setItemCount(meeting.committeeId, meeting.id, items.length);
  }

  const insertItem = (item: Item) => setItems(item.meetingId, (items, first) => withItem(items, item, first));
  const replaceItem = (item: Item) => setItems(item.meetingId, (items) => withItemReplaced(items, item));

  function setAttachments(itemId: number, change: (list: readonly AttachmentInfo[]) => AttachmentInfo[]): void {
    const item = get().meeting?.items.find((i) => i.id === itemId);
    if (item) replaceItem({ ...item, attachments: change(item.attachments) });
  }

  const itemHolding = (attachmentId: number) => get().meeting?.items.find((i) => i.attachments.some((a) => a.id === attachmentId));

  /** Into the server's trash: off the agenda, the gap closed. */
  async function trash(slot: TrashSlot): Promise<void> {
    const meetingId = get().meeting?.id;
    const { trashId } = await api().call('items:delete', { id: slot.id });
    slot.trashId = trashId;
    if (meetingId !== undefined) setItems(meetingId, (items, first) => withoutItem(items, slot.id, first));
  }

  /** Out of the trash in one call, with its bilag, texts and record; entries recorded for the old id follow it. */
  async function untrash(slot: TrashSlot): Promise<Item> {
    if (slot.trashId === null) {
      // Already back (Ctrl+Z came first, then the toast's Fortryd).
      const current = get().meeting?.items.find((i) => i.id === slot.id);
      if (!current) throw new Error('Punktet findes ikke længere på dagsordenen.');
      return current;
    }
    const item = await api().call('items:restore', { trashId: slot.trashId });
    slot.trashId = null;
    aliasItemId(slot.id, item.id);
    slot.id = item.id;
    insertItem(item);
    return item;
  }

  /** An added (or duplicated) item: undone by deleting it into the trash, redone by restoring it as it was then. */
  function recordAdded(item: Item): void {
    const slot: TrashSlot = { id: item.id, trashId: null };
    record(
      { key: 'added', values: { number: item.number } },
      () => trash(slot),
      () => untrash(slot),
    );
  }

  /** Reads the meeting selected; a slower answer for one no longer selected is dropped. */
  async function load(id: number | null): Promise<void> {
    // Fortryd/Gentag belong to one meeting.
    if (get().meeting?.id !== id) {
      useHistoryStore.getState().clear();
      slots.clear();
    }
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

  open(id) {
    // Asked twice for the meeting being opened (the selection, then the view): one request.
    if (id !== null && opening?.id === id && get().loadingId === id) return opening.done;
    const done = load(id);
    opening = id === null ? null : { id, done };
    return done;
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

  async approve(args) {
    const outcome = await api().call('meetings:approve', args);
    applySummary(outcome.meeting);
    // The approval adds the chain entry and freezes the record: the meeting is read as stored.
    if (get().meeting?.id === outcome.meeting.id) await get().reload();
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
    insertItem(item);
    recordAdded(item);
    return item;
  },

  async updateItem(args) {
    const before = get().meeting?.items.find((i) => i.id === args.id);
    const item = await api().call('items:update', args);
    replaceItem(item);
    if (before) {
      const inverse: ApiArgs<'items:update'> = { id: args.id };
      if (args.title !== undefined) inverse.title = before.title;
      if (args.kind !== undefined) inverse.kind = before.kind;
      if (args.isClosed !== undefined) inverse.isClosed = before.isClosed;
      if (args.publicTitle !== undefined) inverse.publicTitle = before.publicTitle;
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
    const seq = ++moveSeq;
    setItems(before.id, (items, first) => withItemMoved(items, id, toIndex, first));
    try {
      const items = await api().call('items:move', { id, toIndex });
      if (seq === moveSeq) setItems(before.id, (current) => withServerOrder(current, items));
      record(
        { key: 'moved', values: { number: moving.number } },
        () => get().moveItem(currentItemId(id), from),
        () => get().moveItem(currentItemId(id), toIndex),
      );
    } catch (error) {
      if (seq === moveSeq && get().meeting?.id === before.id) set({ meeting: before });
      throw error;
    }
  },

  async duplicateItem(id) {
    const item = await api().call('items:duplicate', { id });
    insertItem(item);
    recordAdded(item);
    return item;
  },

  async deleteItem(id) {
    const meeting = get().meeting;
    const index = meeting?.items.findIndex((i) => i.id === id) ?? -1;
    const item = meeting?.items[index];
    if (!meeting || !item) throw new Error('Punktet findes ikke længere på dagsordenen.');
    const slot: TrashSlot = { id, trashId: null };
    await trash(slot);
    slots.set(id, slot);
    record(
      { key: 'deleted', values: { number: item.number } },
      () => untrash(slot),
      () => trash(slot),
      deleteTag(id),
    );
    return { item, index, trashId: slot.trashId! };
  },

  async restoreItem(deleted) {
    const slot = slots.get(deleted.item.id) ?? { id: deleted.item.id, trashId: deleted.trashId };
    const restored = await untrash(slot);
    // Undone from the toast: the history's delete entry is undone too, and Gentag can delete again.
    if (!isReplaying()) useHistoryStore.getState().markUndone(deleteTag(deleted.item.id));
    return restored;
  },

  async updateSection(args) {
    const item = await api().call('sections:update', args);
    replaceItem(item);
    return item;
  },

  async setPoints(args) {
    const item = await api().call('points:set', args);
    replaceItem(item);
    return item;
  },

  async setNotices(args) {
    const item = await api().call('notices:set', args);
    replaceItem(item);
    return item;
  },

  applyItem: replaceItem,

  async addAttachment(args) {
    const info = await api().call('attachments:add', args);
    setAttachments(info.itemId, (list) => withAttachment(list, info));
    return info;
  },

  async updateAttachment(args) {
    const info = await api().call('attachments:update', args);
    setAttachments(info.itemId, (list) => withAttachment(list, info));
    return info;
  },

  async moveAttachment(id, toIndex) {
    const holder = itemHolding(id)?.id;
    const list = await api().call('attachments:move', { id, toIndex });
    const itemId = list[0]?.itemId ?? holder;
    if (itemId !== undefined) setAttachments(itemId, () => list);
  },

  async deleteAttachment(id) {
    const holder = itemHolding(id)?.id;
    await api().call('attachments:delete', { id });
    if (holder !== undefined) setAttachments(holder, (list) => withoutAttachment(list, id));
  },

  async moveAttachmentToItem(id, itemId, toIndex) {
    const { from, to } = await api().call('attachments:moveToItem', { id, itemId, ...(toIndex === undefined ? {} : { toIndex }) });
    replaceItem(from);
    replaceItem(to);
  },

  async setAttendance(args) {
    const attendance = await api().call('attendance:set', args);
    const meeting = get().meeting;
    if (meeting?.id === args.meetingId) set({ meeting: { ...meeting, attendance } });
    return attendance;
  },

  async setItemAttendance(args) {
    const item = await api().call('itemAttendance:set', args);
    replaceItem(item);
    return item;
  },

  async setDecisions(args) {
    const item = await api().call('decisions:set', args);
    replaceItem(item);
    return item;
  },

  async updateItemRecord(args) {
    const item = await api().call('itemRecord:update', args);
    replaceItem(item);
    return item;
  },

  async forwardItem(args) {
    const { item, meetingId } = await api().call('items:forward', args);
    const meetings = await useCommitteeStore.getState().loadMeetings(args.committeeId).catch(() => []);
    return { item, meeting: meetings.find((m) => m.id === meetingId) ?? null };
  },
};
});

/**
 * A meeting chosen (the sidebar, the first start) is read at once, from the selection itself: the
 * request then runs while React renders the switch instead of after it (MeetingView's open() joins it).
 */
useUiStore.subscribe((ui, before) => {
  if (ui.view !== 'meeting' || ui.meetingId === null || ui.meetingId === before.meetingId) return;
  const { meeting, open } = useMeetingStore.getState();
  if (meeting?.id !== ui.meetingId) void open(ui.meetingId);
});
