import type { PDFPage, PDFRef } from 'pdf-lib';
import { pageFrame, type PageFrame } from './page-frame';
import type { Rgb, StampNames, StampPainter } from './stamp-painter';

const GREY: Rgb = [0.3, 0.33, 0.37];
const INK: Rgb = [0.08, 0.1, 0.14];
const WHITE: Rgb = [1, 1, 1];
const FRAME: Rgb = [0.55, 0.6, 0.66];
const MM = 2.835;
const MARK: Rgb = [0.6, 0.08, 0.08];
const MARK_SIZE = 11;

/** "Udkast" or "Mødet er aflyst" at the top centre of a page, on a white backing box. */
function markOps(painter: StampPainter, frame: PageFrame, mark: string, names: StampNames, top: number): string {
  const width = painter.width('bold', mark, MARK_SIZE);
  const x = (frame.width - width) / 2;
  return painter.box(x - 4, top - 3, width + 8, MARK_SIZE + 5, WHITE, MARK) + painter.text('bold', MARK_SIZE, x, top, mark, MARK, names);
}

/** Body pages: running header (items only) and "Side N af M" in the margins Chromium left free. */
export function stampBodyPage(
  painter: StampPainter, page: PDFPage, options: { header: { left: string; right: string } | null; pageLabel: string; mark?: string | null },
): void {
  const frame = pageFrame(page);
  const size = 8.5;
  const side = 24 * MM;
  const rightEdge = frame.width - 22 * MM;
  painter.draw(page, frame, (names) => {
    let ops = '';
    if (options.header) {
      const top = frame.height - 13 * MM;
      ops += painter.text('bold', size, side, top, options.header.left, GREY, names);
      const right = painter.fit('regular', options.header.right, size, frame.width - 2 * side - 80);
      ops += painter.text('regular', size, rightEdge - painter.width('regular', right, size), top, right, GREY, names);
    }
    if (options.mark) ops += markOps(painter, frame, options.mark, names, frame.height - 19 * MM);
    const footer = options.pageLabel;
    ops += painter.text('regular', size, rightEdge - painter.width('regular', footer, size), 11 * MM, footer, GREY, names);
    return ops;
  });
}

const SIZE = 7.5;
const LEADING = 9.2;
const PAD = 3;

export interface BilagStampText {
  /** "Punkt nr. N - <titel>" */
  item: string;
  /** "Bilag K - Side X af Y" for page X. */
  page: (pageNumber: number) => string;
  pageCount: number;
  /** "Møde i <Udvalg> d. DD-MM-YYYY" */
  meeting: string;
  /** The widest "Side N af M" of the packet, so the number box fits every page. */
  widestPageLabel: string;
  /** "Udkast" or "Mødet er aflyst", at the foot of every bilag page; null for the final text. */
  mark?: string | null;
}

/**
 * Bilag pages: the three identification lines in the top margin and the packet page number at the
 * top right, each on a white backing box so the bilag's own text under them cannot make them
 * unreadable. The box with the item and meeting lines is the same on every page of a bilag of one
 * page size: a Form XObject drawn once per page; only "Side X af Y" and the packet page number are
 * written per page. The bilag's own page numbers and footers stay untouched.
 */
export function createBilagStamper(painter: StampPainter, text: BilagStampText) {
  const forms = new Map<string, { ref: PDFRef; name: string; geometry: BilagGeometry }>();

  const formFor = (frame: PageFrame) => {
    const key = `${frame.width}x${frame.height}`;
    let form = forms.get(key);
    if (!form) {
      const geometry = bilagGeometry(painter, frame, text);
      const xObject = painter.formXObject(frame, (names) =>
        painter.box(geometry.margin, geometry.top - geometry.height, geometry.width, geometry.height, WHITE, FRAME) +
        painter.text('bold', SIZE, geometry.margin + PAD, geometry.lineY(0), geometry.item, INK, names) +
        painter.text('regular', SIZE, geometry.margin + PAD, geometry.lineY(2), geometry.meeting, INK, names));
      form = { ...xObject, geometry };
      forms.set(key, form);
    }
    return form;
  };

  return (page: PDFPage, pageIndex: number, pageLabel: string): void => {
    const frame = pageFrame(page);
    const form = formFor(frame);
    const g = form.geometry;
    painter.draw(page, frame, (names) => {
      const line = painter.fit('regular', text.page(pageIndex + 1), SIZE, g.maxLineWidth);
      const labelWidth = painter.width('regular', pageLabel, SIZE);
      const nx = frame.width - g.margin - g.numberWidth - 2 * PAD;
      return painter.text('regular', SIZE, g.margin + PAD, g.lineY(1), line, INK, names) +
        painter.box(nx, g.top - LEADING - 2 * PAD + 2, g.numberWidth + 2 * PAD, LEADING + 2 * PAD - 2, WHITE, FRAME) +
        painter.text('regular', SIZE, nx + PAD + g.numberWidth - labelWidth, g.top - PAD - SIZE + 1, pageLabel, INK, names) +
        (text.mark ? markOps(painter, frame, text.mark, names, g.margin * 0.6 + 3) : '');
    }, form);
  };
}

interface BilagGeometry {
  margin: number;
  top: number;
  width: number;
  height: number;
  numberWidth: number;
  maxLineWidth: number;
  item: string;
  meeting: string;
  lineY: (line: number) => number;
}

function bilagGeometry(painter: StampPainter, frame: PageFrame, text: BilagStampText): BilagGeometry {
  const margin = Math.min(14, frame.width * 0.03);
  const numberWidth = painter.width('regular', text.widestPageLabel, SIZE);
  const maxLineWidth = frame.width - 2 * margin - numberWidth - 4 * PAD - 10;
  const item = painter.fit('bold', text.item, SIZE, maxLineWidth);
  const meeting = painter.fit('regular', text.meeting, SIZE, maxLineWidth);
  // Digits are equally wide, so the last page's line is the widest of its digit count.
  const widestPageLine = painter.fit('regular', text.page(text.pageCount), SIZE, maxLineWidth);
  const width = Math.max(
    painter.width('bold', item, SIZE), painter.width('regular', widestPageLine, SIZE), painter.width('regular', meeting, SIZE),
  ) + 2 * PAD;
  const height = LEADING * 3 + 2 * PAD - 2;
  const top = frame.height - margin * 0.6;
  return { margin, top, width, height, numberWidth, maxLineWidth, item, meeting, lineY: (line) => top - PAD - SIZE - line * LEADING + 1 };
}
