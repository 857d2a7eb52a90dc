// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { Editor } from '@tiptap/core';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Item, MeetingDetail } from '../../shared/domain/entities';
import { setApiTransport } from '../../renderer/api/api';
import { ItemDetail } from '../../renderer/components/meeting/ItemDetail';
import { createI18n } from '../../renderer/i18n/i18n';
import { useHistoryStore } from '../../renderer/stores/history-store';
import { useMeetingStore } from '../../renderer/stores/meeting-store';
import { fakeTransport, type FakeTransport } from './fake-transport';

afterEach(cleanup);

const paragraph = (text: string) => ({ type: 'doc' as const, content: [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text }] }] });

function announcements(extra: Partial<Item> = {}): Item {
  return {
    id: 12, meetingId: 1, number: 2, position: 1, title: 'Meddelelser', isClosed: false, kind: 'announcements', publicTitle: null, caseNumber: null, caseTitle: null,
    sections: [], points: [], notices: [], priorDecisions: [], request: null, attachments: [], attendance: [], substitutes: [], decisions: [], publicExtract: null, presenceOverride: null,
    ...extra,
  };
}

function meeting(status: MeetingDetail['status'], item: Item): MeetingDetail {
  return {
    id: 1, committeeId: 1, committeeName: 'Økonomiudvalget', date: '2026-12-02', startTime: '15:00', endTime: null, place: null,
    kind: 'ordinary', status, itemCount: 1, firstItemNumber: 1, cancelReason: null, agendaVersion: null, agendaSnapshot: null, protocol: { approvalRule: 'all_present', approvals: [], addenda: [], entries: [] }, attendance: [], members: [], items: [item],
  };
}

let fake: FakeTransport;
let stored: Item;

beforeEach(() => {
  stored = announcements({ notices: [{ id: 1, title: 'Nyt om vejarbejdet', content: paragraph('Vejen åbner igen 1. marts.') }] });
  fake = fakeTransport({
    'notices:set': (input) => {
      stored = { ...stored, notices: input.notices.map((n, i) => ({ id: 10 + i, title: n.title, content: n.content })) };
      return structuredClone(stored);
    },
  });
  setApiTransport(fake.transport);
  useMeetingStore.setState({ meeting: meeting('planned', stored), loadingId: null, loadError: null });
  useHistoryStore.getState().clear();
});

function renderItem(m: MeetingDetail) {
  return render(
    <I18nextProvider i18n={createI18n('da')}>
      <ItemDetail item={m.items[0]!} meeting={m} />
    </I18nextProvider>,
  );
}

function editorOf(label: string): Editor {
  const dom = screen.getByRole('textbox', { name: label }) as HTMLElement & { editor?: Editor };
  if (!dom.editor) throw new Error('no editor on the element');
  return dom.editor;
}

const saves = () => fake.calls.filter((c) => c.method === 'notices:set');

describe('Meddelelser', () => {
  it('adds, fills, reorders and removes notices, saving the numbered list debounced with Gemmer …/Gemt', async () => {
    const { container } = renderItem(meeting('planned', stored));
    expect(screen.getByRole('textbox', { name: 'Titel på meddelelse 1' })).toHaveProperty('value', 'Nyt om vejarbejdet');
    expect(screen.getByRole('textbox', { name: 'Tekst til meddelelse 1' }).textContent).toBe('Vejen åbner igen 1. marts.');

    fireEvent.click(screen.getByRole('button', { name: 'Tilføj meddelelse' }));
    const title2 = screen.getByRole('textbox', { name: 'Titel på meddelelse 2' });
    fireEvent.change(title2, { target: { value: 'Ny skoleleder' } });
    act(() => {
      editorOf('Tekst til meddelelse 2').commands.insertContent('Hanne Lund tiltræder 1. februar.');
    });
    expect(container.querySelector('.save-status')?.textContent).toBe('Gemmer …');
    await waitFor(() => expect(saves()).toHaveLength(1), { timeout: 2000 });
    expect(saves()[0]!.args).toEqual({
      itemId: 12,
      notices: [
        { title: 'Nyt om vejarbejdet', content: paragraph('Vejen åbner igen 1. marts.') },
        { title: 'Ny skoleleder', content: paragraph('Hanne Lund tiltræder 1. februar.') },
      ],
    });
    await waitFor(() => expect(container.querySelector('.save-status')?.textContent).toBe('Gemt'));
    expect(useMeetingStore.getState().meeting?.items[0]?.notices.map((n) => n.title)).toEqual(['Nyt om vejarbejdet', 'Ny skoleleder']);

    // Move 2 up: saved on blur at once, the editors move with their notices.
    fireEvent.click(screen.getByRole('button', { name: 'Flyt meddelelse 2 op' }));
    fireEvent.blur(screen.getByRole('textbox', { name: 'Titel på meddelelse 1' }));
    await waitFor(() => expect(saves()).toHaveLength(2));
    expect((saves()[1]!.args as { notices: { title: string }[] }).notices.map((n) => n.title)).toEqual(['Ny skoleleder', 'Nyt om vejarbejdet']);
    expect(screen.getByRole('textbox', { name: 'Titel på meddelelse 1' })).toHaveProperty('value', 'Ny skoleleder');

    fireEvent.click(screen.getByRole('button', { name: 'Fjern meddelelse 2' }));
    await waitFor(() => expect(saves()).toHaveLength(3), { timeout: 2000 });
    expect((saves()[2]!.args as { notices: { title: string }[] }).notices.map((n) => n.title)).toEqual(['Ny skoleleder']);
    // Each save is one entry in the agenda's history.
    expect(useHistoryStore.getState().undoStack.map((e) => e.label.key)).toEqual(['notices', 'notices', 'notices']);
  });

  it('leaves a notice without a title out until it has one', async () => {
    renderItem(meeting('planned', stored));
    fireEvent.click(screen.getByRole('button', { name: 'Tilføj meddelelse' }));
    act(() => {
      editorOf('Tekst til meddelelse 2').commands.insertContent('Uden titel');
    });
    expect(screen.getByText('Meddelelsen gemmes, når den har en titel.')).toBeTruthy();
    fireEvent.blur(screen.getByRole('textbox', { name: 'Titel på meddelelse 2' }));
    await waitFor(() => expect(saves()).toHaveLength(1));
    expect((saves()[0]!.args as { notices: unknown[] }).notices).toHaveLength(1);
  });

  it('shows the notices numbered and read-only once the meeting is held', () => {
    const held = meeting('held', stored);
    const { container } = renderItem(held);
    expect(screen.queryByRole('button', { name: 'Tilføj meddelelse' })).toBeNull();
    expect(screen.queryByRole('textbox')).toBeNull();
    const notices = container.querySelectorAll('ol.notices > li');
    expect(notices).toHaveLength(1);
    expect(notices[0]!.querySelector('.notice-title')?.textContent).toBe('Nyt om vejarbejdet');
    expect(notices[0]!.textContent).toContain('Vejen åbner igen 1. marts.');
  });
});
