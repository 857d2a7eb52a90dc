// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AgendaList } from '../../renderer/components/meeting/AgendaList';
import { createI18n } from '../../renderer/i18n/i18n';
import { useMeetingStore } from '../../renderer/stores/meeting-store';
import { useUiStore } from '../../renderer/stores/ui-store';
import { item, meetingServer, openMeeting, paragraph, renderMeeting, type MeetingServer } from './meeting-server';

afterEach(cleanup);

let server: MeetingServer;

beforeEach(async () => {
  server = meetingServer(
    [
      item(11, 1, 'Godkendelse af dagsorden', { kind: 'agenda_approval' }),
      item(12, 2, 'Meddelelser', { kind: 'announcements' }),
      item(13, 3, 'Budgetopfølgning pr. 31. oktober', { caseNumber: '00.30.14-S00-3-26' }),
      item(14, 4, 'Salg af grund på Havnevej', {
        isClosed: true,
        caseNumber: '02.34.02-G01-8-26',
        sections: [{ key: 'resume', heading: 'Resume', content: paragraph('Kommunen har fået et bud.') }],
        points: [{ id: 1, number: 1, text: 'buddet accepteres', decisionAuthority: 'Økonomiudvalget' }],
      }),
      item(15, 5, 'Eventuelt', { kind: 'any_other_business' }),
    ],
    ({ find }) => ({
      'points:set': (input) => {
        const target = find(input.itemId);
        target.points = input.points.map((p, i) => ({ id: 50 + i, number: i + 1, text: p.text, decisionAuthority: p.decisionAuthority ?? null }));
        return structuredClone(target);
      },
    }),
  );
  await openMeeting(server, 14);
});

const titles = () => screen.getAllByRole('option').map((o) => `${o.querySelector('.agenda-number')?.textContent} ${o.querySelector('.agenda-title')?.textContent}`);

describe('agenda editing', () => {
  it('deletes an item and undoes it in one step: items:restore brings it back with its texts and points', async () => {
    renderMeeting();
    fireEvent.click(screen.getByRole('button', { name: 'Slet punkt 4' }));
    const toast = await screen.findByText('Punkt 4 slettet');
    expect(titles()).not.toContain('4. Salg af grund på Havnevej');
    expect(titles()).toContain('4. Eventuelt');
    const before = server.fake.calls.length;

    fireEvent.click(within(toast.closest('.toast') as HTMLElement).getByRole('button', { name: 'Fortryd' }));
    await waitFor(() => expect(titles()).toContain('4. Salg af grund på Havnevej'));
    expect(server.fake.calls.slice(before).map((c) => c.method)).toEqual(['items:restore']);
    const restored = useMeetingStore.getState().meeting!.items[3]!;
    expect(restored).toMatchObject({ title: 'Salg af grund på Havnevej', isClosed: true, caseNumber: '02.34.02-G01-8-26', number: 4 });
    expect(restored.sections[0]?.content).toEqual(paragraph('Kommunen har fået et bud.'));
    expect(restored.points.map((p) => p.text)).toEqual(['buddet accepteres']);
    await waitFor(() => expect(screen.queryByText('Punkt 4 slettet')).toBeNull());
  });

  it('deletes an item with bilag at once, and Fortryd brings the bilag back too', async () => {
    const target = server.meeting.items[2]!;
    target.attachments = [{ id: 7, itemId: 13, number: 1, title: 'Regneark', fileName: 'regneark.pdf', mediaType: 'application/pdf', sha256: 'a'.repeat(64), size: 10, distribution: 'distributed', isClosed: false, pageCount: 2 }];
    await useMeetingStore.getState().reload();
    useUiStore.setState({ itemId: 13 });
    renderMeeting();
    fireEvent.click(screen.getByRole('button', { name: 'Slet punkt 3' }));
    const toast = await screen.findByText('Punkt 3 slettet');
    expect(server.fake.calls.filter((c) => c.method === 'items:delete')).toHaveLength(1);
    fireEvent.click(within(toast.closest('.toast') as HTMLElement).getByRole('button', { name: 'Fortryd' }));
    await waitFor(() => expect(titles()).toContain('3. Budgetopfølgning pr. 31. oktober'));
    expect(useMeetingStore.getState().meeting!.items[2]!.attachments.map((a) => a.title)).toEqual(['Regneark']);
  });

  it('filters by number, title or case number', () => {
    renderMeeting();
    const box = screen.getByRole('searchbox', { name: 'Find punkt' });
    fireEvent.change(box, { target: { value: 'budget' } });
    expect(titles()).toEqual(['3. Budgetopfølgning pr. 31. oktober']);
    fireEvent.change(box, { target: { value: '02.34' } });
    expect(titles()).toEqual(['4. Salg af grund på Havnevej']);
    fireEvent.change(box, { target: { value: '5' } });
    expect(titles()).toEqual(['5. Eventuelt']);
    fireEvent.change(box, { target: { value: 'zzz' } });
    expect(screen.getByText('Ingen punkter passer til "zzz".')).toBeTruthy();
    fireEvent.keyDown(box, { key: 'Escape' });
    expect(titles()).toHaveLength(5);
  });

  it('moves the selected item with Alt+ArrowUp, renumbers at once and announces the new place', async () => {
    renderMeeting();
    const list = screen.getByRole('listbox', { name: 'Dagsordenens punkter' });
    fireEvent.keyDown(list, { key: 'ArrowUp', altKey: true });
    // Optimistic: the new numbers show before the server has answered.
    expect(titles().slice(2, 4)).toEqual(['3. Salg af grund på Havnevej', '4. Budgetopfølgning pr. 31. oktober']);
    await waitFor(() => expect(screen.getByTestId('agenda-announcer').textContent).toBe('Punkt flyttet til plads 3'));
    expect(server.fake.calls.find((c) => c.method === 'items:move')?.args).toEqual({ id: 14, toIndex: 2 });
    expect(server.meeting.items.map((i) => i.id)).toEqual([11, 12, 14, 13, 15]);
  });
});

describe('AgendaList move keys', () => {
  it('does not move past the ends and does not move while filtering', async () => {
    const onMove = vi.fn();
    const items = [item(1, 1, 'Første'), item(2, 2, 'Andet')];
    const view = render(
      <I18nextProvider i18n={createI18n('da')}>
        <AgendaList items={items} openedId={1} onOpen={() => undefined} onMove={onMove} />
      </I18nextProvider>,
    );
    const list = screen.getByRole('listbox');
    fireEvent.keyDown(list, { key: 'ArrowUp', altKey: true });
    expect(onMove).not.toHaveBeenCalled();
    await act(async () => {
      fireEvent.keyDown(list, { key: 'ArrowDown', altKey: true });
    });
    expect(onMove).toHaveBeenCalledWith(1, 1);
    expect(screen.getByTestId('agenda-announcer').textContent).toBe('Punkt flyttet til plads 2');
    view.rerender(
      <I18nextProvider i18n={createI18n('da')}>
        <AgendaList items={items} openedId={1} onOpen={() => undefined} onMove={onMove} filter="Første" />
      </I18nextProvider>,
    );
    fireEvent.keyDown(screen.getByRole('listbox'), { key: 'ArrowDown', altKey: true });
    expect(onMove).toHaveBeenCalledTimes(1);
  });
});
