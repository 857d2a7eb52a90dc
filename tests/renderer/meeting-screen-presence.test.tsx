// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AttendanceEntry } from '../../shared/domain/entities';
import type { MeetingServer } from './meeting-server';
import { renderMeeting } from './meeting-server';
import { BUDGET, callsOf, conductServer, openConduct } from './meeting-screen-fixture';

afterEach(cleanup);

const present = (personId: number, extra: Partial<AttendanceEntry> = {}): AttendanceEntry => ({
  personId, status: 'present', substituteForPersonId: null, note: null, arrivedBeforeItemId: null, leftAfterItemId: null, ...extra,
});

let server: MeetingServer;
beforeEach(() => {
  server = conductServer();
  // Mads Kjær (O) sent apologies, Birthe Alm (A) stands in for him; the rest are there.
  server.meeting.attendance = [
    present(1), present(2), present(3), present(4), { ...present(5), status: 'apologies', note: 'sygdom' }, present(6), present(7),
    present(8, { substituteForPersonId: 5 }),
  ];
});

const preview = () => screen.getByTestId('record-preview');

async function openPresence(): Promise<void> {
  fireEvent.click(await screen.findByRole('button', { name: 'Ret deltagerne' }));
}

describe('Mødet: who takes part in an item', () => {
  it('shows the quorum live from the roll call and the item, and the presence lines in the preview', async () => {
    await openConduct(server, BUDGET);
    renderMeeting();
    expect((await screen.findByTestId('quorum')).textContent).toBe('Beslutningsdygtigt: 7 af 7');
    expect(screen.getByText(/7 deltager\. Deltager ikke: Mads Kjær \(O\)\./)).toBeTruthy();
    await openPresence();
    const list = screen.getByRole('list', { name: 'Deltagere i punkt 1' });
    // Members, and the substitute right under the member replaced.
    const names = within(list).getAllByText((_, el) => el?.classList.contains('presence-name') ?? false).map((el) => el.textContent);
    expect(names).toEqual(['Karen Holm (A)', 'Jens Lund (A)', 'Ida Berg (F)', 'Ole Nør (V)', 'Mads Kjær (O)', 'Birthe Alm (A)', 'Lise Dahl (V)', 'Søren Vang (C)']);

    // Four leave during the item: 3 of 7 is no quorum, and the screen says so at once.
    for (const name of ['Karen Holm (A)', 'Jens Lund (A)', 'Ida Berg (F)', 'Ole Nør (V)']) {
      fireEvent.change(screen.getByRole('combobox', { name: `${name} under punktet` }), { target: { value: 'left' } });
    }
    expect(screen.getByTestId('quorum').textContent).toMatch(/^Ikke beslutningsdygtigt: 3 af 7 – mindst halvdelen/);
    fireEvent.change(screen.getByRole('combobox', { name: 'Karen Holm (A) under punktet' }), { target: { value: '' } });
    expect(screen.getByTestId('quorum').textContent).toBe('Beslutningsdygtigt: 4 af 7');
    await waitFor(() => expect(callsOf(server, 'itemAttendance:set').length).toBeGreaterThan(0));
    await waitFor(() => expect((callsOf(server, 'itemAttendance:set').at(-1)!.args as { entries: unknown[] }).entries).toEqual([
      { personId: 2, kind: 'left', reason: null }, { personId: 3, kind: 'left', reason: null }, { personId: 4, kind: 'left', reason: null },
    ]));
  });

  it('a § 14 disqualification needs its reason before it is saved; a substitute for this item only is offered for the seat', async () => {
    await openConduct(server, BUDGET);
    renderMeeting();
    await openPresence();
    fireEvent.change(screen.getByRole('combobox', { name: 'Ole Nør (V) under punktet' }), { target: { value: 'disqualified' } });
    expect(screen.getByText('Angiv grunden til, at Ole Nør (V) er inhabil.')).toBeTruthy();
    expect(screen.getByTestId('quorum').textContent).toBe('Beslutningsdygtigt: 6 af 7');
    // Not saved while the reason is missing: the status says why.
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/ret det markerede først/));
    expect(callsOf(server, 'itemAttendance:set')).toHaveLength(0);

    fireEvent.change(screen.getByRole('textbox', { name: 'Grund til inhabilitet for Ole Nør (V)' }), { target: { value: 'Ejer naboejendommen' } });
    const seat = screen.getByRole('combobox', { name: 'Stedfortræder på punktet for Ole Nør (V)' });
    expect(within(seat).getAllByRole('option').map((o) => o.textContent)).toEqual(['Ingen stedfortræder', 'Per Toft (V)']);
    fireEvent.change(seat, { target: { value: '9' } });
    await waitFor(() => expect(callsOf(server, 'itemAttendance:set').at(-1)?.args).toEqual({
      itemId: BUDGET,
      entries: [{ personId: 4, kind: 'disqualified', reason: 'Ejer naboejendommen' }],
      substitutes: [{ personId: 9, forPersonId: 4 }],
    }));
    expect(screen.getByTestId('quorum').textContent).toBe('Beslutningsdygtigt: 7 af 7');
    // The preview prints what the minutes will: the § 14 line without its reason, the substitute for the item.
    fireEvent.click(screen.getAllByRole('radio', { name: /Godkendt/ })[0]!);
    await waitFor(() => expect(preview().textContent).toContain('Ole Nør (V) deltog ikke i behandlingen af punktet på grund af inhabilitet.'));
    expect(preview().textContent).toContain('Per Toft (V) deltog som stedfortræder for Ole Nør (V).');
    expect(preview().textContent).not.toContain('naboejendommen');
  });
});
