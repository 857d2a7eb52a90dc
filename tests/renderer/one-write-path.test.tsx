// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Editor } from '@tiptap/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MeetingSummary } from '../../shared/domain/entities';
import { useCommitteeStore } from '../../renderer/stores/committee-store';
import { useHistoryStore } from '../../renderer/stores/history-store';
import { useMeetingStore } from '../../renderer/stores/meeting-store';
import { bilag, item, meetingServer, openMeeting, paragraph, renderMeeting, type MeetingServer } from './meeting-server';

/**
 * One write path: every agenda change is one API call, and the store applies what the API returns
 * (item numbers from shared/logic/renumber, the sidebar's count locally). Nothing reads the meeting again.
 */

afterEach(cleanup);

let server: MeetingServer;

const summary: MeetingSummary = {
  id: 1, committeeId: 1, committeeName: 'Økonomiudvalget', date: '2026-12-02', startTime: '15:00', endTime: null, place: 'Byrådssalen',
  kind: 'ordinary', status: 'planned', itemCount: 4, cancelReason: null, agendaVersion: null,
};

beforeEach(async () => {
  server = meetingServer([
    item(11, 1, 'Godkendelse af dagsorden', { kind: 'agenda_approval' }),
    item(12, 2, 'Budgetopfølgning', {
      sections: [{ key: 'resume', heading: 'Resume', content: paragraph('Forbruget følger budgettet.') }],
      attachments: [bilag(201, 12, 1, 'Regneark'), bilag(202, 12, 2, 'Notat'), bilag(203, 12, 3, 'Bilagsoversigt')],
    }),
    item(13, 3, 'Køb af ejendommen Havnevej 22', { isClosed: true, points: [{ id: 1, number: 1, text: 'købet godkendes', decisionAuthority: null }] }),
    item(14, 4, 'Eventuelt', { kind: 'any_other_business' }),
  ]);
  await openMeeting(server, 12);
  useCommitteeStore.setState({ meetings: { 1: [{ ...summary }] } });
});

/** The API methods called while `run` runs (and until `settled` holds). */
async function callsDuring(run: () => unknown, settled?: () => void): Promise<string[]> {
  const from = server.fake.calls.length;
  await act(async () => {
    await run();
  });
  if (settled) await waitFor(settled);
  return server.fake.calls.slice(from).map((c) => c.method);
}

const store = () => useMeetingStore.getState();
const items = () => store().meeting!.items;
const numbered = () => items().map((i) => `${i.number}. ${i.title}`);
const sidebarCount = () => useCommitteeStore.getState().meetings[1]![0]!.itemCount;
const bilagOf = (id: number) => items().find((i) => i.id === id)!.attachments.map((a) => `${a.number} ${a.title}`);
const rows = () => screen.getAllByRole('option').map((o) => `${o.querySelector('.agenda-number')?.textContent} ${o.querySelector('.agenda-title')?.textContent}`);

describe('one write path: one API call per change, never meetings:get', () => {
  it('edits a title (and a public title) with one items:update; Fortryd sets back only what changed', async () => {
    renderMeeting();
    expect(await callsDuring(() => store().updateItem({ id: 12, title: 'Budgetopfølgning pr. 31. oktober' }))).toEqual(['items:update']);
    expect(rows()[1]).toBe('2. Budgetopfølgning pr. 31. oktober');

    expect(await callsDuring(() => store().updateItem({ id: 13, publicTitle: 'Køb af ejendom' }))).toEqual(['items:update']);
    expect(items()[2]!.publicTitle).toBe('Køb af ejendom');
    expect(await callsDuring(() => useHistoryStore.getState().undo())).toEqual(['items:update']);
    expect(server.fake.calls.at(-1)?.args).toEqual({ id: 13, publicTitle: null });
    expect(items()[2]!.publicTitle).toBeNull();
    expect(items()[2]!.title).toBe('Køb af ejendommen Havnevej 22');
  });

  it('edits a section in its editor with one sections:update', async () => {
    renderMeeting();
    const dom = screen.getByRole('textbox', { name: 'Tekst til Resume' }) as HTMLElement & { editor?: Editor };
    const from = server.fake.calls.length;
    act(() => {
      dom.editor!.commands.setContent('<p>Forbruget følger budgettet. Der er et mindreforbrug.</p>');
    });
    fireEvent.blur(dom);
    await waitFor(() => expect(server.fake.calls.length).toBeGreaterThan(from), { timeout: 2000 });
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(server.fake.calls.slice(from).map((c) => c.method)).toEqual(['sections:update']);
    expect(items()[1]!.sections[0]!.content).toEqual(paragraph('Forbruget følger budgettet. Der er et mindreforbrug.'));

    expect(await callsDuring(() => store().updateSection({ itemId: 12, key: 'resume', content: paragraph('Kort.') }))).toEqual(['sections:update']);
    expect(items()[1]!.sections[0]!.content).toEqual(paragraph('Kort.'));
  });

  it('adds an item with one items:create: numbered by the renumber rule, the sidebar count updated locally, the others untouched', async () => {
    const before = items();
    expect(await callsDuring(() => store().createItem({ meetingId: 1, title: 'Kantineordning', atIndex: 3 }))).toEqual(['items:create']);
    expect(numbered()).toEqual(['1. Godkendelse af dagsorden', '2. Budgetopfølgning', '3. Køb af ejendommen Havnevej 22', '4. Kantineordning', '5. Eventuelt']);
    expect(sidebarCount()).toBe(5);
    expect(store().meeting!.itemCount).toBe(5);
    // The same objects, so memoized rows do not render again.
    expect(items().slice(0, 3)).toEqual(before.slice(0, 3));
    for (let i = 0; i < 3; i++) expect(items()[i]).toBe(before[i]);

    expect(await callsDuring(() => store().duplicateItem(12))).toEqual(['items:duplicate']);
    expect(numbered()[2]).toBe('3. Budgetopfølgning (kopi)');
    expect(sidebarCount()).toBe(6);
  });

  it('deletes an item with one items:delete and brings it back, bilag included, with one items:restore from the toast', async () => {
    renderMeeting();
    expect(await callsDuring(() => fireEvent.click(screen.getByRole('button', { name: 'Slet punkt 2' })))).toEqual(['items:delete']);
    const toast = await screen.findByText('Punkt 2 slettet');
    expect(numbered()).toEqual(['1. Godkendelse af dagsorden', '2. Køb af ejendommen Havnevej 22', '3. Eventuelt']);
    expect(sidebarCount()).toBe(3);

    const calls = await callsDuring(
      () => fireEvent.click(within(toast.closest('.toast') as HTMLElement).getByRole('button', { name: 'Fortryd' })),
      () => expect(items()).toHaveLength(4),
    );
    expect(calls).toEqual(['items:restore']);
    expect(numbered()[1]).toBe('2. Budgetopfølgning');
    expect(bilagOf(items()[1]!.id)).toEqual(['1 Regneark', '2 Notat', '3 Bilagsoversigt']);
    expect(items()[1]!.sections[0]!.content).toEqual(paragraph('Forbruget følger budgettet.'));
    expect(sidebarCount()).toBe(4);
    // The toast's Fortryd undid the history's entry too: Gentag deletes it again, in one call.
    expect(await callsDuring(() => useHistoryStore.getState().redo())).toEqual(['items:delete']);
    expect(items()).toHaveLength(3);
  });

  it('undoes a delete with one items:restore and redoes it with one items:delete; entries recorded before follow the new id', async () => {
    await callsDuring(() => store().updateItem({ id: 13, title: 'Køb af Havnevej 22' }));
    await callsDuring(() => store().deleteItem(13));
    expect(await callsDuring(() => useHistoryStore.getState().undo())).toEqual(['items:restore']);
    const back = items()[2]!;
    expect(back).toMatchObject({ number: 3, title: 'Køb af Havnevej 22', isClosed: true });
    expect(back.points.map((p) => p.text)).toEqual(['købet godkendes']);
    expect(back.id).not.toBe(13);

    expect(await callsDuring(() => useHistoryStore.getState().undo())).toEqual(['items:update']);
    expect(server.fake.calls.at(-1)?.args).toEqual({ id: back.id, title: 'Køb af ejendommen Havnevej 22' });
    expect(await callsDuring(() => useHistoryStore.getState().redo())).toEqual(['items:update']);
    expect(await callsDuring(() => useHistoryStore.getState().redo())).toEqual(['items:delete']);
    expect(items().map((i) => i.id)).toEqual([11, 12, 14]);
    expect(sidebarCount()).toBe(3);
  });

  it('adds, changes, moves, deletes and moves a bilag to another item with one call each, numbered from what the API returns', async () => {
    expect(await callsDuring(() => store().addAttachment({ itemId: 12, fileName: 'kort.pdf', dataBase64: 'JVBERi0=', title: 'Kort' }))).toEqual(['attachments:add']);
    expect(bilagOf(12)).toEqual(['1 Regneark', '2 Notat', '3 Bilagsoversigt', '4 Kort']);

    expect(await callsDuring(() => store().updateAttachment({ id: 202, title: 'Notat om økonomien' }))).toEqual(['attachments:update']);
    expect(bilagOf(12)[1]).toBe('2 Notat om økonomien');

    expect(await callsDuring(() => store().moveAttachment(203, 0))).toEqual(['attachments:move']);
    expect(bilagOf(12)).toEqual(['1 Bilagsoversigt', '2 Regneark', '3 Notat om økonomien', '4 Kort']);

    expect(await callsDuring(() => store().deleteAttachment(201))).toEqual(['attachments:delete']);
    expect(bilagOf(12)).toEqual(['1 Bilagsoversigt', '2 Notat om økonomien', '3 Kort']);

    expect(await callsDuring(() => store().moveAttachmentToItem(202, 13))).toEqual(['attachments:moveToItem']);
    expect(bilagOf(12)).toEqual(['1 Bilagsoversigt', '2 Kort']);
    expect(bilagOf(13)).toEqual(['1 Notat om økonomien']);
    expect(items().find((i) => i.id === 13)!.attachments[0]!.itemId).toBe(13);
  });

  it('moves an item: only the two items whose number changed are new objects, and the server\'s matching answer changes nothing', async () => {
    const before = items();
    let optimistic = store().meeting;
    const calls = await callsDuring(() => {
      const moving = store().moveItem(13, 1);
      optimistic = store().meeting;
      return moving;
    });
    expect(calls).toEqual(['items:move']);
    expect(numbered()).toEqual(['1. Godkendelse af dagsorden', '2. Køb af ejendommen Havnevej 22', '3. Budgetopfølgning', '4. Eventuelt']);
    expect(store().meeting).toBe(optimistic);
    expect(items()[0]).toBe(before[0]);
    expect(items()[3]).toBe(before[3]);
    expect(items()[1]).not.toBe(before[2]);
  });
});
