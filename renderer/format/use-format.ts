import { useTranslation } from 'react-i18next';
import { formatLongDate, formatTime, formatTimeRange } from '../../shared/format/danish-date';

export interface Formatters {
  /** '2026-12-03' → '3. december 2026' (Danish) or '3 December 2026' (English). */
  date(iso: string): string;
  /** '16:00' → 'kl. 16.00' (Danish) or '16:00' (English). */
  time(hhmm: string): string;
  /** ('16:00', '18:30') → 'kl. 16.00-18.30' or '16:00–18:30'. */
  timeRange(start: string, end: string): string;
}

const englishDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

export function formattersFor(language: string): Formatters {
  if (language.startsWith('en')) {
    return {
      date: (iso) => safe(() => englishDate.format(new Date(`${iso}T00:00:00Z`)), iso),
      time: (hhmm) => hhmm,
      timeRange: (start, end) => `${start}–${end}`,
    };
  }
  return {
    date: (iso) => safe(() => formatLongDate(iso), iso),
    time: (hhmm) => safe(() => formatTime(hhmm), hhmm),
    timeRange: (start, end) => safe(() => formatTimeRange(start, end), `${start}-${end}`),
  };
}

export function useFormat(): Formatters {
  const { i18n } = useTranslation();
  return formattersFor(i18n.language);
}

function safe(format: () => string, fallback: string): string {
  try {
    return format();
  } catch {
    return fallback;
  }
}
