// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { fieldErrorsOf, readableMessage } from '../../renderer/hooks/use-action';
import { parseClockTime, parseDanishDate } from '../../renderer/format/parse-input';
import { insertIndex } from '../../renderer/components/meeting/MeetingView';
import { suggestDate } from '../../renderer/components/meeting/NewMeetingForm';
import { keyFromHeading, move } from '../../renderer/components/settings/reorder';
import { UI_STORAGE_KEY, useUiStore } from '../../renderer/stores/ui-store';
import type { Item, MeetingSummary } from '../../shared/domain/entities';

describe('what the secretary types', () => {
  it('reads Danish dates', () => {
    expect(parseDanishDate('2026-12-03')).toBe('2026-12-03');
    expect(parseDanishDate('3-12-2026')).toBe('2026-12-03');
    expect(parseDanishDate('03.12.2026')).toBe('2026-12-03');
    expect(parseDanishDate('3/12 26')).toBe('2026-12-03');
    expect(parseDanishDate('3. december 2026')).toBe('2026-12-03');
    expect(parseDanishDate('3 dec 2026')).toBe('2026-12-03');
    expect(parseDanishDate('30-02-2026')).toBeNull();
    expect(parseDanishDate('i morgen')).toBeNull();
  });

  it('reads clock times', () => {
    expect(parseClockTime('16')).toBe('16:00');
    expect(parseClockTime('16.00')).toBe('16:00');
    expect(parseClockTime('9.30')).toBe('09:30');
    expect(parseClockTime('1630')).toBe('16:30');
    expect(parseClockTime('24:00')).toBeNull();
    expect(parseClockTime('kl. 16')).toBeNull();
  });

  it('makes section keys from headings with æøå', () => {
    expect(keyFromHeading('Økonomiske konsekvenser')).toBe('oekonomiske_konsekvenser');
    expect(keyFromHeading('Bæredygtighed')).toBe('baeredygtighed');
    expect(keyFromHeading('Høring og åbenhed')).toBe('hoering_og_aabenhed');
    expect(keyFromHeading('2. behandling')).toBe('afsnit_2_behandling');
  });

  it('moves rows up and down within bounds', () => {
    expect(move(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(move(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
  });
});

describe('API errors in forms', () => {
  const error = {
    code: 'invalid_input',
    message: 'Ugyldige oplysninger – letter: Partibogstavet må ikke være tomt; name: Partiets navn må ikke være tom',
    issues: [
      { path: ['letter'], message: 'Partibogstavet må ikke være tomt' },
      { path: ['name'], message: 'Partiets navn må ikke være tom' },
      { path: ['sections', 2, 'heading'], message: 'Overskriften må ikke være tom' },
    ],
  };
  it('keys field messages by path', () => {
    expect(fieldErrorsOf(error)).toMatchObject({
      letter: 'Partibogstavet må ikke være tomt',
      name: 'Partiets navn må ikke være tom',
      'sections.2.heading': 'Overskriften må ikke være tom',
    });
  });
  it('drops the paths from the alert text', () => {
    expect(readableMessage(error)).toBe('Ugyldige oplysninger – Partibogstavet må ikke være tomt; Partiets navn må ikke være tom');
  });
});

describe('agenda helpers', () => {
  const item = (kind: Item['kind'], title: string) => ({ kind, title }) as Item;
  it('puts new items before Eventuelt', () => {
    const items = [item('agenda_approval', 'Godkendelse af dagsorden'), item('announcements', 'Meddelelser'), item('any_other_business', 'Eventuelt')];
    expect(insertIndex(items, undefined)).toBe(2);
    expect(insertIndex(items.slice(0, 2), undefined)).toBe(2);
    expect(insertIndex([...items, item('ordinary', 'Lukket møde')], [{ kind: 'ordinary', title: 'Lukket møde', placement: 'end' }])).toBe(2);
  });
  it('suggests a date four weeks after the last meeting', () => {
    expect(suggestDate([{ date: '2026-10-27' } as MeetingSummary, { date: '2026-09-29' } as MeetingSummary])).toBe('2026-11-24');
    expect(suggestDate([], new Date(2026, 10, 22))).toBe('2026-12-06');
  });
});

describe('ui store', () => {
  it('remembers the selection in localStorage', () => {
    useUiStore.getState().selectMeeting(3, 7);
    useUiStore.getState().selectItem(42);
    const stored = JSON.parse(localStorage.getItem(UI_STORAGE_KEY)!) as { state: Record<string, unknown> };
    expect(stored.state).toMatchObject({ view: 'meeting', committeeId: 3, meetingId: 7, itemId: 42 });
    // Choosing another meeting forgets the item; choosing the same keeps it.
    useUiStore.getState().selectMeeting(3, 7);
    expect(useUiStore.getState().itemId).toBe(42);
    useUiStore.getState().selectMeeting(3, 8);
    expect(useUiStore.getState().itemId).toBeNull();
  });
});
