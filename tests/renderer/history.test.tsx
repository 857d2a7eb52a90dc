// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import type { Editor } from '@tiptap/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { historyKey, isTextTarget } from '../../renderer/components/history/HistoryControls';
import { useHistoryStore } from '../../renderer/stores/history-store';
import { useMeetingStore } from '../../renderer/stores/meeting-store';
import { item, meetingServer, openMeeting, paragraph, renderMeeting, type MeetingServer } from './meeting-server';

afterEach(cleanup);

let server: MeetingServer;

beforeEach(async () => {
  server = meetingServer(
    [
      item(11, 1, 'Godkendelse af dagsorden', { kind: 'agenda_approval' }),
      item(12, 2, 'Budgetopfølgning'),
      item(13, 3, 'Salg af grund', { sections: [{ key: 'resume', heading: 'Resume', content: paragraph('Kommunen har fået et bud.') }] }),
      item(14, 4, 'Eventuelt', { kind: 'any_other_business' }),
    ],
    ({ find }) => ({
      'items:update': (input) => {
        const target = find(input.id);
        if (input.title !== undefined) target.title = input.title;
        if (input.isClosed !== undefined) target.isClosed = input.isClosed;
        return structuredClone(target);
      },
    }),
  );
  await openMeeting(server, 13);
});

const order = () => server.meeting.items.map((i) => i.id);
const titles = () => screen.getAllByRole('option').map((o) => o.querySelector('.agenda-title')?.textContent);
const status = () => screen.getByTestId('history-status').textContent;
const ctrl = (key: string, extra: { shiftKey?: boolean } = {}) => fireEvent.keyDown(document.body, { key, ctrlKey: true, ...extra });

function editorOf(label: string): Editor {
  const dom = screen.getByRole('textbox', { name: label }) as HTMLElement & { editor?: Editor };
  if (!dom.editor) throw new Error('no editor on the element');
  return dom.editor;
}

describe('undo and redo across item edits', () => {
  it('undoes a move with Ctrl+Z, restoring the order, and redoes it with Ctrl+Shift+Z and the button', async () => {
    renderMeeting();
    const undo = screen.getByRole('button', { name: 'Fortryd' });
    expect(undo).toHaveProperty('disabled', true);
    expect(undo.getAttribute('title')).toBe('Fortryd (Ctrl+Z)');
    fireEvent.keyDown(screen.getByRole('listbox'), { key: 'ArrowUp', altKey: true });
    await waitFor(() => expect(order()).toEqual([11, 13, 12, 14]));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Fortryd' }).getAttribute('title')).toBe('Fortryd: Punkt 3 flyttet (Ctrl+Z)'));

    ctrl('z');
    await waitFor(() => expect(status()).toBe('Fortrudt: Punkt 3 flyttet'));
    expect(order()).toEqual([11, 12, 13, 14]);
    expect(titles()).toEqual(['Godkendelse af dagsorden', 'Budgetopfølgning', 'Salg af grund', 'Eventuelt']);
    expect(server.fake.calls.filter((c) => c.method === 'items:move').map((c) => c.args)).toEqual([{ id: 13, toIndex: 1 }, { id: 13, toIndex: 2 }]);

    ctrl('z', { shiftKey: true });
    await waitFor(() => expect(status()).toBe('Gentaget: Punkt 3 flyttet'));
    expect(order()).toEqual([11, 13, 12, 14]);

    ctrl('z');
    await waitFor(() => expect(order()).toEqual([11, 12, 13, 14]));
    fireEvent.click(screen.getByRole('button', { name: 'Gentag' }));
    await waitFor(() => expect(order()).toEqual([11, 13, 12, 14]));
    ctrl('y');
    // Nothing left to redo: Ctrl+Y changes nothing.
    expect(server.fake.calls.filter((c) => c.method === 'items:move')).toHaveLength(5);
  });

  it('undoes one debounced section save at a time, back to the previous text, and the editor shows it', async () => {
    renderMeeting();
    const editor = editorOf('Tekst til Resume');
    act(() => {
      editor.commands.setContent('<p>Kommunen har fået to bud.</p>');
    });
    act(() => {
      editor.commands.insertContent(' Det højeste er 4,2 mio. kr.');
    });
    // One burst = one save = one history entry.
    await waitFor(() => expect(server.fake.calls.filter((c) => c.method === 'sections:update')).toHaveLength(1), { timeout: 2000 });
    await waitFor(() => expect(useHistoryStore.getState().undoStack).toHaveLength(1));
    expect(server.meeting.items[2]!.sections[0]!.content).toEqual(paragraph('Kommunen har fået to bud. Det højeste er 4,2 mio. kr.'));

    ctrl('z');
    await waitFor(() => expect(status()).toBe('Fortrudt: Punkt 3: Resume ændret'));
    expect(server.meeting.items[2]!.sections[0]!.content).toEqual(paragraph('Kommunen har fået et bud.'));
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Tekst til Resume' }).textContent).toBe('Kommunen har fået et bud.'));

    ctrl('y');
    await waitFor(() => expect(status()).toBe('Gentaget: Punkt 3: Resume ændret'));
    expect(server.meeting.items[2]!.sections[0]!.content).toEqual(paragraph('Kommunen har fået to bud. Det højeste er 4,2 mio. kr.'));
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Tekst til Resume' }).textContent).toBe('Kommunen har fået to bud. Det højeste er 4,2 mio. kr.'));

    // Ctrl+Z inside the editor is the editor's own: the agenda's history is not asked.
    const calls = server.fake.calls.length;
    fireEvent.keyDown(screen.getByRole('textbox', { name: 'Tekst til Resume' }), { key: 'z', ctrlKey: true });
    expect(useHistoryStore.getState().busy).toBe(false);
    expect(useHistoryStore.getState().undoStack).toHaveLength(1);
    expect(server.fake.calls).toHaveLength(calls);
  });

  it('a new change clears the redo stack', async () => {
    renderMeeting();
    fireEvent.keyDown(screen.getByRole('listbox'), { key: 'ArrowUp', altKey: true });
    await waitFor(() => expect(useHistoryStore.getState().undoStack).toHaveLength(1));
    ctrl('z');
    await waitFor(() => expect(useHistoryStore.getState().redoStack).toHaveLength(1));
    expect(screen.getByRole('button', { name: 'Gentag' })).toHaveProperty('disabled', false);

    fireEvent.click(screen.getByRole('button', { name: 'Lukket punkt' }));
    await waitFor(() => expect(server.meeting.items[2]!.isClosed).toBe(true));
    await waitFor(() => expect(useHistoryStore.getState().redoStack).toHaveLength(0));
    expect(screen.getByRole('button', { name: 'Gentag' })).toHaveProperty('disabled', true);
    expect(useHistoryStore.getState().undoStack.map((e) => e.label.key)).toEqual(['closed']);

    ctrl('z');
    await waitFor(() => expect(server.meeting.items[2]!.isClosed).toBe(false));
    expect(status()).toBe('Fortrudt: Punkt 3 gjort lukket');
  });

  it('undoes an added item by deleting it and redoes it by restoring it; an undone delete keeps later entries working', async () => {
    await useMeetingStore.getState().createItem({ meetingId: 1, title: 'Kantineordning', atIndex: 3 });
    expect(order()).toEqual([11, 12, 13, 100, 14]);
    await useMeetingStore.getState().moveItem(100, 1);
    await useHistoryStore.getState().undo();
    await useHistoryStore.getState().undo();
    expect(order()).toEqual([11, 12, 13, 14]);
    await useHistoryStore.getState().redo();
    expect(server.meeting.items.map((i) => i.title)).toEqual(['Godkendelse af dagsorden', 'Budgetopfølgning', 'Salg af grund', 'Kantineordning', 'Eventuelt']);
    // The item came back with a new id; the move recorded for the old id still applies to it.
    await useHistoryStore.getState().redo();
    expect(server.meeting.items.map((i) => i.title)[1]).toBe('Kantineordning');
  });

  it('knows text fields and the shortcuts', () => {
    const input = document.createElement('input');
    const checkbox = Object.assign(document.createElement('input'), { type: 'checkbox' });
    const div = document.createElement('div');
    div.setAttribute('contenteditable', 'true');
    expect([isTextTarget(input), isTextTarget(checkbox), isTextTarget(div), isTextTarget(document.body)]).toEqual([true, false, true, false]);
    const key = (k: string, mods: { shiftKey?: boolean; metaKey?: boolean } = {}) => historyKey({ key: k, ctrlKey: !mods.metaKey, metaKey: !!mods.metaKey, shiftKey: !!mods.shiftKey, altKey: false });
    expect([key('z'), key('Z', { shiftKey: true }), key('y'), key('z', { metaKey: true }), key('x')]).toEqual(['undo', 'redo', 'redo', 'undo', null]);
  });
});
