/**
 * What a secretary types in the search field, as an FTS5 query: words (all must occur), each also
 * as the start of a longer word — Danish joins words, so havn finds Havnevej and havnefestival (and
 * still not hævn: æ, ø, å are letters of their own in the index) —, "a phrase" or "havn" in quotes
 * for exactly those words (a trailing * makes a quoted word a prefix again), and the operators AND,
 * OR and NOT (or OG, ELLER, IKKE) in capitals between terms. Every term is quoted, so punctuation, a
 * colon or an unbalanced quote is text to find, never query syntax that fails; a stray operator
 * (first, last, doubled) is dropped. null: nothing to search for.
 */
export function toFtsQuery(input: string): string | null {
  const tokens = tokenize(input);
  const out: string[] = [];
  let pending: 'AND' | 'OR' | 'NOT' | undefined;
  for (const token of tokens) {
    if (token.kind === 'operator') {
      if (out.length > 0) pending = token.value;
      continue;
    }
    const term = `"${token.text.replaceAll('"', '""')}"${token.prefix ? '*' : ''}`;
    if (out.length > 0) out.push(pending ?? 'AND');
    out.push(term);
    pending = undefined;
  }
  return out.length === 0 ? null : out.join(' ');
}

type Token = { kind: 'word' | 'phrase'; text: string; prefix: boolean } | { kind: 'operator'; value: 'AND' | 'OR' | 'NOT' };

const OPERATORS: Record<string, 'AND' | 'OR' | 'NOT'> = { AND: 'AND', OG: 'AND', OR: 'OR', ELLER: 'OR', NOT: 'NOT', IKKE: 'NOT' };

function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  for (const match of input.normalize('NFC').matchAll(/"([^"]*)"?(\*?)|(\S+)/g)) {
    if (match[1] !== undefined) {
      const text = match[1].trim();
      if (hasLetterOrDigit(text)) tokens.push({ kind: 'phrase', text, prefix: match[2] === '*' });
      continue;
    }
    const word = match[3]!;
    const operator = OPERATORS[word];
    if (operator) {
      tokens.push({ kind: 'operator', value: operator });
      continue;
    }
    const text = word.replace(/\*+$/, '');
    if (hasLetterOrDigit(text)) tokens.push({ kind: 'word', text, prefix: true });
  }
  return tokens;
}

function hasLetterOrDigit(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}

/** A snippet with its matches marked by MATCH_START … MATCH_END, as segments to render. */
export const MATCH_START = '\u0002';
export const MATCH_END = '\u0003';

export function snippetSegments(snippet: string): { text: string; match: boolean }[] {
  const segments: { text: string; match: boolean }[] = [];
  for (const part of snippet.split(MATCH_START)) {
    const end = part.indexOf(MATCH_END);
    if (end < 0) {
      if (part) segments.push({ text: part, match: false });
      continue;
    }
    segments.push({ text: part.slice(0, end), match: true });
    if (end + 1 < part.length) segments.push({ text: part.slice(end + 1), match: false });
  }
  return segments;
}
