import { describe, expect, it } from 'vitest';
import { documentState, lifecycleText, mayChange, mayDo, stepToStatus } from '../../../shared/logic/lifecycle';
import { AREAS, EXPECTED_CHANGES, STATUSES } from '../../fixtures/lifecycle/lifecycle-table';

const meeting = (status: Parameters<typeof mayDo>[0]['status'], over: Partial<Parameters<typeof mayDo>[0]> = {}) => ({ status, date: '2026-12-02', released: status !== 'planned', ...over });

describe('the lifecycle rule', () => {
  for (const status of STATUSES) {
    for (const area of AREAS) {
      const expected = EXPECTED_CHANGES[status][area];
      it(`${status} / ${area}: ${expected}`, () => {
        const verdict = mayChange(status, area);
        if (expected === 'yes' || expected === 'new') expect(verdict).toEqual({ allowed: true, newVersion: expected === 'new' });
        else expect(verdict).toEqual({ allowed: false, reason: expected });
      });
    }
  }

  it('marks a meeting held on or after its date, never before', () => {
    expect(mayDo(meeting('agenda_released'), 'markHeld', '2026-12-01')).toEqual({ allowed: false, reason: 'held_before_date' });
    expect(mayDo(meeting('agenda_released'), 'markHeld', '2026-12-02').allowed).toBe(true);
    expect(mayDo(meeting('planned', { released: false }), 'markHeld', '2026-12-09')).toEqual({ allowed: false, reason: 'held_needs_release' });
  });

  it('never reopens approved minutes and makes minutes only of a held meeting', () => {
    for (const action of ['release', 'markHeld', 'reopen', 'approve', 'cancel', 'reinstate', 'delete'] as const) {
      expect(mayDo(meeting('minutes_approved'), action, '2027-01-01').allowed).toBe(false);
    }
    expect(mayDo(meeting('planned'), 'exportMinutes', '2027-01-01')).toEqual({ allowed: false, reason: 'minutes_not_held' });
    expect(mayDo(meeting('agenda_released'), 'exportMinutes', '2027-01-01')).toEqual({ allowed: false, reason: 'minutes_not_held' });
    expect(mayDo(meeting('held'), 'exportMinutes', '2027-01-01').allowed).toBe(true);
  });

  it('deletes only a meeting that was never released, and cancels only one not yet held', () => {
    expect(mayDo(meeting('planned', { released: false }), 'delete', '2026-12-01').allowed).toBe(true);
    expect(mayDo(meeting('cancelled', { released: false }), 'delete', '2026-12-01').allowed).toBe(true);
    expect(mayDo(meeting('cancelled', { released: true }), 'delete', '2026-12-01')).toEqual({ allowed: false, reason: 'delete_released' });
    expect(mayDo(meeting('held'), 'cancel', '2026-12-03')).toEqual({ allowed: false, reason: 'cancel_after_meeting' });
    expect(mayDo(meeting('agenda_released'), 'cancel', '2026-12-01').allowed).toBe(true);
  });

  it('maps a status picked from a list to its step', () => {
    expect(stepToStatus('agenda_released', 'held')).toEqual({ action: 'markHeld' });
    expect(stepToStatus('held', 'agenda_released')).toEqual({ action: 'reopen' });
    expect(stepToStatus('planned', 'agenda_released')).toEqual({ refused: 'use_release' });
    expect(stepToStatus('agenda_released', 'planned')).toEqual({ refused: 'cannot_unrelease' });
    expect(stepToStatus('planned', 'cancelled')).toEqual({ refused: 'use_cancel' });
    expect(stepToStatus('minutes_approved', 'held')).toEqual({ refused: 'minutes_approved' });
    expect(stepToStatus('held', 'minutes_approved')).toEqual({ refused: 'use_approval' });
  });

  it('marks drafts, final texts and cancelled meetings', () => {
    expect(documentState('planned', 'agenda', false)).toBe('draft');
    expect(documentState('agenda_released', 'agenda', false)).toBe('final');
    expect(documentState('agenda_released', 'agenda', true)).toBe('draft');
    expect(documentState('held', 'minutes', false)).toBe('draft');
    expect(documentState('minutes_approved', 'minutes', false)).toBe('final');
    expect(documentState('cancelled', 'agenda', false)).toBe('cancelled');
  });

  it('says why in Danish and in English', () => {
    expect(lifecycleText('held_before_date', 'da', { date: '2026-12-24' })).toBe('Mødet kan ikke markeres som afholdt før mødedagen (24. december 2026).');
    expect(lifecycleText('minutes_approved', 'en')).toMatch(/addenda/);
  });
});
