import { describe, it, expect } from 'vitest';
import {
  formatLongDate,
  formatShortDate,
  formatTime,
  formatTimeRange,
  formatWeekdayLongDate,
  isIsoDate,
} from '../../../shared/format/danish-date';

describe('formatLongDate', () => {
  it('writes day, month name and year', () => {
    expect(formatLongDate('2012-01-24')).toBe('24. januar 2012');
    expect(formatLongDate('2015-10-27')).toBe('27. oktober 2015');
  });

  it('drops the leading zero of the day', () => {
    expect(formatLongDate('2020-03-01')).toBe('1. marts 2020');
  });

  it('knows every month', () => {
    const months = Array.from({ length: 12 }, (_, i) => formatLongDate(`2021-${String(i + 1).padStart(2, '0')}-15`).split(' ')[1]);
    expect(months).toEqual([
      'januar', 'februar', 'marts', 'april', 'maj', 'juni',
      'juli', 'august', 'september', 'oktober', 'november', 'december',
    ]);
  });

  it('accepts leap days only in leap years', () => {
    expect(formatLongDate('2024-02-29')).toBe('29. februar 2024');
    expect(formatLongDate('2000-02-29')).toBe('29. februar 2000');
    expect(() => formatLongDate('2023-02-29')).toThrow(RangeError);
    expect(() => formatLongDate('1900-02-29')).toThrow(RangeError);
  });

  it('does not shift dates at year boundaries', () => {
    expect(formatLongDate('2011-12-31')).toBe('31. december 2011');
    expect(formatLongDate('2012-01-01')).toBe('1. januar 2012');
  });

  it('rejects impossible and malformed dates', () => {
    for (const bad of ['2023-02-30', '2023-04-31', '2023-13-01', '2023-00-10', '2023-01-00', '2023-1-5', '24-01-2012', '2012-01-24T10:00', '', 'nonsense']) {
      expect(() => formatLongDate(bad), bad).toThrow(RangeError);
    }
  });
});

describe('formatShortDate', () => {
  it('writes DD-MM-YYYY with leading zeros', () => {
    expect(formatShortDate('2012-01-24')).toBe('24-01-2012');
    expect(formatShortDate('2015-10-07')).toBe('07-10-2015');
  });

  it('rejects invalid dates', () => {
    expect(() => formatShortDate('2023-02-30')).toThrow(RangeError);
  });
});

describe('formatWeekdayLongDate', () => {
  it('names the weekday', () => {
    expect(formatWeekdayLongDate('2012-01-24')).toBe('tirsdag den 24. januar 2012');
    expect(formatWeekdayLongDate('2024-02-29')).toBe('torsdag den 29. februar 2024');
  });

  it('uses æ and ø in weekday names', () => {
    expect(formatWeekdayLongDate('2024-06-01')).toBe('lørdag den 1. juni 2024');
    expect(formatWeekdayLongDate('2024-06-02')).toBe('søndag den 2. juni 2024');
    expect(formatWeekdayLongDate('2024-06-03')).toBe('mandag den 3. juni 2024');
  });

  it('rejects invalid dates', () => {
    expect(() => formatWeekdayLongDate('2023-02-29')).toThrow(RangeError);
  });
});

describe('formatTime / formatTimeRange', () => {
  it('writes kl. with a dot between hours and minutes', () => {
    expect(formatTime('15:00')).toBe('kl. 15.00');
    expect(formatTime('00:05')).toBe('kl. 0.05');
    expect(formatTime('23:59')).toBe('kl. 23.59');
  });

  it('writes morning hours without a leading zero', () => {
    expect(formatTime('08:30')).toBe('kl. 8.30');
    expect(formatTime('8:30')).toBe('kl. 8.30');
  });

  it('writes a range with one kl.', () => {
    expect(formatTimeRange('15:00', '17:30')).toBe('kl. 15.00-17.30');
  });

  it('rejects invalid times', () => {
    for (const bad of ['24:00', '12:60', '1200', '12.00', '12:5', '', 'kl. 12']) {
      expect(() => formatTime(bad), bad).toThrow(RangeError);
    }
    expect(() => formatTimeRange('15:00', '25:00')).toThrow(RangeError);
  });
});

describe('isIsoDate', () => {
  it('tells valid from invalid', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2023-2-28')).toBe(false);
  });
});
