import { isoDateSchema } from '../../../shared/domain/primitives';

/**
 * The demo's dates, all derived from one "today" so the same option always gives the same data
 * (no clock is read). Meetings fall on the weekdays committees usually meet.
 */
export interface DemoCalendar {
  today: string;
  /** The held Erhvervs- og Beskæftigelsesudvalget meeting: a Tuesday three to four weeks ago. */
  heldDate: string;
  /** The approved Erhvervs- og Beskæftigelsesudvalget meeting: the Tuesday four weeks before the held one. */
  approvedDate: string;
  /** The coming Økonomiudvalget meeting: a Wednesday one to two weeks ahead. */
  upcomingDate: string;
  /** The year of the held meeting, the budget year after it, and the two-digit prefix of case numbers. */
  year: number;
  nextYear: number;
  casePrefix: string;
  /** 1 January of the held meeting's year: when the memberships start. */
  periodStart: string;
}

export const DEFAULT_DEMO_TODAY = '2026-11-22';

export const TUESDAY = 2;
export const WEDNESDAY = 3;

export function demoCalendar(today: string = DEFAULT_DEMO_TODAY): DemoCalendar {
  if (!isoDateSchema.safeParse(today).success) throw new Error(`Demodata: ugyldig dato "${today}" (forventet ÅÅÅÅ-MM-DD).`);
  const heldDate = weekdayOnOrBefore(addDays(today, -21), TUESDAY);
  const approvedDate = weekdayOnOrBefore(addDays(heldDate, -28), TUESDAY);
  const upcomingDate = weekdayOnOrAfter(addDays(today, 7), WEDNESDAY);
  const year = Number(heldDate.slice(0, 4));
  return {
    today,
    heldDate,
    approvedDate,
    upcomingDate,
    year,
    nextYear: year + 1,
    casePrefix: String(year % 100).padStart(2, '0'),
    periodStart: `${year}-01-01`,
  };
}

/** Calendar arithmetic on ISO dates in UTC, so no time zone can move a date. */
export function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

function weekday(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

export function weekdayOnOrBefore(iso: string, day: number): string {
  return addDays(iso, -((weekday(iso) - day + 7) % 7));
}

export function weekdayOnOrAfter(iso: string, day: number): string {
  return addDays(iso, (day - weekday(iso) + 7) % 7);
}
