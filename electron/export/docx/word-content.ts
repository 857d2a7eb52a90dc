import { ExternalHyperlink, HeadingLevel, Paragraph, Table, TableCell, TableRow, TextRun, WidthType, type ParagraphChild, type TableOfContents } from 'docx';
import type { BlockNode, ContentDoc, InlineNode, Table as ContentTable } from '../../../shared/content/content-model';
import { contentToPlainText } from '../../../shared/content/plain-text';
import type { WordLists } from './word-lists';
import { TEXT_WIDTH } from './word-styles';

/** What a section's body holds. */
export type WordBlock = Paragraph | Table | TableOfContents;
/** What a table cell or the content text holds. */
type CellBlock = Paragraph | Table;

/** A section heading's levels inside the item: content headings sit below the section's Heading 2. */
const CONTENT_HEADINGS = [HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5] as const;

/** The structured section text as Word paragraphs, real lists and tables with explicit column widths. */
export function contentBlocks(doc: ContentDoc, lists: WordLists, width = TEXT_WIDTH): CellBlock[] {
  return doc.content.flatMap((block) => blockToWord(block, lists, 0, width));
}

function blockToWord(block: BlockNode, lists: WordLists, level: number, width: number, strong = false): CellBlock[] {
  switch (block.type) {
    case 'paragraph':
      return [new Paragraph({ children: inlineRuns(block.content, strong) })];
    case 'heading':
      return [new Paragraph({ heading: CONTENT_HEADINGS[block.attrs.level - 1], children: inlineRuns(block.content) })];
    case 'bulletList':
    case 'orderedList': {
      const numbering = block.type === 'bulletList' ? lists.bullet() : lists.ordered(block.attrs?.start ?? 1);
      return block.content.flatMap((li) => li.content.flatMap((child, index) => {
        if (child.type === 'paragraph' && index === 0) {
          return [new Paragraph({ numbering: { ...numbering, level: Math.min(level, 2) }, children: inlineRuns(child.content) })];
        }
        if (child.type === 'bulletList' || child.type === 'orderedList') return blockToWord(child, lists, level + 1, width);
        // A second paragraph of a list item continues under its text, without a number of its own.
        if (child.type === 'paragraph') return [new Paragraph({ indent: { left: 567 * (level + 1) }, children: inlineRuns(child.content) })];
        return blockToWord(child, lists, level, width);
      }));
    }
    case 'table':
      return [tableToWord(block, lists, width), new Paragraph({ children: [] })];
  }
}

/** Every column gets its width in twips (Word and LibreOffice otherwise guess and disagree). */
function tableToWord(table: ContentTable, lists: WordLists, width: number): Table {
  const widths = columnWidths(table, width);
  const span = (from: number, count: number) => widths.slice(from, from + count).reduce((a, b) => a + b, 0);
  return new Table({
    width: { size: span(0, widths.length), type: WidthType.DXA },
    columnWidths: widths,
    rows: table.content.map((row) => new TableRow({
      tableHeader: row.content.every((cell) => cell.type === 'tableHeader'),
      children: positioned(row).map(({ cell, column }) => {
        const count = cell.attrs?.colspan ?? 1;
        const cellWidth = span(column, count);
        const children = cell.content.flatMap((b) => blockToWord(b, lists, 0, cellWidth, cell.type === 'tableHeader'));
        return new TableCell({
          width: { size: cellWidth, type: WidthType.DXA },
          columnSpan: count > 1 ? count : undefined,
          rowSpan: (cell.attrs?.rowspan ?? 1) > 1 ? cell.attrs?.rowspan : undefined,
          shading: cell.type === 'tableHeader' ? { fill: 'EEF0F3' } : undefined,
          margins: { top: 40, bottom: 40, left: 80, right: 80 },
          children: children.length > 0 ? children : [new Paragraph('')],
        });
      }),
    })),
  });
}

/** Each cell with the column it starts in (after the colspans before it). */
function positioned(row: ContentTable['content'][number]): { cell: ContentTable['content'][number]['content'][number]; column: number }[] {
  let column = 0;
  return row.content.map((cell) => {
    const at = column;
    column += cell.attrs?.colspan ?? 1;
    return { cell, column: at };
  });
}

/**
 * Column widths in twips that add up to the width, shared by the longest text of each column
 * (within bounds), as a word processor's autofit would: a label column is not squeezed to a
 * third of the page when the numbers beside it are short.
 */
function columnWidths(table: ContentTable, width: number): number[] {
  const columns = Math.max(1, ...table.content.map((row) => row.content.reduce((n, cell) => n + (cell.attrs?.colspan ?? 1), 0)));
  const longest = Array.from({ length: columns }, () => 4);
  for (const row of table.content) {
    for (const { cell, column } of positioned(row)) {
      if ((cell.attrs?.colspan ?? 1) !== 1) continue;
      const text = cell.content.map((b) => contentToPlainText({ type: 'doc', content: [b] })).join(' ');
      longest[column] = Math.max(longest[column] as number, Math.min(40, text.length));
    }
  }
  const total = longest.reduce((a, b) => a + b, 0);
  return longest.map((n) => Math.floor((width * n) / total));
}

export function inlineRuns(nodes: InlineNode[] | undefined, strong = false): ParagraphChild[] {
  return (nodes ?? []).map((node) => {
    if (node.type === 'hardBreak') return new TextRun({ break: 1 });
    const marks = node.marks ?? [];
    const run = new TextRun({
      text: node.text,
      bold: strong || marks.some((m) => m.type === 'bold') || undefined,
      italics: marks.some((m) => m.type === 'italic') || undefined,
      underline: marks.some((m) => m.type === 'underline') ? {} : undefined,
      style: marks.some((m) => m.type === 'link') ? 'Hyperlink' : undefined,
    });
    const link = marks.find((m) => m.type === 'link');
    return link ? new ExternalHyperlink({ link: link.attrs.href, children: [run] }) : run;
  });
}
