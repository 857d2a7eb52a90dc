import type { PDFFont } from 'pdf-lib';

/**
 * Breaks text into lines no wider than maxWidth at the given size. Breaks at spaces (not at
 * no-break spaces, so "12.000 €" written with U+00A0 stays together); a word wider than a whole
 * line is split by characters. An explicit '\n' forces a line break.
 */
export function wrapText(text: string, font: PDFFont, size: number, maxWidth: number): string[] {
  const width = (value: string) => cachedWidth(font, value) * size;
  const spaceWidth = width(' ');
  const lines: string[] = [];
  for (const hardLine of text.split('\n')) {
    let line = '';
    let lineWidth = 0;
    for (const word of hardLine.split(/ +/).filter((part) => part !== '')) {
      const wordWidth = width(word);
      const candidateWidth = line === '' ? wordWidth : lineWidth + spaceWidth + wordWidth;
      if (candidateWidth <= maxWidth) {
        line = line === '' ? word : `${line} ${word}`;
        lineWidth = candidateWidth;
        continue;
      }
      if (line !== '') lines.push(line);
      let rest = word;
      while (width(rest) > maxWidth) {
        const cut = longestFittingPrefix(rest, width, maxWidth);
        lines.push(rest.slice(0, cut));
        rest = rest.slice(cut);
      }
      line = rest;
      lineWidth = width(rest);
    }
    lines.push(line);
  }
  return lines;
}

/**
 * Width at size 1, memoised per font: fontkit's layout is slow, and a long document measures the
 * same words thousands of times. Word widths add up exactly, because pdf-lib neither measures nor
 * draws kerning.
 */
const widthCache = new WeakMap<PDFFont, Map<string, number>>();

function cachedWidth(font: PDFFont, text: string): number {
  let widths = widthCache.get(font);
  if (!widths) {
    widths = new Map();
    widthCache.set(font, widths);
  }
  let width = widths.get(text);
  if (width === undefined) {
    width = font.widthOfTextAtSize(text, 1);
    widths.set(text, width);
  }
  return width;
}

function longestFittingPrefix(word: string, width: (value: string) => number, maxWidth: number): number {
  const characters = Array.from(word);
  let fitting = 1; // at least one character per line, or a narrow column would loop forever
  while (fitting < characters.length && width(characters.slice(0, fitting + 1).join('')) <= maxWidth) fitting++;
  return characters.slice(0, fitting).join('').length;
}
