import { isIsoDate } from '../../shared/format/danish-date';
import { isPlausibleYear } from '../../shared/format/plausible-year';

const MONTHS = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A date the way a Danish secretary types it → ISO 'YYYY-MM-DD', or null.
 * Accepts 2026-12-03, 3-12-2026, 03.12.2026, 3/12 2026, 3-12-26 and "3. december 2026" / "3 dec 2026".
 * A year outside PLAUSIBLE_YEARS (01-01-0001, 01-01-9999) is a slip, not a date: null.
 */
export function parseDanishDate(input: string): string | null {
  const text = input.trim().toLowerCase();
  if (!text) return null;
  let yearText: string;
  let month: number;
  let day: number;
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (match) {
    [yearText, month, day] = [match[1]!, Number(match[2]), Number(match[3])];
  } else if ((match = /^(\d{1,2})\s*[.\-/ ]\s*(\d{1,2})\s*[.\-/ ]\s*(\d{2}|\d{4})$/.exec(text))) {
    [day, month, yearText] = [Number(match[1]), Number(match[2]), match[3]!];
  } else if ((match = /^(\d{1,2})\.?\s+([a-zæøå]+)\.?\s+(\d{2}|\d{4})$/.exec(text))) {
    const name = match[2]!;
    const index = MONTHS.findIndex((m) => m === name || (name.length >= 3 && m.startsWith(name)));
    if (index < 0) return null;
    [day, month, yearText] = [Number(match[1]), index + 1, match[3]!];
  } else {
    return null;
  }
  // Two digits are this century's year (26 → 2026); four are the year as written (0001 stays year 1).
  const year = yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText);
  if (!isPlausibleYear(year)) return null;
  const iso = `${year}-${pad(month)}-${pad(day)}`;
  return isIsoDate(iso) ? iso : null;
}

/** '2026-12-03' → '03-12-2026' (the Danish short date, as on page furniture). */
export function formatShortInput(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? `${match[3]}-${match[2]}-${match[1]}` : iso;
}

/** '16', '16.00', '16:00', '1600', '9.30' → 'HH:MM', or null. */
export function parseClockTime(input: string): string | null {
  const text = input.trim();
  if (!text) return null;
  let match = /^(\d{1,2})(?:\s*[.:,]\s*(\d{2}))?$/.exec(text);
  if (!match) match = /^(\d{1,2})(\d{2})$/.exec(text);
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2] ?? '0');
  if (hours > 23 || minutes > 59) return null;
  return `${pad(hours)}:${pad(minutes)}`;
}
