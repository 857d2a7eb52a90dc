import { describe, expect, it } from 'vitest';
import { snippetSegments, toFtsQuery, MATCH_END, MATCH_START } from '../../../shared/logic/search/search-query';

describe('what a secretary types, as an FTS5 query', () => {
  it('takes each word as the start of a word, all of them required', () => {
    expect(toFtsQuery('havn budget')).toBe('"havn"* AND "budget"*');
  });
  it('takes "quoted words" as exactly those words in that order, a trailing * as a prefix again', () => {
    expect(toFtsQuery('"Østerå Havn" plan')).toBe('"Østerå Havn" AND "plan"*');
    expect(toFtsQuery('"havn"')).toBe('"havn"');
    expect(toFtsQuery('"havn"*')).toBe('"havn"*');
  });
  it('passes AND, OR and NOT, also in Danish, and drops an operator with nothing on one side', () => {
    expect(toFtsQuery('havn ELLER strand')).toBe('"havn"* OR "strand"*');
    expect(toFtsQuery('havn IKKE festival')).toBe('"havn"* NOT "festival"*');
    expect(toFtsQuery('havn OG plan')).toBe('"havn"* AND "plan"*');
    expect(toFtsQuery('NOT havn OR')).toBe('"havn"*');
    expect(toFtsQuery('havn AND OR plan')).toBe('"havn"* OR "plan"*');
  });
  it('never lets query syntax through: colons, brackets, a lone quote and a quote inside a word are text', () => {
    expect(toFtsQuery('title:havn (x) "åben')).toBe('"title:havn"* AND "(x)"* AND "åben"');
    expect(toFtsQuery('7.462.000 kr.')).toBe('"7.462.000"* AND "kr."*');
    expect(toFtsQuery('a"b')).toBe('"a""b"*');
  });
  it('has nothing to search for in blanks, punctuation or operators alone', () => {
    for (const input of ['', '   ', '-- ,.', 'AND OR', '""', '*']) expect(toFtsQuery(input)).toBeNull();
  });
});

describe('snippet segments', () => {
  it('splits a snippet into plain text and matches', () => {
    expect(snippetSegments(`…om ${MATCH_START}Havnevej${MATCH_END} 22 og ${MATCH_START}havnen${MATCH_END}`)).toEqual([
      { text: '…om ', match: false }, { text: 'Havnevej', match: true }, { text: ' 22 og ', match: false }, { text: 'havnen', match: true },
    ]);
  });
});
