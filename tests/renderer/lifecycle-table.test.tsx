// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MeetingStatus } from '../../shared/domain/enums';
import { lifecycleText, type LifecycleRefusal } from '../../shared/logic/lifecycle';
import { AREAS, EXPECTED_CHANGES, STATUSES } from '../fixtures/lifecycle/lifecycle-table';
import { item, meetingServer, openMeeting, paragraph, renderMeeting } from './meeting-server';

/**
 * The screens against the lifecycle table the shared rule and the services are tested with: for
 * every status, the agenda's edit controls and the header's steps are enabled or disabled as the
 * table says, and the reason is the lifecycle's own words, shown once.
 */

type Step = 'release' | 'edit' | 'markHeld' | 'reopen' | 'approve' | 'cancel' | 'reinstate' | 'delete';
/** 'on' enabled, 'hidden' left out (done, or not for this status), else the refusal it is disabled with. */
type Expected = 'on' | 'hidden' | LifecycleRefusal;

/**
 * The steps as the issue states them, written out by hand, for a meeting whose date has passed
 * (released from 'agenda_released' on; the planned and the cancelled meeting were never released).
 */
const EXPECTED_STEPS: Record<MeetingStatus, Record<Step, Expected>> = {
  planned: { release: 'on', edit: 'on', markHeld: 'held_needs_release', reopen: 'hidden', approve: 'approve_needs_held', cancel: 'on', reinstate: 'hidden', delete: 'on' },
  agenda_released: { release: 'on', edit: 'on', markHeld: 'on', reopen: 'hidden', approve: 'approve_needs_held', cancel: 'on', reinstate: 'hidden', delete: 'delete_released' },
  held: { release: 'hidden', edit: 'on', markHeld: 'hidden', reopen: 'on', approve: 'on', cancel: 'cancel_after_meeting', reinstate: 'hidden', delete: 'delete_released' },
  minutes_approved: { release: 'hidden', edit: 'minutes_approved', markHeld: 'hidden', reopen: 'minutes_approved', approve: 'hidden', cancel: 'minutes_approved', reinstate: 'hidden', delete: 'minutes_approved' },
  cancelled: { release: 'hidden', edit: 'cancelled', markHeld: 'hidden', reopen: 'hidden', approve: 'hidden', cancel: 'hidden', reinstate: 'on', delete: 'on' },
};

const LABELS: Record<Step, string | RegExp> = {
  release: /^Udsend (dagsorden|version \d+) …$/,
  edit: 'Rediger mødet',
  markHeld: 'Markér som afholdt',
  reopen: 'Genåbn mødet',
  approve: 'Godkend referatet …',
  cancel: 'Aflys mødet …',
  reinstate: 'Genoptag mødet',
  delete: 'Slet mødet …',
};
const MENU_STEPS: Step[] = ['markHeld', 'reopen', 'approve', 'cancel', 'reinstate', 'delete'];
const MEETING_DATE = '2026-12-02';

beforeEach(() => {
  // Only the clock: "today" is a week after the meeting, whatever day the tests run.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-12-09T10:00:00Z'));
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

async function openIn(status: MeetingStatus) {
  const server = meetingServer([
    item(11, 1, 'Godkendelse af dagsorden', { kind: 'agenda_approval' }),
    item(12, 2, 'Lokalplan for Havnefronten', { sections: [{ key: 'resume', heading: 'Resume', content: paragraph('Planen giver plads til 120 boliger.') }] }),
  ]);
  Object.assign(server.meeting, {
    status,
    date: MEETING_DATE,
    agendaVersion: status === 'planned' || status === 'cancelled' ? null : 1,
    cancelReason: status === 'cancelled' ? 'Ingen sager til behandling' : null,
  });
  await openMeeting(server, 12);
  renderMeeting();
  return server;
}

const reason = (refusal: string) => lifecycleText(refusal as LifecycleRefusal, 'da', { date: MEETING_DATE });

describe('the screens follow the lifecycle table', () => {
  it('covers every status and area of the table', () => {
    expect(Object.keys(EXPECTED_STEPS).sort()).toEqual([...STATUSES].sort());
    expect(AREAS).toContain('agenda');
  });

  for (const status of STATUSES) {
    const agenda = EXPECTED_CHANGES[status].agenda;
    const meeting = EXPECTED_CHANGES[status].meeting;
    const agendaOpen = agenda === 'yes' || agenda === 'new';

    it(`${status}: the agenda's edit controls are ${agendaOpen ? 'enabled' : `disabled (${agenda}), with the reason once`}`, async () => {
      await openIn(status);
      const add = screen.getByRole('button', { name: 'Tilføj punkt' }) as HTMLButtonElement;
      const controls = [
        add,
        screen.getByRole('button', { name: 'Lukket punkt' }),
        screen.getByRole('button', { name: 'Dupliker' }),
        screen.getByRole('button', { name: 'Slet punkt 2' }),
      ] as HTMLButtonElement[];
      const bilagPicker = screen.queryByRole('button', { name: 'Vælg filer …' });
      const editors = document.querySelectorAll('[contenteditable="true"]');
      if (agendaOpen) {
        for (const control of controls) expect(control.disabled, control.textContent ?? '').toBe(false);
        expect(bilagPicker).not.toBeNull();
        expect(editors.length).toBeGreaterThan(0);
        expect(document.getElementById('agenda-lock-note')).toBeNull();
      } else {
        for (const control of controls) expect(control.disabled, control.textContent ?? '').toBe(true);
        expect(bilagPicker).toBeNull();
        expect(editors.length).toBe(0);
        // The section is shown read-only instead.
        expect(screen.getByText('Planen giver plads til 120 boliger.')).toBeTruthy();
        // One visible reason, the lifecycle's words, and the controls point at it.
        expect(screen.getAllByText(reason(agenda))).toHaveLength(1);
        const note = document.getElementById('agenda-lock-note');
        expect(note?.textContent).toBe(reason(agenda));
        expect(add.getAttribute('aria-describedby')).toBe('agenda-lock-note');
        expect(screen.getByRole('group', { name: 'Det valgte punkt' }).getAttribute('aria-describedby')).toBe('agenda-lock-note');
      }
      // An agenda the status lets change moves; one it does not, does not.
      const list = screen.getByRole('listbox', { name: 'Dagsordenens punkter' });
      expect(list.className.includes('can-move')).toBe(agendaOpen);
      // The meeting's own facts: "Rediger mødet" follows the table's 'meeting' column.
      const edit = screen.getByRole('button', { name: 'Rediger mødet' });
      if (meeting === 'yes' || meeting === 'new') expect(edit.getAttribute('aria-disabled')).toBeNull();
      else {
        expect(edit.getAttribute('aria-disabled')).toBe('true');
        expect(edit.getAttribute('title')).toBe(reason(meeting));
        expect(document.getElementById(edit.getAttribute('aria-describedby') ?? '')?.textContent).toBe(reason(meeting));
      }
    });

    it(`${status}: the header's steps are enabled, disabled with the reason, or left out as expected`, async () => {
      await openIn(status);
      const expected = EXPECTED_STEPS[status];
      const steps = screen.getByRole('group', { name: 'Mødets trin' });

      for (const step of ['release', 'edit'] as const) {
        const button = within(steps).queryByRole('button', { name: LABELS[step] });
        if (expected[step] === 'hidden') expect(button, step).toBeNull();
        else if (expected[step] === 'on') expect(button?.getAttribute('aria-disabled'), step).toBeNull();
        else expect(button?.getAttribute('title'), step).toBe(reason(expected[step]));
      }

      const menuButton = within(steps).getByRole('button', { name: 'Flere handlinger' });
      fireEvent.click(menuButton);
      const menu = screen.getByRole('menu', { name: 'Flere handlinger' });
      const items = within(menu).getAllByRole('menuitem');
      const shown = MENU_STEPS.filter((s) => expected[s] !== 'hidden');
      expect(items.map((i) => i.textContent)).toEqual(shown.map((s) => LABELS[s]));

      for (const [index, step] of shown.entries()) {
        const entry = items[index]!;
        // The arrow keys reach every item, the disabled ones too.
        if (index > 0) fireEvent.keyDown(menu, { key: 'ArrowDown' });
        expect(document.activeElement, step).toBe(entry);
        const want = expected[step];
        if (want === 'on') {
          expect(entry.getAttribute('aria-disabled'), step).toBeNull();
          continue;
        }
        expect(entry.getAttribute('aria-disabled'), step).toBe('true');
        expect(entry.getAttribute('title'), step).toBe(reason(want));
        const described = document.getElementById(entry.getAttribute('aria-describedby') ?? '');
        expect(described?.textContent, step).toBe(reason(want));
        // Focused, its reason stands as visible text under the items.
        expect(described?.hidden, step).toBe(false);
      }
      fireEvent.keyDown(menu, { key: 'Escape' });
      expect(screen.queryByRole('menu')).toBeNull();
      expect(document.activeElement).toBe(menuButton);
    });
  }
});
