/**
 * The years a date in this app can plausibly fall in: meetings, member periods, a member's request.
 * A year outside (01-01-0001, 01-01-9999) is a typing slip, refused where dates are read — by the
 * screens as they parse what is typed and by the API's date schema — with one message naming the bounds.
 */
export const PLAUSIBLE_YEARS = { min: 1900, max: 2100 } as const;

export function isPlausibleYear(year: number): boolean {
  return Number.isInteger(year) && year >= PLAUSIBLE_YEARS.min && year <= PLAUSIBLE_YEARS.max;
}

/** An ISO 'YYYY-MM-DD' whose year is plausible (the calendar check is isIsoDate's). */
export function hasPlausibleYear(iso: string): boolean {
  const match = /^(\d{4})-\d{2}-\d{2}$/.exec(iso);
  return match !== null && isPlausibleYear(Number(match[1]));
}
