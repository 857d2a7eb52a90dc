import { z } from 'zod';
import { hasPlausibleYear, PLAUSIBLE_YEARS } from '../format/plausible-year';
import { TEXT_LIMITS, tooLongMessage } from './text-limits';

export const idSchema = z.number().int().positive();

/** ISO calendar date 'YYYY-MM-DD' that exists (no 30 February). */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Datoen skal skrives ÅÅÅÅ-MM-DD')
  .refine(isRealDate, 'Datoen findes ikke i kalenderen')
  .refine(hasPlausibleYear, `Året skal ligge mellem ${PLAUSIBLE_YEARS.min} og ${PLAUSIBLE_YEARS.max}`);

/** 24-hour clock 'HH:MM'. */
export const clockTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Tidspunktet skal skrives TT:MM');

/** Trimmed text of at most `max` characters; the messages name the field (`what`). */
export const limitedText = (what: string, max: number = TEXT_LIMITS.line) =>
  z.string().trim().max(max, { error: (issue) => tooLongMessage(what, max, typeof issue.input === 'string' ? issue.input.length : 0) });

export const nonEmptyText = (what: string, max: number = TEXT_LIMITS.line) => limitedText(what, max).min(1, `${what} må ikke være tom`);

function isRealDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
