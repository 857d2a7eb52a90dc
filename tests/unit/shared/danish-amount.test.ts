import { describe, it, expect } from 'vitest';
import { formatKroner, formatMillions, formatPercent } from '../../../shared/format/danish-amount';

describe('formatKroner', () => {
  it('groups thousands with dots and leaves out øre on whole amounts', () => {
    expect(formatKroner(7462000)).toBe('7.462.000 kr.');
    expect(formatKroner(1234)).toBe('1.234 kr.');
    expect(formatKroner(999)).toBe('999 kr.');
    expect(formatKroner(0)).toBe('0 kr.');
  });

  it('writes øre with a comma and two decimals', () => {
    expect(formatKroner(-1250.5)).toBe('-1.250,50 kr.');
    expect(formatKroner(0.05)).toBe('0,05 kr.');
    expect(formatKroner(1234567.89)).toBe('1.234.567,89 kr.');
  });

  it('uses a plain hyphen-minus for negatives', () => {
    const text = formatKroner(-4500000);
    expect(text).toBe('-4.500.000 kr.');
    expect(text).not.toContain('\u2212');
  });

  it('rounds half away from zero on the decimal value', () => {
    expect(formatKroner(1.005)).toBe('1,01 kr.');
    expect(formatKroner(-1.005)).toBe('-1,01 kr.');
    expect(formatKroner(2.675)).toBe('2,68 kr.');
  });

  it('drops øre that round away, and never prints -0', () => {
    expect(formatKroner(99.999)).toBe('100 kr.');
    expect(formatKroner(-0.001)).toBe('0 kr.');
    expect(formatKroner(-0)).toBe('0 kr.');
  });

  it('rejects non-finite numbers', () => {
    expect(() => formatKroner(Number.NaN)).toThrow(RangeError);
    expect(() => formatKroner(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});

describe('formatMillions', () => {
  it('writes millions with one decimal by default', () => {
    expect(formatMillions(600000)).toBe('0,6 mio. kr.');
    expect(formatMillions(-4500000)).toBe('-4,5 mio. kr.');
    expect(formatMillions(12000000)).toBe('12,0 mio. kr.');
    expect(formatMillions(1234500000)).toBe('1.234,5 mio. kr.');
  });

  it('rounds 0,05 up and small negatives to 0,0', () => {
    expect(formatMillions(50000)).toBe('0,1 mio. kr.');
    expect(formatMillions(-50000)).toBe('-0,1 mio. kr.');
    expect(formatMillions(-40000)).toBe('0,0 mio. kr.');
    expect(formatMillions(1250000)).toBe('1,3 mio. kr.');
  });

  it('takes a number of digits', () => {
    expect(formatMillions(7462000, { digits: 2 })).toBe('7,46 mio. kr.');
    expect(formatMillions(7462000, { digits: 0 })).toBe('7 mio. kr.');
    expect(formatMillions(12000000, { digits: 3 })).toBe('12,000 mio. kr.');
  });
});

describe('formatPercent', () => {
  it('writes pct. with a decimal comma', () => {
    expect(formatPercent(1.3)).toBe('1,3 pct.');
    expect(formatPercent(25)).toBe('25 pct.');
    expect(formatPercent(-0.75)).toBe('-0,75 pct.');
    expect(formatPercent(0.125)).toBe('0,13 pct.');
  });

  it('takes a fixed number of digits', () => {
    expect(formatPercent(2, { digits: 1 })).toBe('2,0 pct.');
    expect(formatPercent(1.25, { digits: 1 })).toBe('1,3 pct.');
  });
});
