import { describe, it, expect } from 'vitest';
import { formatAbsenceLine, formatMember, joinDanish } from '../../../shared/format/join-names';

describe('joinDanish', () => {
  it('joins with commas and a final og', () => {
    expect(joinDanish(['A', 'B', 'F', 'I'])).toBe('A, B, F og I');
    expect(joinDanish(['A', 'B', 'F'])).toBe('A, B og F');
    expect(joinDanish(['A', 'B'])).toBe('A og B');
    expect(joinDanish(['A'])).toBe('A');
    expect(joinDanish([])).toBe('');
  });

  it('keeps æ, ø and å intact', () => {
    expect(joinDanish(['Søren Ærø', 'Åse Øster'])).toBe('Søren Ærø og Åse Øster');
  });
});

describe('formatMember', () => {
  it('adds the party letter in brackets', () => {
    expect(formatMember({ name: 'Karsten Lomholt', partyLetter: 'C' })).toBe('Karsten Lomholt (C)');
    expect(formatMember({ name: 'Curt Købsted', partyLetter: 'Ø' })).toBe('Curt Købsted (Ø)');
  });

  it('writes only the name without a party', () => {
    expect(formatMember({ name: 'Bjørn Ærø' })).toBe('Bjørn Ærø');
    expect(formatMember({ name: 'Bjørn Ærø', partyLetter: null })).toBe('Bjørn Ærø');
    expect(formatMember({ name: 'Bjørn Ærø', partyLetter: ' ' })).toBe('Bjørn Ærø');
  });
});

describe('formatAbsenceLine', () => {
  const lomholt = { name: 'Karsten Lomholt', partyLetter: 'C' };
  const kobsted = { name: 'Curt Købsted', partyLetter: 'O' };

  it('is empty when nobody was absent', () => {
    expect(formatAbsenceLine([])).toBe('');
  });

  it('names one absent member', () => {
    expect(formatAbsenceLine([lomholt])).toBe('Karsten Lomholt (C) var fraværende.');
  });

  it('names several absent members', () => {
    expect(formatAbsenceLine([lomholt, kobsted])).toBe('Karsten Lomholt (C) og Curt Købsted (O) var fraværende.');
    expect(formatAbsenceLine([lomholt, kobsted, { name: 'Åse Borger' }])).toBe(
      'Karsten Lomholt (C), Curt Købsted (O) og Åse Borger var fraværende.',
    );
  });
});
