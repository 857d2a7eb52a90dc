// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AttendanceEntry, Decision } from '../../shared/domain/entities';
import type { MeetingServer } from './meeting-server';
import { renderMeeting } from './meeting-server';
import { BUDGET, CLOSED, NOTICES, callsOf, conductServer, openConduct } from './meeting-screen-fixture';

afterEach(cleanup);

const present = (personId: number): AttendanceEntry => ({
  personId, status: 'present', substituteForPersonId: null, note: null, arrivedBeforeItemId: null, leftAfterItemId: null,
});

let server: MeetingServer;
let forwards: unknown[];
beforeEach(() => {
  forwards = [];
  server = conductServer(({ find }) => ({
    'items:forward': (input) => {
      forwards.push(input);
      return { item: { ...structuredClone(find(input.itemId)), id: 777, meetingId: 5, number: 4 }, meetingId: 5 };
    },
    'meetings:list': () => [{
      id: 5, committeeId: 2, committeeName: 'Kommunalbestyrelsen', date: '2026-12-16', startTime: null, endTime: null, place: null,
      kind: 'ordinary', status: 'planned', itemCount: 4, cancelReason: null, agendaVersion: null,
    }],
  }));
  server.meeting.attendance = [1, 2, 3, 4, 5, 6, 7].map(present);
});

const preview = () => screen.getByTestId('record-preview');
const card = (number: number) => screen.getByRole('region', { name: `Beslutning ${number}` });
const lastDecisions = () => (callsOf(server, 'decisions:set').at(-1)?.args as { decisions: Record<string, unknown>[] } | undefined)?.decisions;
/** An outcome chosen by keyboard: the focus in the outcome group, then its letter. */
function pressOutcome(scope: HTMLElement, letter: string): void {
  const radio = within(scope).getAllByRole('radio')[0]!;
  radio.focus();
  fireEvent.keyDown(radio, { key: letter });
}

describe('Mødet: decisions per item and per point', () => {
  it('one decision covers points 1 and 2, another point 3; outcomes by their letters; the preview prints it', async () => {
    await openConduct(server, BUDGET);
    renderMeeting();
    const gets = callsOf(server, 'meetings:get').length;
    const first = await screen.findByRole('region', { name: 'Beslutning 1' });
    fireEvent.click(within(first).getByRole('checkbox', { name: /Punkt 1/ }));
    fireEvent.click(within(first).getByRole('checkbox', { name: /Punkt 2/ }));
    pressOutcome(first, 'g');
    expect((within(first).getByRole('radio', { name: /Godkendt/ }) as HTMLInputElement).checked).toBe(true);
    expect(document.activeElement).toBe(within(first).getByRole('radio', { name: /Godkendt/ }));
    // A vote shortcut: the decision is not a plain outcome, so it prints with its own "Ad 1 + 2)".
    fireEvent.click(within(first).getByRole('button', { name: 'Enstemmigt' }));
    await waitFor(() => expect(preview().textContent).toContain('Ad 1 + 2) Enstemmigt godkendt.'));

    fireEvent.click(screen.getByRole('button', { name: 'Tilføj beslutning' }));
    const second = card(2);
    // The new decision takes the point not decided yet; points already decided cannot be ticked twice.
    expect((within(second).getByRole('checkbox', { name: /Punkt 3/ }) as HTMLInputElement).checked).toBe(true);
    expect((within(second).getByRole('checkbox', { name: /Punkt 1 \(i beslutning 1\)/ }) as HTMLInputElement).disabled).toBe(true);
    pressOutcome(second, 'A');
    fireEvent.change(within(second).getByRole('combobox', { name: 'Anbefales over for' }), { target: { value: 'Kommunalbestyrelsen' } });
    await waitFor(() => expect(preview().textContent).toContain('Ad 3. Anbefales over for Kommunalbestyrelsen.'));

    await waitFor(() => expect(lastDecisions()).toEqual([
      expect.objectContaining({ points: [1, 2], outcome: 'approved', rounds: [expect.objectContaining({ mode: 'unanimous', votes: [] })] }),
      expect.objectContaining({ points: [3], outcome: 'recommended', outcomeBody: 'Kommunalbestyrelsen' }),
    ]));
    expect(callsOf(server, 'meetings:get')).toHaveLength(gets);

    // "Anbefales over for Kommunalbestyrelsen": put the case on its next meeting, and say where it went.
    fireEvent.click(within(second).getByRole('button', { name: 'Sæt sagen på Kommunalbestyrelsens næste møde' }));
    expect(await within(second).findByText('Sagen er sat på dagsordenen for Kommunalbestyrelsen den 16. december 2026 som punkt 4.')).toBeTruthy();
    expect(forwards).toEqual([{ itemId: BUDGET, committeeId: 2 }]);
  });

  it('several plain outcomes print in the compact form', async () => {
    await openConduct(server, BUDGET);
    renderMeeting();
    const first = await screen.findByRole('region', { name: 'Beslutning 1' });
    fireEvent.click(within(first).getByRole('checkbox', { name: /Punkt 1/ }));
    fireEvent.click(within(first).getByRole('checkbox', { name: /Punkt 3/ }));
    pressOutcome(first, '1');
    fireEvent.click(screen.getByRole('button', { name: 'Tilføj beslutning' }));
    pressOutcome(card(2), 'U');
    await waitFor(() => expect(preview().textContent).toContain('Punkterne 1 og 3: Godkendt. Punkt 2: Udsat.'));
  });

  it('Meddelelser get one decision for the item, without points', async () => {
    await openConduct(server, NOTICES);
    renderMeeting();
    const only = await screen.findByRole('region', { name: 'Beslutning 1' });
    expect(within(only).queryByRole('checkbox')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Tilføj beslutning' })).toBeNull();
    pressOutcome(only, 't');
    await waitFor(() => expect(preview().textContent).toContain('Taget til efterretning.'));
    await waitFor(() => expect(lastDecisions()).toEqual([expect.objectContaining({ points: [], outcome: 'noted' })]));
  });

  it('typing never waits for a save: the preview follows each keystroke while decisions:set is still running', async () => {
    let release: () => void = () => {};
    const slow = conductServer(({ find }) => ({
      'decisions:set': async ({ itemId }) => {
        await new Promise<void>((resolve) => {
          release = resolve;
        });
        return structuredClone(find(itemId));
      },
    }));
    slow.meeting.attendance = server.meeting.attendance;
    server = slow;
    await openConduct(server, BUDGET);
    renderMeeting();
    const first = await screen.findByRole('region', { name: 'Beslutning 1' });
    pressOutcome(first, 'G');
    const remark = within(first).getByRole('textbox', { name: 'Tekst efter udfaldet' });
    fireEvent.change(remark, { target: { value: 'idet' } });
    await waitFor(() => expect(callsOf(server, 'decisions:set')).toHaveLength(1));
    expect(screen.getByText('Gemmer …')).toBeTruthy();
    // The save hangs; every keystroke still reaches the preview at once.
    fireEvent.change(remark, { target: { value: 'idet budgettet' } });
    expect(preview().textContent).toContain('Godkendt, idet budgettet.');
    fireEvent.change(remark, { target: { value: 'idet budgettet justeres' } });
    expect(preview().textContent).toContain('Godkendt, idet budgettet justeres.');
    release();
    await waitFor(() => expect(callsOf(server, 'decisions:set')).toHaveLength(2));
    release();
    await waitFor(() => expect(screen.getByText('Gemt')).toBeTruthy());
    expect((callsOf(server, 'decisions:set').at(-1)!.args as { decisions: { remark: string }[] }).decisions[0]!.remark).toBe('idet budgettet justeres');
  });

  it('a closed item gets its public extract, and the preview shows what the public minutes print', async () => {
    await openConduct(server, CLOSED);
    renderMeeting();
    expect(await screen.findByText('Punktet er lukket. Det offentlige referat viser kun den offentlige titel (»Køb af ejendom«) og dette uddrag.')).toBeTruthy();
    pressOutcome(screen.getByRole('region', { name: 'Beslutning 1' }), 'G');
    fireEvent.change(screen.getByRole('textbox', { name: 'Uddrag af beslutningen til det offentlige referat' }), { target: { value: 'Udvalget godkendte købet.' } });
    await waitFor(() => expect(callsOf(server, 'itemRecord:update').at(-1)?.args).toEqual({ itemId: CLOSED, publicExtract: 'Udvalget godkendte købet.', presenceOverride: null }));
    const publicPreview = screen.getByTestId('record-preview-public');
    expect(publicPreview.textContent).toContain('3. Køb af ejendom');
    expect(publicPreview.textContent).toContain('Udvalget godkendte købet.');
    expect(publicPreview.textContent).not.toContain('Havnevej');
  });
});

describe('Mødet: a generated sentence written by hand', () => {
  it('is stored with its basis, and flagged when the structure under it changes', async () => {
    await openConduct(server, BUDGET);
    renderMeeting();
    const first = await screen.findByRole('region', { name: 'Beslutning 1' });
    pressOutcome(first, 'G');
    await waitFor(() => expect(preview().textContent).toContain('Godkendt.'));
    fireEvent.click(within(first).getByRole('button', { name: 'Skriv sætningen selv' }));
    const text = within(first).getByRole('textbox', { name: 'Den skrevne tekst' });
    expect((text as HTMLTextAreaElement).value).toBe('Godkendt.');
    fireEvent.change(text, { target: { value: 'Godkendt som indstillet af forvaltningen.' } });
    await waitFor(() => expect(lastDecisions()?.[0]).toMatchObject({ override: { text: 'Godkendt som indstillet af forvaltningen.', basis: 'Godkendt.' } }));
    expect(preview().textContent).toContain('Godkendt som indstillet af forvaltningen.');
    expect(screen.queryByText(/Den dannede tekst er ændret siden/)).toBeNull();

    // The outcome changes under it: the generated text is now "Udsat.", and both the editor and the preview say so.
    pressOutcome(first, 'U');
    expect(within(first).getByText('Den dannede tekst er ændret siden – tjek den skrevne.')).toBeTruthy();
    expect(within(first).getByText('Udsat.')).toBeTruthy();
    expect(within(preview()).getByText(/den dannede tekst er ændret siden/i)).toBeTruthy();
    expect(preview().textContent).toContain('Godkendt som indstillet af forvaltningen.');
    // Checked: the basis becomes what is generated now, and the flag goes.
    fireEvent.click(within(first).getByRole('button', { name: 'Tjekket – behold den skrevne' }));
    await waitFor(() => expect(lastDecisions()?.[0]).toMatchObject({ outcome: 'postponed', override: { basis: 'Udsat.' } }));
    expect(within(preview()).queryByText(/den dannede tekst er ændret siden/i)).toBeNull();
  });

  it('a stored override whose basis no longer matches is flagged when the item is opened', async () => {
    const stored: Decision = {
      id: 1, points: [], outcome: 'postponed', outcomeBody: null, remark: '', rounds: [], notes: [],
      override: { text: 'Sagen blev godkendt.', basis: 'Godkendt.' },
    };
    server.meeting.items[0]!.decisions = [stored];
    await openConduct(server, BUDGET);
    renderMeeting();
    await waitFor(() => expect(within(preview()).getByText(/den dannede tekst er ændret siden/i)).toBeTruthy());
    expect(screen.getByText('Den dannede tekst er ændret siden – tjek den skrevne.')).toBeTruthy();
    // Opening an item writes nothing.
    await new Promise((r) => setTimeout(r, 700));
    expect(callsOf(server, 'decisions:set')).toHaveLength(0);
  });

  it('the presence lines written by hand are saved with their basis through itemRecord:update', async () => {
    server.meeting.attendance = [1, 2, 3, 4, 6, 7].map(present).concat([{ ...present(5), status: 'absent' }]);
    await openConduct(server, BUDGET);
    renderMeeting();
    pressOutcome(await screen.findByRole('region', { name: 'Beslutning 1' }), 'G');
    fireEvent.click(screen.getByRole('button', { name: 'Skriv tilstedelinjerne selv' }));
    const text = screen.getByRole('textbox', { name: 'De skrevne tilstedelinjer' });
    expect((text as HTMLTextAreaElement).value).toBe('Mads Kjær (O) var fraværende.');
    fireEvent.change(text, { target: { value: 'Mads Kjær (O) havde meldt afbud.' } });
    await waitFor(() => expect(callsOf(server, 'itemRecord:update').at(-1)?.args).toEqual({
      itemId: BUDGET, publicExtract: null, presenceOverride: { text: 'Mads Kjær (O) havde meldt afbud.', basis: 'Mads Kjær (O) var fraværende.' },
    }));
    expect(preview().textContent).toContain('Mads Kjær (O) havde meldt afbud.');
  });
});
