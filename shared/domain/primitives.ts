import { z } from 'zod';

export const idSchema = z.number().int().positive();

/** ISO calendar date 'YYYY-MM-DD' that exists (no 30 February). */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Datoen skal skrives ÅÅÅÅ-MM-DD')
  .refine(isRealDate, 'Datoen findes ikke i kalenderen');

/** 24-hour clock 'HH:MM'. */
export const clockTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Tidspunktet skal skrives TT:MM');

export const nonEmptyText = (what: string) => z.string().trim().min(1, `${what} må ikke være tom`);

function isRealDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
