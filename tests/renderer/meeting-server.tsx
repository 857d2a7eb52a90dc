import { render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import type { AttachmentInfo, Item, MeetingDetail } from '../../shared/domain/entities';
import { setApiTransport } from '../../renderer/api/api';
import { MeetingView } from '../../renderer/components/meeting/MeetingView';
import { createI18n } from '../../renderer/i18n/i18n';
import { useHistoryStore } from '../../renderer/stores/history-store';
import { useMeetingStore } from '../../renderer/stores/meeting-store';
import { useUiStore } from '../../renderer/stores/ui-store';
import { fakeTransport, type FakeHandlers, type FakeTransport } from './fake-transport';

/** An ordinary open item of meeting 1 with nothing in it but what `extra` gives. */
export function item(id: number, number: number, title: string, extra: Partial<Item> = {}): Item {
  return {
    id, meetingId: 1, number, position: number - 1, title, isClosed: false, kind: 'ordinary', publicTitle: null, caseNumber: null, caseTitle: null,
    sections: [], points: [], notices: [], priorDecisions: [], request: null, attachments: [], attendance: [], substitutes: [], decisions: [], publicExtract: null, presenceOverride: null,
    ...extra,
  };
}

export const paragraph = (text: string) => ({ type: 'doc' as const, content: [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text }] }] });

export interface MeetingServer {
  meeting: MeetingDetail;
  fake: FakeTransport;
}

/** A bilag record as the API returns it (a PDF of two pages). */
export function bilag(id: number, itemId: number, number: number, title: string): AttachmentInfo {
  return {
    id, itemId, number, title, fileName: `${title}.pdf`, mediaType: 'application/pdf', sha256: String(id).padStart(64, '0'), size: 10,
    distribution: 'distributed', isClosed: false, pageCount: 2,
  };
}

/**
 * An in-memory meeting (meeting 1 of Økonomiudvalget, committee 1) behind the fake transport, numbering items and
 * bilag the way the service does. It answers meetings:get/list, items:create/update/duplicate/delete/restore/move
 * (delete keeps the item whole in a trash, restore puts it back with its bilag), sections:update, points:set,
 * attachments:add/update/move/moveToItem/delete, and the record: attendance:set, itemAttendance:set, decisions:set,
 * itemRecord:update, houseStyle:get/update (stored as given, no checks); `more` adds or replaces handlers, given the meeting and a lookup
 * that throws for an unknown item.
 */
export function meetingServer(
  items: Item[],
  more: (server: { meeting: MeetingDetail; find: (id: number) => Item }) => FakeHandlers = () => ({}),
): MeetingServer {
  const meeting: MeetingDetail = {
    id: 1, committeeId: 1, committeeName: 'Økonomiudvalget', date: '2026-12-02', startTime: '15:00', endTime: null, place: 'Byrådssalen',
    kind: 'ordinary', status: 'planned', itemCount: items.length, firstItemNumber: 1, cancelReason: null, agendaVersion: null, agendaSnapshot: null, protocol: { approvalRule: 'all_present', approvals: [], addenda: [], entries: [] }, attendance: [], members: [],
    items,
  };
  let nextId = 100;
  let nextTrashId = 1;
  let nextBilagId = 500;
  let nextRecordId = 900;
  const houseStyle = { recommendationLead: 'Forvaltningen foreslår, at', decisionHeadingColon: true };
  const trash = new Map<number, { item: Item; index: number }>();
  const renumber = () => {
    meeting.items.forEach((it, i) => Object.assign(it, { number: i + 1, position: i }));
    meeting.itemCount = meeting.items.length;
  };
  const renumberBilag = (target: Item) => target.attachments.forEach((a, i) => Object.assign(a, { number: i + 1, itemId: target.id }));
  const find = (id: number) => {
    const found = meeting.items.find((i) => i.id === id);
    if (!found) throw new Error(`no item ${id}`);
    return found;
  };
  const holderOf = (bilagId: number) => {
    const holder = meeting.items.find((i) => i.attachments.some((a) => a.id === bilagId));
    if (!holder) throw new Error(`no bilag ${bilagId}`);
    return holder;
  };
  const fake = fakeTransport({
    'meetings:get': () => structuredClone(meeting),
    'meetings:list': () => [],
    'items:create': (input) => {
      const created = item(nextId++, 0, input.title, { kind: input.kind ?? 'ordinary', isClosed: input.isClosed ?? false, caseNumber: input.caseNumber ?? null });
      meeting.items.splice(input.atIndex ?? meeting.items.length, 0, created);
      renumber();
      return structuredClone(created);
    },
    'items:update': (input) => {
      const target = find(input.id);
      for (const key of ['title', 'kind', 'isClosed', 'publicTitle', 'caseNumber'] as const) {
        if (input[key] !== undefined) Object.assign(target, { [key]: input[key] });
      }
      return structuredClone(target);
    },
    'items:duplicate': ({ id }) => {
      const source = find(id);
      const copy = { ...structuredClone(source), id: nextId++, title: `${source.title} (kopi)`, caseNumber: null };
      meeting.items.splice(meeting.items.indexOf(source) + 1, 0, copy);
      renumber();
      return structuredClone(copy);
    },
    'items:delete': ({ id }) => {
      const index = meeting.items.findIndex((i) => i.id === id);
      trash.set(nextTrashId, { item: structuredClone(find(id)), index });
      meeting.items = meeting.items.filter((i) => i.id !== id);
      renumber();
      return { trashId: nextTrashId++ };
    },
    'items:restore': ({ trashId }) => {
      const deleted = trash.get(trashId);
      if (!deleted) throw new Error('Punktet kan ikke gendannes.');
      trash.delete(trashId);
      const restored = { ...deleted.item, id: nextId++ };
      restored.attachments.forEach((a) => Object.assign(a, { id: nextBilagId++ }));
      renumberBilag(restored);
      meeting.items.splice(Math.min(deleted.index, meeting.items.length), 0, restored);
      renumber();
      return structuredClone(restored);
    },
    'points:set': (input) => {
      const target = find(input.itemId);
      target.points = input.points.map((p, i) => ({ id: 50 + i, number: i + 1, text: p.text, decisionAuthority: p.decisionAuthority ?? null }));
      return structuredClone(target);
    },
    'attachments:add': (input) => {
      const target = find(input.itemId);
      const added = { ...bilag(nextBilagId++, target.id, target.attachments.length + 1, input.title ?? input.fileName), fileName: input.fileName };
      target.attachments.push(added);
      return structuredClone(added);
    },
    'attachments:update': (input) => {
      const target = holderOf(input.id).attachments.find((a) => a.id === input.id)!;
      for (const key of ['title', 'distribution', 'isClosed'] as const) if (input[key] !== undefined) Object.assign(target, { [key]: input[key] });
      return structuredClone(target);
    },
    'attachments:move': ({ id, toIndex }) => {
      const holder = holderOf(id);
      const moving = holder.attachments.find((a) => a.id === id)!;
      holder.attachments = holder.attachments.filter((a) => a.id !== id);
      holder.attachments.splice(toIndex, 0, moving);
      renumberBilag(holder);
      return structuredClone(holder.attachments);
    },
    'attachments:moveToItem': ({ id, itemId, toIndex }) => {
      const from = holderOf(id);
      const to = find(itemId);
      const moving = from.attachments.find((a) => a.id === id)!;
      from.attachments = from.attachments.filter((a) => a.id !== id);
      to.attachments.splice(toIndex ?? to.attachments.length, 0, moving);
      renumberBilag(from);
      renumberBilag(to);
      return { from: structuredClone(from), to: structuredClone(to) };
    },
    'attachments:delete': ({ id }) => {
      const holder = holderOf(id);
      holder.attachments = holder.attachments.filter((a) => a.id !== id);
      renumberBilag(holder);
    },
    'sections:update': (input) => {
      const target = find(input.itemId);
      target.sections = [{ key: input.key, heading: 'Resume', content: input.content }];
      return structuredClone(target);
    },
    // The meeting's record (the meeting screen): stored as given, ids numbered like the service's.
    'attendance:set': ({ entries }) => {
      meeting.attendance = structuredClone(entries);
      return structuredClone(meeting.attendance);
    },
    'itemAttendance:set': ({ itemId, entries, substitutes }) => {
      const target = find(itemId);
      target.attendance = structuredClone(entries);
      target.substitutes = structuredClone(substitutes);
      return structuredClone(target);
    },
    'decisions:set': ({ itemId, decisions }) => {
      const target = find(itemId);
      target.decisions = decisions.map((d) => ({
        ...structuredClone(d),
        id: nextRecordId++,
        notes: d.notes.map((n) => ({ ...n, id: nextRecordId++ })),
        rounds: d.rounds.map((r) => ({
          id: nextRecordId++, subject: r.subject, mode: r.mode,
          votes: r.votes.map((v) => ('personId' in v ? { personId: v.personId, partyId: null, choice: v.choice, count: 1 } : { personId: null, partyId: v.partyId, choice: v.choice, count: v.count })),
          dissents: r.dissents.map((x) => ({ ...x, id: nextRecordId++ })),
        })),
      }));
      return structuredClone(target);
    },
    'itemRecord:update': ({ itemId, publicExtract, presenceOverride }) => {
      const target = find(itemId);
      if (publicExtract !== undefined) target.publicExtract = publicExtract;
      if (presenceOverride !== undefined) target.presenceOverride = presenceOverride;
      return structuredClone(target);
    },
    'houseStyle:get': () => structuredClone(houseStyle),
    'houseStyle:update': (input) => Object.assign(houseStyle, input),
    'items:move': ({ id, toIndex }) => {
      const moving = find(id);
      meeting.items = meeting.items.filter((i) => i.id !== id);
      meeting.items.splice(toIndex, 0, moving);
      renumber();
      return meeting.items.map(({ id: itemId, position, number }) => ({ id: itemId, position, number }));
    },
    ...more({ meeting, find }),
  });
  return { meeting, fake };
}

/** Puts the API on the server and opens its meeting with `itemId` selected: fresh localStorage and an empty history. */
export async function openMeeting(server: MeetingServer, itemId: number): Promise<void> {
  localStorage.clear();
  setApiTransport(server.fake.transport);
  useUiStore.setState({ view: 'meeting', committeeId: 1, meetingId: 1, itemId, addingItem: false });
  useMeetingStore.setState({ meeting: null, loadingId: null, loadError: null });
  useHistoryStore.getState().clear();
  await useMeetingStore.getState().open(1);
}

/** The opened meeting's view, in Danish. */
export function renderMeeting() {
  return render(
    <I18nextProvider i18n={createI18n('da')}>
      <MeetingView meetingId={1} />
    </I18nextProvider>,
  );
}
