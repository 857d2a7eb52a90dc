import {
  beginMarkedContent, endMarkedContent, popGraphicsState, pushGraphicsState, rgb, type PDFFont, type PDFPage,
} from 'pdf-lib';
import { pageFrame, type PageFrame } from './page-frame';

export interface StampFonts { regular: PDFFont; bold: PDFFont }

const GREY = rgb(0.3, 0.33, 0.37);
const INK = rgb(0.08, 0.1, 0.14);
const WHITE = rgb(1, 1, 1);
const FRAME = rgb(0.55, 0.6, 0.66);

/**
 * Everything stamped is page furniture: wrapped as an /Artifact so the tagged body's reading order
 * (and a screen reader) skips it.
 */
function asArtifact(page: PDFPage, draw: () => void): void {
  page.pushOperators(pushGraphicsState(), beginMarkedContent('Artifact'));
  draw();
  page.pushOperators(endMarkedContent(), popGraphicsState());
}

function text(page: PDFPage, frame: PageFrame, value: string, vx: number, vy: number, font: PDFFont, size: number, color = INK): void {
  const { x, y } = frame.toUser(vx, vy);
  page.drawText(value, { x, y, size, font, color, rotate: frame.rotate });
}

function box(page: PDFPage, frame: PageFrame, vx: number, vy: number, width: number, height: number, border = false): void {
  const { x, y } = frame.toUser(vx, vy);
  page.drawRectangle({
    x, y, width, height, rotate: frame.rotate, color: WHITE, opacity: 1,
    ...(border ? { borderColor: FRAME, borderWidth: 0.5 } : {}),
  });
}

/**
 * Text widths, cached per font and string: the same stamp lines recur on every page of a bilag, and
 * each measurement is a full OpenType layout in fontkit.
 */
const widths = new WeakMap<PDFFont, Map<string, number>>();

function measure(font: PDFFont, value: string, size: number): number {
  let cache = widths.get(font);
  if (!cache) widths.set(font, (cache = new Map()));
  let unit = cache.get(value);
  if (unit === undefined) cache.set(value, (unit = font.widthOfTextAtSize(value, 1)));
  return unit * size;
}

/** The longest prefix (with an ellipsis) that fits, found by bisection rather than a character at a time. */
function fit(value: string, font: PDFFont, size: number, maxWidth: number): string {
  if (measure(font, value, size) <= maxWidth) return value;
  let low = 1;
  let high = value.length - 1;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (measure(font, `${value.slice(0, mid)}…`, size) <= maxWidth) low = mid;
    else high = mid - 1;
  }
  return `${value.slice(0, low).trimEnd()}…`;
}

/** Body pages: running header (items only) and "Side N af M" in the margins Chromium left free. */
export function stampBodyPage(
  page: PDFPage, fonts: StampFonts, options: { header: { left: string; right: string } | null; pageLabel: string },
): void {
  const frame = pageFrame(page);
  const size = 8.5;
  const side = 24 * 2.835;
  asArtifact(page, () => {
    if (options.header) {
      const top = frame.height - 13 * 2.835;
      text(page, frame, options.header.left, side, top, fonts.bold, size, GREY);
      const right = fit(options.header.right, fonts.regular, size, frame.width - 2 * side - 80);
      text(page, frame, right, frame.width - 22 * 2.835 - measure(fonts.regular, right, size), top, fonts.regular, size, GREY);
    }
    const footer = options.pageLabel;
    text(page, frame, footer, frame.width - 22 * 2.835 - measure(fonts.regular, footer, size), 11 * 2.835, fonts.regular, size, GREY);
  });
}

/**
 * Bilag pages: the three identification lines in the top margin and the packet page number at the
 * top right, each on a white backing box so the bilag's own text under them cannot make them
 * unreadable. The bilag's own page numbers and footers stay untouched.
 */
export function stampBilagPage(page: PDFPage, fonts: StampFonts, lines: [string, string, string], pageLabel: string): void {
  const frame = pageFrame(page);
  const size = 7.5;
  const leading = 9.2;
  const pad = 3;
  const margin = Math.min(14, frame.width * 0.03);
  const numberWidth = measure(fonts.regular, pageLabel, size);
  const maxWidth = frame.width - 2 * margin - numberWidth - 4 * pad - 10;
  const fitted = lines.map((line, i) => fit(line, i === 0 ? fonts.bold : fonts.regular, size, maxWidth));
  const width = Math.max(...fitted.map((l, i) => measure(i === 0 ? fonts.bold : fonts.regular, l, size))) + 2 * pad;
  const height = leading * fitted.length + 2 * pad - 2;
  const top = frame.height - margin * 0.6;
  asArtifact(page, () => {
    box(page, frame, margin, top - height, width, height, true);
    fitted.forEach((line, i) => {
      text(page, frame, line, margin + pad, top - pad - size - i * leading + 1, i === 0 ? fonts.bold : fonts.regular, size);
    });
    const nx = frame.width - margin - numberWidth - 2 * pad;
    box(page, frame, nx, top - leading - 2 * pad + 2, numberWidth + 2 * pad, leading + 2 * pad - 2, true);
    text(page, frame, pageLabel, nx + pad, top - pad - size + 1, fonts.regular, size);
  });
}
