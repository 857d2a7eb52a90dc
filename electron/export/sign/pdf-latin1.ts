/**
 * /Reason, /Name and /Location are written as literal strings in PDFDocEncoding, which matches
 * Latin-1 for the letters we use (æøå, é, ü …). Typographic punctuation outside Latin-1 is replaced
 * by its plain equivalent; anything else unrepresentable becomes "?".
 */
const REPLACEMENTS: Record<string, string> = {
  '\u2013': '-', // –
  '\u2014': '-', // —
  '\u2212': '-', // −
  '\u201c': '"', // “
  '\u201d': '"', // ”
  '\u201e': '"', // „
  '\u2018': "'", // ‘
  '\u2019': "'", // ’
  '\u201a': "'", // ‚
  '\u2026': '...', // …
  '\u00a0': ' ',
  '\u2009': ' ',
  '\u202f': ' ',
  '\u20ac': 'EUR', // €
};

export function toLatin1(text: string): string {
  let result = '';
  for (const character of text.normalize('NFC')) {
    const replacement = REPLACEMENTS[character];
    if (replacement !== undefined) result += replacement;
    else if (isPrintableLatin1(character.codePointAt(0) ?? 0)) result += character;
    else if (character === '\n' || character === '\t') result += ' ';
    else result += '?';
  }
  return result;
}

function isPrintableLatin1(code: number): boolean {
  return (code >= 0x20 && code < 0x7f) || (code >= 0xa1 && code <= 0xff);
}
