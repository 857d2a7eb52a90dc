import { render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import type { Item, MeetingDetail } from '../../shared/domain/entities';
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
    sections: [], points: [], notices: [], priorDecisions: [], request: null, attachments: [], attendance: [], decisions: [], protocolNotes: [],
    ...extra,
  };
}

export const paragraph = (text: string) => ({ type: 'doc' as const, content: [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text }] }] });

export interface MeetingServer {
  meeting: MeetingDetail;
  fake: FakeTransport;
}

/**
 * An in-memory meeting (meeting 1 of Økonomiudvalget, committee 1) behind the fake transport, numbering items the way
 * the service does. It answers meetings:get/list and items:create/delete/move and sections:update; `more` adds
 * handlers for what a test needs beyond that, given the meeting and a lookup that throws for an unknown item.
 */
export function meetingServer(
  items: Item[],
  more: (server: { meeting: MeetingDetail; find: (id: number) => Item }) => FakeHandlers = () => ({}),
): MeetingServer {
  const meeting: MeetingDetail = {
    id: 1, committeeId: 1, committeeName: 'Økonomiudvalget', date: '2026-12-02', startTime: '15:00', endTime: null, place: 'Byrådssalen',
    kind: 'ordinary', status: 'planned', itemCount: items.length, firstItemNumber: 1, cancelReason: null, agendaVersion: null, agendaSnapshot: null, attendance: [], members: [],
    items,
  };
  let nextId = 100;
  let nextTrashId = 1;
  const trash = new Map<number, { item: Item; index: number }>();
  const renumber = () => meeting.items.forEach((it, i) => Object.assign(it, { number: i + 1, position: i }));
  const find = (id: number) => {
    const found = meeting.items.find((i) => i.id === id);
    if (!found) throw new Error(`no item ${id}`);
    return found;
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
      meeting.items.splice(Math.min(deleted.index, meeting.items.length), 0, restored);
      renumber();
      return structuredClone(restored);
    },
    'sections:update': (input) => {
      const target = find(input.itemId);
      target.sections = [{ key: input.key, heading: 'Resume', content: input.content }];
      return structuredClone(target);
    },
    'items:move': ({ id, toIndex }) => {
      const moving = find(id);
      meeting.items = meeting.items.filter((i) => i.id !== id);
      meeting.items.splice(toIndex, 0, moving);
      renumber();
      return structuredClone(meeting.items);
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
