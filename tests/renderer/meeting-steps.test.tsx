// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MeetingSummary, Release } from '../../shared/domain/entities';
import type { ReleaseIssue } from '../../shared/logic/release-checks';
import { findingKey } from '../../shared/logic/release-gate';
import { setApiTransport } from '../../renderer/api/api';
import { Sidebar } from '../../renderer/components/app/Sidebar';
import { MeetingView } from '../../renderer/components/meeting/MeetingView';
import { createI18n } from '../../renderer/i18n/i18n';
import { useCommitteeStore } from '../../renderer/stores/committee-store';
import { useMeetingStore } from '../../renderer/stores/meeting-store';
import { useUiStore } from '../../renderer/stores/ui-store';
import { FakeUserError } from './fake-transport';
import { item, meetingServer, openMeeting, type MeetingServer } from './meeting-server';

/** The meeting's steps from the header: each through its dialog, applied from what the API returns. */

const summaryOf = (server: MeetingServer): MeetingSummary => {
  const { items: _items, attendance: _a, members: _m, agendaSnapshot: _s, firstItemNumber: _f, ...summary } = structuredClone(server.meeting);
  return summary;
};

const placeholder: ReleaseIssue = {
  code: 'placeholder', severity: 'error', itemId: 12, sectionKey: 'oekonomi',
  message: 'Punkt 2 »Låneoptagelse for 2026«: pladsholder »[indsæt beløb]« i afsnittet »Økonomi«.', excerpt: 'Lånet udgør [indsæt beløb] kr.',
};
const cpr: ReleaseIssue = {
  code: 'cpr', severity: 'error', itemId: 13, sectionKey: 'sagsfremstilling',
  message: 'Punkt 3 »Klage over afgørelse«: Muligt CPR-nummer i afsnittet »Sagsfremstilling« på et åbent punkt.', excerpt: 'CPR 070761-4285',
};

let server: MeetingServer;
let releaseCalls = 0;

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-25T10:00:00Z'));
  releaseCalls = 0;
  server = meetingServer(
    [item(11, 1, 'Godkendelse af dagsorden', { kind: 'agenda_approval' }), item(12, 2, 'Låneoptagelse for 2026'), item(13, 3, 'Klage over afgørelse')],
    () => ({
      'meetings:update': (input) => {
        Object.assign(server.meeting, { date: input.date, startTime: input.startTime ?? null, endTime: input.endTime ?? null, place: input.place ?? null, kind: input.kind ?? server.meeting.kind });
        return summaryOf(server);
      },
      'meetings:setStatus': ({ status }) => {
        server.meeting.status = status;
        return summaryOf(server);
      },
      'meetings:cancel': ({ reason }) => {
        Object.assign(server.meeting, { status: 'cancelled', cancelReason: reason });
        return summaryOf(server);
      },
      'meetings:reinstate': () => {
        Object.assign(server.meeting, { status: server.meeting.agendaVersion === null ? 'planned' : 'agenda_released', cancelReason: null });
        return summaryOf(server);
      },
      'meetings:delete': () => undefined,
      'meetings:releaseChecks': () => [placeholder, cpr],
      'meetings:protocolChecks': () => [],
      'certificates:list': () => [],
      'meetings:release': ({ overrides, pdfa }) => {
        releaseCalls++;
        const given = new Map(overrides.map((o) => [o.key, o.reason]));
        const blocking = [placeholder, cpr].filter((i) => !given.has(findingKey(i)));
        if (blocking.length > 0) {
          throw new FakeUserError(
            `Dagsordenen er ikke udsendt: ${blocking.length} fund skal rettes eller tilsidesættes med en begrundelse.\n${blocking.map((i) => `- ${i.message}`).join('\n')}`,
            'release_blocked',
          );
        }
        Object.assign(server.meeting, { status: 'agenda_released', agendaVersion: 1 });
        const release = (id: number, edition: Release['edition']): Release => ({
          id, meetingId: 1, document: 'agenda', edition, version: 1, releasedAt: '2026-11-25T10:00:00Z', sha256: 'a'.repeat(64), format: pdfa ? 'pdfa' : 'pdf', signed: false, word: null,
        });
        return {
          version: 1,
          releases: [release(1, 'members'), release(2, 'public')],
          overridden: overrides.map((o) => ({ key: o.key, reason: o.reason, message: [placeholder, cpr].find((i) => findingKey(i) === o.key)!.message })),
          withheldItemIds: [13],
          meeting: summaryOf(server),
        };
      },
    }),
  );
  useCommitteeStore.setState({
    loaded: true,
    committees: [{ id: 1, name: 'Økonomiudvalget', kind: 'oekonomiudvalg', defaultPlace: null, defaultStartTime: null, archived: false, approvalRule: 'all_present' }],
    meetings: { 1: [summaryOf(server)] },
    details: {},
  });
  await openMeeting(server, 12);
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

function renderApp() {
  return render(
    <I18nextProvider i18n={createI18n('da')}>
      <Sidebar />
      <MeetingView meetingId={1} />
    </I18nextProvider>,
  );
}

const steps = () => screen.getByRole('group', { name: 'Mødets trin' });
const sidebar = () => screen.getByRole('navigation', { name: 'Udvalg og møder' });
const gets = () => server.fake.calls.filter((c) => c.method === 'meetings:get').length;

async function chooseInMenu(name: string) {
  fireEvent.click(within(steps()).getByRole('button', { name: 'Flere handlinger' }));
  fireEvent.click(screen.getByRole('menuitem', { name }));
}

describe('the meeting header steps', () => {
  it('edits time and place in a modal dialog; the header and the sidebar take the answer without reading the meeting again', async () => {
    renderApp();
    const opener = within(steps()).getByRole('button', { name: 'Rediger mødet' });
    opener.focus();
    fireEvent.click(opener);
    const dialog = screen.getByRole('dialog', { name: 'Rediger mødet' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(document.activeElement).toBe(within(dialog).getByLabelText('Dato'));

    fireEvent.change(within(dialog).getByLabelText('Starttidspunkt'), { target: { value: '16.30' } });
    fireEvent.change(within(dialog).getByLabelText('Sluttidspunkt'), { target: { value: '18' } });
    fireEvent.change(within(dialog).getByLabelText('Sted'), { target: { value: 'Mødelokale 3, Rådhuset' } });
    const before = gets();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Gem ændringer' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(server.fake.calls.find((c) => c.method === 'meetings:update')?.args).toEqual({
      id: 1, date: '2026-12-02', startTime: '16:30', endTime: '18:00', place: 'Mødelokale 3, Rådhuset', kind: 'ordinary',
    });
    expect(document.querySelector('.meeting-place')?.textContent).toBe('Mødelokale 3, Rådhuset');
    expect(document.querySelector('.meeting-time')?.textContent).toBe('kl. 16.30-18.00');
    expect(useCommitteeStore.getState().meetings[1]?.[0]?.place).toBe('Mødelokale 3, Rådhuset');
    expect(gets()).toBe(before);
    // The focus is back on the button that opened the dialog; the step is announced.
    expect(document.activeElement).toBe(opener);
    expect(screen.getByTestId('step-announcer').textContent).toBe('Mødet er gemt.');
  });

  it('keeps the focus in the dialog (Tab wraps) and closes on Escape, back to the opener', () => {
    renderApp();
    const opener = within(steps()).getByRole('button', { name: 'Rediger mødet' });
    opener.focus();
    fireEvent.click(opener);
    const dialog = screen.getByRole('dialog', { name: 'Rediger mødet' });
    const cancel = within(dialog).getByRole('button', { name: 'Annuller' });
    cancel.focus();
    fireEvent.keyDown(cancel, { key: 'Tab' });
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Luk' }));
    fireEvent.keyDown(document.activeElement!, { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(cancel);
    fireEvent.keyDown(cancel, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });

  it('refuses an implausible year at the date field with one message, not again in a banner', async () => {
    renderApp();
    fireEvent.click(within(steps()).getByRole('button', { name: 'Rediger mødet' }));
    const dialog = screen.getByRole('dialog', { name: 'Rediger mødet' });
    fireEvent.change(within(dialog).getByLabelText('Dato'), { target: { value: '01-01-9999' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Gem ændringer' }));
    const message = 'Skriv datoen som DD-MM-ÅÅÅÅ med et år fra 1900 til 2100, f.eks. 03-12-2026.';
    expect(await within(dialog).findByText(message)).toBeTruthy();
    expect(within(dialog).queryByRole('alert')).toBeNull();
    expect(dialog.textContent?.split('DD-MM-ÅÅÅÅ').length).toBe(2);
    expect(server.meeting.date).toBe('2026-12-02');
  });

  it('cancels with a required reason: "aflyst" in the sidebar, the banner, and Genoptag brings it back', async () => {
    renderApp();
    await chooseInMenu('Aflys mødet …');
    const dialog = screen.getByRole('dialog', { name: 'Aflys mødet' });
    expect(dialog.textContent).toContain('Mødet i Økonomiudvalget 2. december 2026 aflyses.');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Aflys mødet' }));
    // The empty reason: the message at the field, once.
    expect(await within(dialog).findByText('Grunden til aflysningen må ikke være tom')).toBeTruthy();
    expect(within(dialog).queryByRole('alert')).toBeNull();

    fireEvent.change(within(dialog).getByLabelText('Grund til aflysningen'), { target: { value: 'Ingen sager til behandling' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Aflys mødet' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    const banner = screen.getByRole('region', { name: 'Mødet er aflyst: Ingen sager til behandling' });
    expect(within(sidebar()).getByRole('button', { name: /2\. december 2026\s*aflyst/ })).toBeTruthy();
    expect(document.querySelector('.meeting-header .status-cancelled')?.textContent).toBe('aflyst');
    expect((screen.getByRole('button', { name: 'Tilføj punkt' }) as HTMLButtonElement).disabled).toBe(true);

    fireEvent.click(within(banner).getByRole('button', { name: 'Genoptag mødet' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: /Mødet er aflyst/ })).toBeNull());
    expect(within(sidebar()).getByRole('button', { name: /2\. december 2026\s*planlagt/ })).toBeTruthy();
    expect(screen.getByTestId('step-announcer').textContent).toBe('Mødet er genoptaget.');
  });

  it('releases through the checks: blocked with the list, then overridden with reasons, version 1 with both editions', async () => {
    renderApp();
    fireEvent.click(within(steps()).getByRole('button', { name: 'Udsend dagsorden …' }));
    const dialog = screen.getByRole('dialog', { name: 'Udsend dagsorden' });
    expect(await within(dialog).findByText('2 fund: 2 fejl, 0 advarsler, 0 spørgsmål.')).toBeTruthy();
    expect(within(dialog).getByText(/Et CPR-lignende nummer holder punktets tekst ude af den offentlige udgave, også når fundet tilsidesættes/)).toBeTruthy();
    expect(within(dialog).getByText(/^2 fejl skal rettes eller tilsidesættes/)).toBeTruthy();

    fireEvent.click(within(dialog).getByRole('button', { name: 'Udsend version 1' }));
    const refusal = await within(dialog).findByRole('alert');
    expect(refusal.textContent).toContain('Dagsordenen er ikke udsendt: 2 fund skal rettes eller tilsidesættes med en begrundelse.');
    expect(within(refusal).getAllByRole('listitem').map((li) => li.textContent)).toEqual([placeholder.message, cpr.message]);

    const fields = within(dialog).getAllByLabelText(/^Tilsidesæt med begrundelse/);
    expect(fields).toHaveLength(2);
    fireEvent.change(fields[0]!, { target: { value: 'Beløbet oplyses på mødet' } });
    fireEvent.change(fields[1]!, { target: { value: 'Klageren har givet samtykke' } });
    fireEvent.click(within(dialog).getByLabelText('PDF/A (arkiv)'));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Udsend version 1' }));

    const done = await screen.findByRole('dialog', { name: 'Version 1 udsendt' });
    expect(server.fake.calls.filter((c) => c.method === 'meetings:release').at(-1)?.args).toEqual({
      id: 1, pdfa: true, sign: null,
      overrides: [{ key: findingKey(placeholder), reason: 'Beløbet oplyses på mødet' }, { key: findingKey(cpr), reason: 'Klageren har givet samtykke' }],
    });
    expect(releaseCalls).toBe(2);
    expect(within(done).getByText('Medlemmernes udgave')).toBeTruthy();
    expect(within(done).getByText('Offentlig udgave')).toBeTruthy();
    expect(within(done).getAllByText('PDF/A')).toHaveLength(2);
    expect(within(done).getByText('Begrundelse: Beløbet oplyses på mødet')).toBeTruthy();
    expect(within(done).getByText('Teksten i punkt 3 er holdt ude af den offentlige udgave (CPR-lignende nummer).')).toBeTruthy();

    // Header and sidebar follow: released, the next release would be version 2.
    expect(document.querySelector('.meeting-header .badge-status')?.textContent).toBe('dagsorden udsendt');
    expect(within(steps()).getByRole('button', { name: 'Udsend version 2 …' })).toBeTruthy();
    expect(useCommitteeStore.getState().meetings[1]?.[0]?.agendaVersion).toBe(1);
    expect(useMeetingStore.getState().meeting?.agendaSnapshot?.items.map((i) => i.id)).toEqual([11, 12, 13]);
    fireEvent.click(within(done).getAllByRole('button', { name: 'Luk' }).at(-1)!);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('says that the release runs while it does', async () => {
    let finish: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (finish = resolve));
    const original = server.fake.transport;
    server.fake.transport = async (method, args) => {
      if (method === 'meetings:release') await held;
      return original(method, args);
    };
    setApiTransport(server.fake.transport);
    server.meeting.items = server.meeting.items.slice(0, 1);
    renderApp();
    fireEvent.click(within(steps()).getByRole('button', { name: 'Udsend dagsorden …' }));
    const dialog = screen.getByRole('dialog', { name: 'Udsend dagsorden' });
    await within(dialog).findByText('2 fund: 2 fejl, 0 advarsler, 0 spørgsmål.');
    for (const field of within(dialog).getAllByLabelText(/^Tilsidesæt med begrundelse/)) fireEvent.change(field, { target: { value: 'Kendt' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Udsend version 1' }));
    expect(await within(dialog).findByText(/^Udsender version 1: medlemmernes og den offentlige udgave dannes/)).toBeTruthy();
    expect(within(dialog).getByRole('button', { name: 'Udsend version 1' }).getAttribute('aria-disabled')).toBe('true');
    await act(async () => finish());
    expect(await screen.findByRole('dialog', { name: 'Version 1 udsendt' })).toBeTruthy();
  });

  it('deletes a never-released meeting after a confirmation that names it', async () => {
    renderApp();
    await chooseInMenu('Slet mødet …');
    const dialog = screen.getByRole('alertdialog', { name: 'Slet mødet' });
    expect(dialog.textContent).toContain('Slet mødet i Økonomiudvalget 2. december 2026 med 3 punkter?');
    // The focus starts on the safe choice.
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Annuller' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Slet mødet' }));
    await waitFor(() => expect(useMeetingStore.getState().meeting).toBeNull());
    expect(server.fake.calls.some((c) => c.method === 'meetings:delete')).toBe(true);
    expect(useUiStore.getState().meetingId).toBeNull();
    expect(useCommitteeStore.getState().meetings[1]).toEqual([]);
    expect(screen.getByTestId('step-announcer').textContent).toBe('Mødet i Økonomiudvalget 2. december 2026 er slettet.');
  });

  it('marks a released meeting held on its day, reopens it, and opens the approval of the minutes', async () => {
    Object.assign(server.meeting, { status: 'agenda_released', agendaVersion: 1 });
    vi.setSystemTime(new Date('2026-12-02T15:00:00Z'));
    await openMeeting(server, 12);
    renderApp();
    await chooseInMenu('Markér som afholdt');
    await waitFor(() => expect(document.querySelector('.meeting-header .badge-status')?.textContent).toBe('afholdt'));
    expect(screen.getByText(/^Mødet er afholdt: dagsordenens punkter, tekster og bilag kan ikke længere ændres\./)).toBeTruthy();

    await chooseInMenu('Genåbn mødet');
    await waitFor(() => expect(document.querySelector('.meeting-header .badge-status')?.textContent).toBe('dagsorden udsendt'));
    await chooseInMenu('Markér som afholdt');
    await waitFor(() => expect(document.querySelector('.meeting-header .badge-status')?.textContent).toBe('afholdt'));

    // The approval has its own pane (the protocol check, the members' approvals, signing): the menu opens it.
    await chooseInMenu('Godkend referatet …');
    expect(screen.getByRole('tab', { name: 'Godkendelse' }).getAttribute('aria-selected')).toBe('true');
    expect(await screen.findByRole('heading', { name: 'Godkendelse af referatet' })).toBeTruthy();
    expect(server.fake.calls.filter((c) => c.method === 'meetings:setStatus').map((c) => (c.args as { status: string }).status)).toEqual(['held', 'agenda_released', 'held']);
    expect(server.fake.calls.some((c) => c.method === 'meetings:approve')).toBe(false);
  });

  it('shows which committee is selected in the sidebar', () => {
    useCommitteeStore.setState({
      committees: [...useCommitteeStore.getState().committees, { id: 2, name: 'Teknik- og Miljøudvalget', kind: 'fagudvalg', defaultPlace: null, defaultStartTime: null, archived: false, approvalRule: 'all_present' }],
      meetings: { ...useCommitteeStore.getState().meetings, 2: [] },
    });
    renderApp();
    const entries = within(sidebar()).getAllByRole('listitem').filter((li) => li.classList.contains('committee-entry'));
    expect(entries.map((li) => [li.querySelector('h3')?.textContent, li.getAttribute('aria-current')])).toEqual([
      ['Økonomiudvalget', 'true'],
      ['Teknik- og Miljøudvalget', null],
    ]);
  });

  it('opens the menu with the arrow keys and walks it with wrap-around', () => {
    renderApp();
    const button = within(steps()).getByRole('button', { name: 'Flere handlinger' });
    fireEvent.keyDown(button, { key: 'ArrowUp' });
    const items = within(screen.getByRole('menu')).getAllByRole('menuitem');
    expect(document.activeElement).toBe(items.at(-1));
    fireEvent.keyDown(screen.getByRole('menu'), { key: 'ArrowDown' });
    expect(document.activeElement).toBe(items[0]);
    fireEvent.keyDown(screen.getByRole('menu'), { key: 'End' });
    expect(document.activeElement).toBe(items.at(-1));
    fireEvent.keyDown(screen.getByRole('menu'), { key: 'a' });
    expect(document.activeElement?.textContent).toBe('Aflys mødet …');
    fireEvent.keyDown(screen.getByRole('menu'), { key: 'Tab' });
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(button);
  });
});
