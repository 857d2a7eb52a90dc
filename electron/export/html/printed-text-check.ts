import type { PDFDict, PDFDocument } from 'pdf-lib';
import { itemTextParts, type DocumentItem, type DocumentModel } from '../../../shared/document';
import { printedPageText, type UnicodeMap } from './printed-characters';

/**
 * Did Chromium print all of each item's text? It silently leaves out text it cannot place: a word
 * too long for the line runs off the page and its glyphs are dropped (a 20,000-character word
 * printed as 113 characters), a table wider than the page loses its right-hand columns, and a
 * paragraph of millions of characters is printed with its lines on top of each other and its end
 * missing. So the letters and digits of each item's own text (title, sections, points, notices,
 * request, decisions, bilag titles) are counted, per character, and compared with what pdf.js
 * reads on the item's pages: every character must be there at least as often. The pages also
 * carry headings and fixed wording, so this can only err towards passing a small loss, never
 * towards refusing a complete print. Returns one Danish line per item that lost text.
 * With `printed` (the body as pdf-lib has parsed it), the text is first read from the content
 * streams (printed-characters.ts, a tenth of pdf.js's time and no pdf.js in memory); pdf.js reads
 * the pages only when that finds a shortfall or a page it cannot read, and its reading decides.
 */
export async function findMissingText(body: Uint8Array, itemStarts: ReadonlyMap<number, number>, model: DocumentModel, printed?: PDFDocument): Promise<string[]> {
  const placed = model.items
    .map((item) => ({ item, start: itemStarts.get(item.number) }))
    .filter((entry): entry is { item: DocumentItem; start: number } => entry.start !== undefined)
    .sort((a, b) => a.start - b.start);
  if (placed.length === 0) return [];
  if (printed) {
    // Read from the content streams first; only a shortfall (or a page this reader cannot read) goes to pdf.js.
    const fonts = new Map<PDFDict, UnicodeMap | null>();
    const texts = printed.getPages().map((_, index) => printedPageText(printed, index, fonts));
    if (texts.every((text): text is string => text !== undefined)) {
      const counts = texts.map((text) => countCharacters(text, new Map()));
      const problems = await compare(placed, counts.length, async (index) => counts[index]!);
      if (problems.length === 0) return [];
    }
  }
  // Loaded only now: most exports never need pdf.js in the main process.
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const loading = getDocument({
    data: new Uint8Array(body), useSystemFonts: false, isEvalSupported: false, disableFontFace: true, stopAtErrors: false, verbosity: 0,
  });
  try {
    const pdf = await loading.promise;
    const pageCounts = new Map<number, Map<string, number>>();
    return await compare(placed, pdf.numPages, async (index) => {
      let counts = pageCounts.get(index);
      if (!counts) {
        counts = new Map();
        const page = await pdf.getPage(index + 1);
        const content = await page.getTextContent();
        for (const entry of content.items) if ('str' in entry) countCharacters(entry.str, counts);
        page.cleanup();
        pageCounts.set(index, counts);
      }
      return counts;
    });
  } finally {
    await loading.destroy();
  }
}

/** One Danish line per item whose pages hold fewer of some letter or digit than its text. */
async function compare(placed: { item: DocumentItem; start: number }[], numPages: number, countsOfPage: (index: number) => Promise<Map<string, number>>): Promise<string[]> {
  const problems: string[] = [];
  for (const [n, { item, start }] of placed.entries()) {
    // Up to and including the page the next item starts on: an item may end on that page (items without text share one).
    const next = placed[n + 1]?.start ?? numPages - 1;
    const onPages = new Map<string, number>();
    for (let page = start; page <= Math.min(next, numPages - 1); page++) {
      for (const [character, count] of await countsOfPage(page)) onPages.set(character, (onPages.get(character) ?? 0) + count);
    }
    const expected = countCharacters(itemTextParts(item).join(' '), new Map());
    let missing = 0;
    let total = 0;
    for (const [character, count] of expected) {
      total += count;
      missing += Math.max(0, count - (onPages.get(character) ?? 0));
    }
    if (missing > 0) {
      problems.push(`Punkt ${item.number} »${shorten(item.title)}«: ${missing} af punktets ${total} bogstaver og tal kom ikke med i PDF-filen. `
        + 'Det sker typisk ved et meget langt ord uden mellemrum eller en tabel, der er bredere end siden.');
    }
  }
  return problems;
}

/** Letters of the Latin script and digits, case-folded (CSS may print text in capitals), counted per character. */
function countCharacters(text: string, counts: Map<string, number>): Map<string, number> {
  for (const character of text.normalize('NFKC').toLowerCase().match(/[\p{Script=Latin}\p{Nd}]/gu) ?? []) {
    counts.set(character, (counts.get(character) ?? 0) + 1);
  }
  return counts;
}

function shorten(value: string, max = 60): string {
  const flat = value.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}
