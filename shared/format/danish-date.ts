/**
 * Danish date and time wording for agendas and minutes. Dates are ISO 'YYYY-MM-DD' strings and are
 * read as calendar dates, never as instants, so no time zone can shift them by a day.
 *
 * Month and weekday names come from tables rather than Intl: the output is printed in legal
 * documents and must not change with the ICU/CLDR version of Node, Electron or a browser.
 */

const MONTHS = [
  'januar', 'februar', 'marts', 'april', 'maj', 'juni',
  'juli', 'august', 'september', 'oktober', 'november', 'december',
] as const;

const WEEKDAYS = ['søndag', 'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag'] as const;

interface CalendarDate { year: number; month: number; day: number }

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]?\d|2[0-3]):([0-5]\d)$/;

function parseIsoDate(iso: string): CalendarDate {
  const match = ISO_DATE.exec(iso);
  if (!match) throw new RangeError(`Ugyldig dato: "${iso}" (forventet ÅÅÅÅ-MM-DD).`);
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  // Date.UTC rolls 2023-02-30 over to 2023-03-02; a round trip catches that.
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) {
    throw new RangeError(`Ugyldig dato: "${iso}".`);
  }
  return { year, month, day };
}

export function isIsoDate(value: string): boolean {
  try {
    parseIsoDate(value);
    return true;
  } catch {
    return false;
  }
}

/** '2012-01-24' -> '24. januar 2012' */
export function formatLongDate(iso: string): string {
  const { year, month, day } = parseIsoDate(iso);
  return `${day}. ${MONTHS[month - 1]} ${year}`;
}

/** '2012-01-24' -> '24-01-2012' (page furniture and bilag stamps) */
export function formatShortDate(iso: string): string {
  const { year, month, day } = parseIsoDate(iso);
  return `${pad2(day)}-${pad2(month)}-${year}`;
}

/** '2012-01-24' -> 'tirsdag den 24. januar 2012' */
export function formatWeekdayLongDate(iso: string): string {
  const { year, month, day } = parseIsoDate(iso);
  const weekday = WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()];
  return `${weekday} den ${formatLongDate(iso)}`;
}

/** '15:00' -> 'kl. 15.00'; '08:30' -> 'kl. 8.30' (Danish writes the hour without a leading zero) */
export function formatTime(time: string): string {
  return `kl. ${clockTime(time)}`;
}

/** ('15:00', '17:30') -> 'kl. 15.00-17.30' */
export function formatTimeRange(start: string, end: string): string {
  return `kl. ${clockTime(start)}-${clockTime(end)}`;
}

function clockTime(time: string): string {
  const match = TIME.exec(time);
  if (!match) throw new RangeError(`Ugyldigt klokkeslæt: "${time}" (forventet TT:MM).`);
  return `${Number(match[1])}.${match[2]}`;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

const copenhagenDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar date in Denmark at an instant, as ISO 'YYYY-MM-DD' (the day a meeting is held on). */
export function danishIsoDate(instant: Date): string {
  return copenhagenDate.format(instant);
}

const copenhagenDateTime = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Copenhagen', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
});

/** An instant as Denmark's clock shows it: '2026-12-03T09:15:00Z' -> '3. december 2026 kl. 10.15'. */
export function formatLongDateTime(instant: string | Date): string {
  const parts = Object.fromEntries(copenhagenDateTime.formatToParts(new Date(instant)).map((p) => [p.type, p.value]));
  return `${formatLongDate(`${parts.year}-${parts.month}-${parts.day}`)} ${formatTime(`${parts.hour}:${parts.minute}`)}`;
}
