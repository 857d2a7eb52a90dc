// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import type { MeetingDetail } from '../../shared/domain/entities';
import { onlyReordered } from '../../renderer/components/agenda/only-reordered';
import { keepUnchanged, withItem, withItemMoved, withoutAttachment, withoutItem, withServerOrder } from '../../renderer/stores/agenda-items';
import { setApiTransport } from '../../renderer/api/api';
import { useMeetingStore } from '../../renderer/stores/meeting-store';
import { useUiStore } from '../../renderer/stores/ui-store';
import { bilag, item, meetingServer } from './meeting-server';

const agenda = () => [item(1, 1, 'Godkendelse af dagsorden'), item(2, 2, 'Budget'), item(3, 3, 'Havnevej'), item(4, 4, 'Eventuelt')];
const numbers = (items: readonly { id: number; number: number; position: number }[]) => items.map((i) => `${i.id}:${i.number}@${i.position}`);

describe('the agenda after one change (renderer/stores/agenda-items)', () => {
  it('numbers an insert, a delete and a move by the renumber rule, keeping the objects of items that did not change', () => {
    const before = agenda();
    const inserted = withItem(before, item(9, 0, 'Ny', { position: 2 }), 1);
    expect(numbers(inserted)).toEqual(['1:1@0', '2:2@1', '9:3@2', '3:4@3', '4:5@4']);
    expect(inserted[0]).toBe(before[0]);
    expect(inserted[1]).toBe(before[1]);
    expect(inserted[3]).not.toBe(before[2]);

    const removed = withoutItem(before, 2, 1);
    expect(numbers(removed)).toEqual(['1:1@0', '3:2@1', '4:3@2']);
    expect(removed[0]).toBe(before[0]);

    const moved = withItemMoved(before, 3, 1, 1);
    expect(numbers(moved)).toEqual(['1:1@0', '3:2@1', '2:3@2', '4:4@3']);
    expect([moved[0], moved[3]]).toEqual([before[0], before[3]]);
    expect(moved[0]).toBe(before[0]);
    expect(moved[3]).toBe(before[3]);
    // From a first number other than 1 (a meeting that continues the numbering).
    expect(numbers(withoutItem(agenda().map((i) => ({ ...i, number: i.number + 10 })), 1, 11))).toEqual(['2:11@0', '3:12@1', '4:13@2']);
  });

  it('takes the server\'s answer to a move only where it differs from the optimistic order', () => {
    const optimistic = withItemMoved(agenda(), 3, 1, 1);
    const server = structuredClone(optimistic);
    expect(withServerOrder(optimistic, server)).toBeNull();
    const other = withItemMoved(agenda(), 4, 0, 1);
    const taken = withServerOrder(optimistic, other)!;
    expect(numbers(taken)).toEqual(numbers(other));
  });

  it('closes the gap when a bilag is deleted, keeping the bilag before it', () => {
    const list = [bilag(1, 5, 1, 'A'), bilag(2, 5, 2, 'B'), bilag(3, 5, 3, 'C')];
    const after = withoutAttachment(list, 2);
    expect(after.map((a) => `${a.id}:${a.number}`)).toEqual(['1:1', '3:2']);
    expect(after[0]).toBe(list[0]);
    expect(withoutAttachment(list, 99)).toEqual(list);
  });

  it('keepUnchanged keeps only objects whose place and number are the same', () => {
    const before = agenda();
    const after = before.map((i) => ({ ...i }));
    after[1] = { ...after[1]!, number: 7 };
    const kept = keepUnchanged(before, after);
    expect(kept[0]).toBe(before[0]);
    expect(kept[1]).toBe(after[1]);
  });
});

describe('onlyReordered (the opened item may take a move a frame later)', () => {
  const meeting = (items = agenda()): MeetingDetail => meetingServer(items).meeting;

  it('is true for a move and false for any other change', () => {
    const before = meeting();
    expect(onlyReordered(before, { ...before, items: withItemMoved(before.items, 3, 1, 1) })).toBe(true);
    expect(onlyReordered(before, before)).toBe(true);
    expect(onlyReordered(before, { ...before, place: 'Mødelokale 2' })).toBe(false);
    expect(onlyReordered(before, { ...before, items: withoutItem(before.items, 2, 1) })).toBe(false);
    const retitled = before.items.map((i) => (i.id === 2 ? { ...i, title: 'Budget 2027' } : i));
    expect(onlyReordered(before, { ...before, items: retitled })).toBe(false);
    const movedAndRetitled = withItemMoved(before.items, 2, 0, 1).map((i) => (i.id === 2 ? { ...i, title: 'Budget 2027' } : i));
    expect(onlyReordered(before, { ...before, items: movedAndRetitled })).toBe(false);
  });
});

describe('opening a meeting', () => {
  afterEach(() => useUiStore.setState({ meetingId: null }));

  it('starts reading it at the selection, and the view asking again makes no second request', async () => {
    const server = meetingServer(agenda());
    setApiTransport(server.fake.transport);
    useMeetingStore.setState({ meeting: null, loadingId: null, loadError: null });
    useUiStore.setState({ view: 'meeting', committeeId: 1, meetingId: null, itemId: null });
    useUiStore.getState().selectMeeting(1, 1);
    expect(server.fake.calls.map((c) => c.method)).toEqual(['meetings:get']);
    await useMeetingStore.getState().open(1);
    expect(server.fake.calls.map((c) => c.method)).toEqual(['meetings:get']);
    expect(useMeetingStore.getState().meeting?.items).toHaveLength(4);
  });
});
