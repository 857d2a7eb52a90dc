import { PDFDocument, PageSizes, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { readFontBytes } from './font-files';
import { setFixedDocumentMetadata } from './fixed-document-metadata';
import { wrapText } from './wrap-text';
import { sharedFontkit } from './shared-fontkit';
import { deflateWithZlib } from './zlib-flate';

export interface DocumentPdfSpec {
  title: string;
  subtitle?: string;
  /** Body paragraphs; one starting with "# " is set as a bold heading, '\n' breaks a line. */
  paragraphs: string[];
  pageSize?: 'A4' | 'A4-landscape';
  /** Repeat the paragraphs after the content until the document has this many pages. */
  minPages?: number;
  table?: { header: string[]; rows: string[][] };
}

const MARGIN_X = 62;
const MARGIN_TOP = 72;
const MARGIN_BOTTOM = 68;
const BODY_SIZE = 11;
const BODY_LEADING = 15.5;
const PARAGRAPH_GAP = 7;
const HEADING_SIZE = 13;
const TITLE_SIZE = 19;
const SUBTITLE_SIZE = 12.5;
const FURNITURE_SIZE = 8.5;
const TABLE_SIZE = 9.5;
const TABLE_LEADING = 12.5;
const CELL_PADDING = 4;
const MIN_COLUMN_WIDTH = 40;
const TEXT = rgb(0.1, 0.1, 0.1);
const MUTED = rgb(0.38, 0.38, 0.38);
const RULE = rgb(0.6, 0.6, 0.6);
const TABLE_HEADER_FILL = rgb(0.9, 0.91, 0.93);
const EMBED_OPTIONS = { subset: true };
const NUMERIC_CELL = /^[-–+]?\s*[\d.,\s]*\d[\d.,]*\s*(kr\.|mio\. kr\.|pct\.|%|m²|€)?$/;

/**
 * A realistic bilag: title block, wrapped paragraphs, an optional table (header repeated on every
 * page it spans), the title as running header and "Side N af M" as footer, in embedded DejaVu so
 * æøå, –, “ ”, §, ½, m² and € render. The same spec always gives the same bytes.
 */
export async function generateDocumentPdf(spec: DocumentPdfSpec): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.registerFontkit(sharedFontkit);
  deflateWithZlib(doc);
  const fonts: Fonts = {
    regular: await doc.embedFont(await readFontBytes('DejaVuSans'), EMBED_OPTIONS),
    bold: await doc.embedFont(await readFontBytes('DejaVuSans-Bold'), EMBED_OPTIONS),
  };
  const [shortSide, longSide] = PageSizes.A4;
  const size: [number, number] = spec.pageSize === 'A4-landscape' ? [longSide, shortSide] : [shortSide, longSide];
  const layout = new PageLayout(doc, size, fonts);

  layout.block(spec.title, fonts.bold, TITLE_SIZE, TITLE_SIZE * 1.3, TEXT);
  if (spec.subtitle) layout.block(spec.subtitle, fonts.regular, SUBTITLE_SIZE, SUBTITLE_SIZE * 1.35, MUTED);
  layout.gap(12);
  for (const paragraph of spec.paragraphs) layout.paragraph(paragraph);
  if (spec.table) layout.table(spec.table.header, spec.table.rows);

  const minPages = Math.max(1, Math.floor(spec.minPages ?? 1));
  if (spec.paragraphs.length > 0 && layout.pageCount < minPages) {
    // Filler: the paragraphs again until the last page has begun; nothing spills past it.
    layout.pageLimit = minPages;
    for (let index = 0; layout.pageCount < minPages && !layout.full; index++) {
      layout.paragraph(spec.paragraphs[index % spec.paragraphs.length] ?? '');
    }
  }
  while (layout.pageCount < minPages) layout.newPage();

  layout.drawFurniture(spec.title);
  setFixedDocumentMetadata(doc, { title: spec.title });
  return doc.save();
}

interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
}

/** A top-down cursor over pages; the page furniture is drawn at the end, once the page count is known. */
class PageLayout {
  private readonly pages: PDFPage[] = [];
  private y = 0;
  /** When set, content that would start page pageLimit + 1 is dropped (used for filler). */
  pageLimit = Number.POSITIVE_INFINITY;
  /** True once content was dropped because of pageLimit. */
  full = false;

  constructor(
    private readonly doc: PDFDocument,
    private readonly size: [number, number],
    private readonly fonts: Fonts,
  ) {
    this.newPage();
  }

  get pageCount(): number {
    return this.pages.length;
  }

  private get contentWidth(): number {
    return this.size[0] - 2 * MARGIN_X;
  }

  private get page(): PDFPage {
    const page = this.pages[this.pages.length - 1];
    if (!page) throw new Error('No page');
    return page;
  }

  newPage(): void {
    this.pages.push(this.doc.addPage(this.size));
    this.y = this.size[1] - MARGIN_TOP;
  }

  /** Makes room for height points, on a new page if needed; false when the page limit forbids it. */
  private room(height: number): boolean {
    if (this.y - height >= MARGIN_BOTTOM) return true;
    if (this.pages.length >= this.pageLimit) {
      this.full = true;
      return false;
    }
    this.newPage();
    return true;
  }

  gap(points: number): void {
    this.y -= points;
  }

  block(text: string, font: PDFFont, size: number, leading: number, color = TEXT): boolean {
    for (const line of wrapText(text, font, size, this.contentWidth)) {
      if (!this.room(leading)) return false;
      this.y -= leading;
      this.page.drawText(line, { x: MARGIN_X, y: this.y + (leading - size) * 0.6, size, font, color });
    }
    return true;
  }

  paragraph(text: string): boolean {
    const heading = text.startsWith('# ');
    if (heading) {
      // Keep a heading with at least two lines of what follows.
      if (!this.room(HEADING_SIZE * 1.8 + 2 * BODY_LEADING)) return false;
      this.gap(6);
      if (!this.block(text.slice(2), this.fonts.bold, HEADING_SIZE, HEADING_SIZE * 1.4)) return false;
    } else if (!this.block(text, this.fonts.regular, BODY_SIZE, BODY_LEADING)) {
      return false;
    }
    this.gap(PARAGRAPH_GAP);
    return true;
  }

  table(header: string[], rows: string[][]): void {
    const columnCount = Math.max(header.length, ...rows.map((row) => row.length));
    if (columnCount === 0) return;
    const widths = this.columnWidths(header, rows, columnCount);
    this.gap(4);
    const first = rows[0];
    // Never leave the header alone at the foot of a page.
    this.room(this.rowHeight(header, widths, true) + (first ? this.rowHeight(first, widths, false) : 0));
    this.tableRow(header, widths, true);
    for (const row of rows) {
      if (!this.room(this.rowHeight(row, widths, false))) return;
      if (this.y === this.size[1] - MARGIN_TOP) this.tableRow(header, widths, true); // repeat on a new page
      this.tableRow(row, widths, false);
    }
    this.gap(PARAGRAPH_GAP + 4);
  }

  private columnWidths(header: string[], rows: string[][], columnCount: number): number[] {
    const natural = Array.from({ length: columnCount }, (_, column) => {
      const cells = [header[column] ?? '', ...rows.map((row) => row[column] ?? '')];
      const widest = Math.max(...cells.map((cell) => this.fonts.bold.widthOfTextAtSize(cell, TABLE_SIZE)));
      return Math.max(MIN_COLUMN_WIDTH, Math.min(widest + 2 * CELL_PADDING, this.contentWidth * 0.6));
    });
    const total = natural.reduce((sum, width) => sum + width, 0);
    return natural.map((width) => (width / total) * this.contentWidth);
  }

  private cellLines(row: string[], widths: number[], header: boolean): string[][] {
    const font = header ? this.fonts.bold : this.fonts.regular;
    return widths.map((width, column) => wrapText(row[column] ?? '', font, TABLE_SIZE, width - 2 * CELL_PADDING));
  }

  private rowHeight(row: string[], widths: number[], header: boolean): number {
    const lines = Math.max(1, ...this.cellLines(row, widths, header).map((cell) => cell.length));
    return lines * TABLE_LEADING + 2 * CELL_PADDING;
  }

  private tableRow(row: string[], widths: number[], header: boolean): void {
    const height = this.rowHeight(row, widths, header);
    if (!this.room(height)) return;
    const font = header ? this.fonts.bold : this.fonts.regular;
    const top = this.y;
    const bottom = top - height;
    let x = MARGIN_X;
    this.cellLines(row, widths, header).forEach((lines, column) => {
      const width = widths[column] ?? 0;
      this.page.drawRectangle({
        x,
        y: bottom,
        width,
        height,
        borderColor: RULE,
        borderWidth: 0.5,
        ...(header ? { color: TABLE_HEADER_FILL } : {}),
      });
      const alignRight = !header && NUMERIC_CELL.test((row[column] ?? '').trim());
      lines.forEach((line, index) => {
        const lineWidth = font.widthOfTextAtSize(line, TABLE_SIZE);
        const textX = alignRight ? x + width - CELL_PADDING - lineWidth : x + CELL_PADDING;
        const textY = top - CELL_PADDING - (index + 1) * TABLE_LEADING + (TABLE_LEADING - TABLE_SIZE) * 0.6;
        this.page.drawText(line, { x: textX, y: textY, size: TABLE_SIZE, font, color: TEXT });
      });
      x += width;
    });
    this.y = bottom;
  }

  /** Running header (the title) and "Side N af M" on every page. */
  drawFurniture(title: string): void {
    const [width, height] = this.size;
    const headerText = wrapText(title, this.fonts.regular, FURNITURE_SIZE, this.contentWidth)[0] ?? '';
    const total = this.pages.length;
    this.pages.forEach((page, index) => {
      page.drawText(headerText, { x: MARGIN_X, y: height - 42, size: FURNITURE_SIZE, font: this.fonts.regular, color: MUTED });
      page.drawLine({ start: { x: MARGIN_X, y: height - 48 }, end: { x: width - MARGIN_X, y: height - 48 }, thickness: 0.5, color: RULE });
      const footer = `Side ${index + 1} af ${total}`;
      const footerWidth = this.fonts.regular.widthOfTextAtSize(footer, FURNITURE_SIZE);
      page.drawLine({ start: { x: MARGIN_X, y: 48 }, end: { x: width - MARGIN_X, y: 48 }, thickness: 0.5, color: RULE });
      page.drawText(footer, { x: width - MARGIN_X - footerWidth, y: 36, size: FURNITURE_SIZE, font: this.fonts.regular, color: MUTED });
    });
  }
}
