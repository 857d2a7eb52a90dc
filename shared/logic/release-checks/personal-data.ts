import { dropOverlaps, hitsOf } from './excerpt';
import type { TextHit } from './types';

const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;

// A number may not continue into digits or number punctuation on either side: that keeps amounts
// (7.462.000), dates (24-01-2012), case numbers (26/04411) and account numbers out.
const BEFORE = String.raw`(?<![\p{N}.,/\-–])`;
const AFTER = String.raw`(?![\p{N}]|[.,/\-–]\p{N})`;
const SP = '[ \\u00a0]';
/** Danish subscriber numbers are 8 digits and never start with 0 or 1; "+45"/"0045" may come first. */
const PHONE = new RegExp(
  `${BEFORE}(?:(?:\\+|00)45${SP}?)?(?:[2-9]\\d${SP}\\d{2}${SP}\\d{2}${SP}\\d{2}|[2-9]\\d{3}${SP}\\d{4}|[2-9]\\d{7})${AFTER}`,
  'gu',
);
const PREFIXED_PHONE = new RegExp(`${BEFORE}(?:\\+|00)45${SP}?\\d{2}${SP}?\\d{2}${SP}?\\d{2}${SP}?\\d{2}${AFTER}`, 'gu');
const UNIT_AFTER = /^[ \u00a0]*(?:kr\b|kr\.|mio\b|mia\b|pct\b|%|m2|m²|km|t\b|ton\b|stk\b|kWh|borgere|indbyggere|elever)/iu;
const YEAR = /^(?:19|20)\d{2}$/;
const COMPACT_DATE = /^20\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$/;
const CPR = new RegExp(`${BEFORE}(\\d{2})(\\d{2})(\\d{2})-?(\\d{4})${AFTER}`, 'gu');

export function findEmails(text: string): TextHit[] {
  return hitsOf(text, EMAIL);
}

/** Danish phone numbers: "23456789", "23 45 67 89", "2345 6789", "+45 23 45 67 89"; not amounts, years or dates. */
export function findPhoneNumbers(text: string): TextHit[] {
  const accept = (m: RegExpExecArray) => {
    if (UNIT_AFTER.test(text.slice(m.index + m[0].length))) return false;
    const groups = m[0].replace(/^(?:\+|00)45/, '').trim().split(/[ \u00a0]/);
    // "2025 2026" in a budget table is two years, not a phone number.
    if (groups.length === 2 && groups.every((g) => YEAR.test(g))) return false;
    // "20260124" is more likely a compact date than a phone number.
    if (groups.length === 1 && !m[0].startsWith('+') && !m[0].startsWith('00') && COMPACT_DATE.test(m[0])) return false;
    return true;
  };
  return dropOverlaps([...hitsOf(text, PHONE, accept), ...hitsOf(text, PREFIXED_PHONE, accept)]);
}

/** "DDMMYY-XXXX" or "DDMMYYXXXX" whose first six digits are a real date. */
export function findCprNumbers(text: string): TextHit[] {
  return hitsOf(text, CPR, (m) => isCprDate(Number(m[1]), Number(m[2]), Number(m[3])));
}

function isCprDate(day: number, month: number, yy: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  // Without the century a 29 February is allowed whenever the two-digit year could be a leap year.
  const daysInMonth = [31, yy % 4 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  return day <= daysInMonth;
}
