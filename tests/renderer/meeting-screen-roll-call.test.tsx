// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useMeetingStore } from '../../renderer/stores/meeting-store';
import type { MeetingServer } from './meeting-server';
import { renderMeeting } from './meeting-server';
import { BUDGET, callsOf, conductServer, openConduct } from './meeting-screen-fixture';

afterEach(cleanup);

let server: MeetingServer;
beforeEach(() => {
  server = conductServer();
});

const row = (name: string) => screen.getByText(name, { selector: '.presence-name' }).closest('li')!;

describe('Mødet: the roll call', () => {
  it('is a tab beside Dagsorden for a held meeting, and lists every member with party and role', async () => {
    await openConduct(server, null);
    renderMeeting();
    const tab = await screen.findByRole('tab', { name: 'Mødet' });
    expect(tab.getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('tab', { name: 'Dagsorden' }).getAttribute('aria-selected')).toBe('false');
    expect(screen.getByRole('tabpanel').getAttribute('aria-labelledby')).toBe(tab.id);
    const list = screen.getByRole('list', { name: 'Udvalgets medlemmer' });
    // The seven members with a seat; the stedfortræder is offered for one of them, not listed.
    expect(within(list).getAllByRole('listitem')).toHaveLength(7);
    expect(within(row('Karen Holm')).getByText('Formand')).toBeTruthy();
    expect(within(row('Ole Nør')).getByText('Næstformand')).toBeTruthy();
    expect(within(row('Ida Berg')).getByText('F')).toBeTruthy();
    expect(screen.getByText(/Fremmødet er ikke registreret endnu/)).toBeTruthy();
  });

  it('"Alle til stede" is one attendance:set with every member present, and no meetings:get', async () => {
    await openConduct(server, null);
    renderMeeting();
    const gets = callsOf(server, 'meetings:get').length;
    fireEvent.click(await screen.findByRole('button', { name: 'Alle til stede' }));
    await waitFor(() => expect(callsOf(server, 'attendance:set')).toHaveLength(1));
    const { entries } = callsOf(server, 'attendance:set')[0]!.args as { entries: { personId: number; status: string }[] };
    expect(entries.map((e) => [e.personId, e.status])).toEqual([1, 2, 3, 4, 5, 6, 7].map((id) => [id, 'present']));
    await waitFor(() => expect(useMeetingStore.getState().meeting!.attendance).toHaveLength(7));
    expect(callsOf(server, 'meetings:get').length).toBe(gets);
    expect(await screen.findByText('Gemt')).toBeTruthy();
    expect(screen.getByRole('button', { name: /Fremmøde/ }).textContent).toContain('7 af 7 til stede');
  });

  it('records an afbud with its reason, a substitute from the stedfortrædere, and a member leaving after an item', async () => {
    await openConduct(server, null);
    renderMeeting();
    fireEvent.click(within(await screen.findByRole('group', { name: 'Fremmøde for Mads Kjær (O)' })).getByRole('radio', { name: 'Afbud' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Grund til afbud (valgfri) for Mads Kjær (O)' }), { target: { value: 'sygdom' } });
    const substitute = screen.getByRole('combobox', { name: 'Stedfortræder for Mads Kjær (O)' });
    // The committee's stedfortræder first, then anyone not at the meeting; never a member with a seat.
    const options = within(substitute).getAllByRole('option').map((o) => o.textContent);
    expect(options).toEqual(['Ingen stedfortræder', 'Birthe Alm (A)', 'Per Toft (V)']);
    fireEvent.change(substitute, { target: { value: '8' } });
    fireEvent.click(within(row('Lise Dahl')).getByRole('button', { name: /Kom senere eller gik før/ }));
    fireEvent.change(screen.getByRole('combobox', { name: 'Lise Dahl (V) gik efter punkt' }), { target: { value: String(BUDGET) } });

    await waitFor(() => {
      const last = callsOf(server, 'attendance:set').at(-1)?.args as { entries: Record<string, unknown>[] } | undefined;
      expect(last?.entries).toEqual(expect.arrayContaining([
        expect.objectContaining({ personId: 5, status: 'apologies', note: 'sygdom' }),
        expect.objectContaining({ personId: 8, status: 'present', substituteForPersonId: 5 }),
        expect.objectContaining({ personId: 6, status: 'present', leftAfterItemId: BUDGET }),
      ]));
    });
    expect(screen.getByText(/Stedfortræder for Mads Kjær \(O\)/).textContent).toContain('Birthe Alm (A)');
    // A member back in the seat needs no substitute: the substitute's entry goes with one click.
    fireEvent.click(within(screen.getByRole('group', { name: 'Fremmøde for Mads Kjær (O)' })).getByRole('radio', { name: 'Til stede' }));
    await waitFor(() => {
      const last = callsOf(server, 'attendance:set').at(-1)!.args as { entries: { personId: number }[] };
      expect(last.entries.some((e) => e.personId === 8)).toBe(false);
    });
  });

  it('is read-only once the minutes are approved, and says why', async () => {
    server.meeting.status = 'minutes_approved';
    await openConduct(server, null);
    renderMeeting();
    expect(await screen.findByText(/Mødet vises kun til gennemsyn/)).toBeTruthy();
    for (const radio of screen.getAllByRole('radio')) expect(radio.matches(':disabled')).toBe(true);
    expect(screen.queryByRole('button', { name: 'Alle til stede' })?.closest('fieldset')?.disabled).toBe(true);
  });

  it('is not offered for a planned meeting', async () => {
    server.meeting.status = 'planned';
    await openConduct(server, null);
    renderMeeting();
    expect(await screen.findByRole('heading', { name: /Dagsorden/ })).toBeTruthy();
    expect(screen.queryByRole('tab', { name: 'Mødet' })).toBeNull();
  });
});
