// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildSnapshot } from '../../shared/logic/release-changes';
import { useMeetingStore } from '../../renderer/stores/meeting-store';
import { item, meetingServer, openMeeting, paragraph, renderMeeting, type MeetingServer } from './meeting-server';

afterEach(cleanup);

const bilag = (id: number, itemId: number, number: number, title: string) => ({
  id, itemId, number, title, fileName: `${title}.pdf`, mediaType: 'application/pdf', sha256: String(id).padStart(64, '0'), size: 10,
  distribution: 'distributed' as const, isClosed: false, pageCount: 2,
});

let server: MeetingServer;
beforeEach(async () => {
  server = meetingServer(
    [
      item(11, 1, 'Budgetopfølgning', {
        caseNumber: '26/00398',
        sections: [{ key: 'indstilling', heading: 'Indstilling', content: paragraph('Forvaltningen foreslår, at') }],
        points: [{ id: 1, number: 1, text: 'budgetopfølgningen godkendes', decisionAuthority: 'Økonomiudvalget' }],
        attachments: [bilag(101, 11, 1, 'Notat om Havnevej')],
      }),
      item(12, 2, 'Køb af ejendommen Havnevej 22', { isClosed: true, publicTitle: null }),
    ],
    ({ find, meeting }) => ({
      'items:update': (input) => {
        const target = find(input.id);
        Object.assign(target, {
          ...(input.title !== undefined ? { title: input.title } : {}),
          ...(input.kind !== undefined ? { kind: input.kind } : {}),
          ...(input.isClosed !== undefined ? { isClosed: input.isClosed } : {}),
          ...(input.publicTitle !== undefined ? { publicTitle: input.publicTitle } : {}),
          ...(input.caseNumber !== undefined ? { caseNumber: input.caseNumber } : {}),
        });
        return structuredClone(target);
      },
      'attachments:moveToItem': ({ id, itemId }) => {
        const from = meeting.items.find((i) => i.attachments.some((a) => a.id === id))!;
        const moving = from.attachments.find((a) => a.id === id)!;
        from.attachments = from.attachments.filter((a) => a.id !== id);
        const to = find(itemId);
        to.attachments = [...to.attachments, { ...moving, itemId, number: to.attachments.length + 1 }];
        return { from: structuredClone(from), to: structuredClone(to) };
      },
    }),
  );
});

describe('correcting an item', () => {
  it('changes title, kind, closed and public title in one change, without reloading the meeting', async () => {
    await openMeeting(server, 12);
    renderMeeting();
    const gets = server.fake.calls.filter((c) => c.method === 'meetings:get').length;
    fireEvent.click(await screen.findByRole('button', { name: 'Ret punktet' }));
    const form = screen.getByRole('form', { name: 'Ret punkt 2' });
    fireEvent.change(within(form).getByLabelText('Punktets titel'), { target: { value: 'Køb af ejendommen Havnevej 22, Fjordby' } });
    fireEvent.change(within(form).getByLabelText('Offentlig titel'), { target: { value: 'Køb af ejendom' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Gem' }));
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Ret punkt 2' })).toBeNull());
    const updates = server.fake.calls.filter((c) => c.method === 'items:update');
    expect(updates).toHaveLength(1);
    expect(updates[0]!.args).toMatchObject({ id: 12, title: 'Køb af ejendommen Havnevej 22, Fjordby', isClosed: true, publicTitle: 'Køb af ejendom', kind: 'ordinary' });
    expect(screen.getByRole('heading', { level: 2, name: 'Køb af ejendommen Havnevej 22, Fjordby' })).toBeTruthy();
    expect(screen.getByText(/Den offentlige udgave viser titlen »Køb af ejendom«/)).toBeTruthy();
    expect(server.fake.calls.filter((c) => c.method === 'meetings:get').length).toBe(gets);
  });

  it('moves a bilag to another item of the meeting', async () => {
    await openMeeting(server, 11);
    renderMeeting();
    fireEvent.change(await screen.findByRole('combobox', { name: 'Flyt bilag 1 til et andet punkt' }), { target: { value: '12' } });
    await waitFor(() => expect(useMeetingStore.getState().meeting!.items[1]!.attachments.map((a) => a.title)).toEqual(['Notat om Havnevej']));
    expect(useMeetingStore.getState().meeting!.items[0]!.attachments).toEqual([]);
  });
});

describe('the item view reads the shared document model', () => {
  it('shows the points with one lead, and marks an item changed since the release', async () => {
    server.meeting.status = 'held';
    const released = structuredClone(server.meeting);
    server.meeting.agendaSnapshot = buildSnapshot({ items: released.items.map((i) => (i.id === 11 ? { ...i, title: 'Budgetopfølgning (gammel)' } : i)) });
    await openMeeting(server, 11);
    renderMeeting();
    const view = await screen.findByRole('article');
    expect(within(view).getAllByText('Forvaltningen foreslår, at')).toHaveLength(1);
    expect(within(view).getByText('Beslutningskompetence: Økonomiudvalget')).toBeTruthy();
    expect(within(view).getByText('Ændret siden udsendelse')).toBeTruthy();
    // The agenda row says so too, and only for the changed item.
    const rows = screen.getAllByRole('option');
    expect(rows.map((row) => within(row).queryByText('Ændret siden udsendelse') !== null)).toEqual([true, false]);
  });
});
