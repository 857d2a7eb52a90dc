import { AlignmentType, LevelFormat, type INumberingOptions, type IStylesOptions } from 'docx';

/** A4 in twentieths of a point, with the margins of the PDF edition. */
export const PAGE = { width: 11906, height: 16838, marginTop: 1418, marginBottom: 1247, marginSide: 1361 } as const;
/** The width text and tables may fill. */
export const TEXT_WIDTH = PAGE.width - 2 * PAGE.marginSide;

/** Arial: Word has it everywhere, LibreOffice draws it as the metric-compatible Liberation Sans. */
export const FONT = 'Arial';
const INK = '1A1F29';
const GREY = '4D5460';
export const MARK_COLOR = '991414';

const heading = (id: string, name: string, size: number, before: number, outlineLevel: number) => ({
  id, name, basedOn: 'Normal', next: 'Normal', quickFormat: true,
  run: { font: FONT, size, bold: true, color: INK },
  paragraph: { spacing: { before, after: 120 }, keepNext: true, keepLines: true, outlineLevel },
});

/**
 * Word's built-in heading styles (Heading1–Heading5, Title) by their ids, so the navigation pane
 * and Word's own table of contents find the items; Danish as the language of every run.
 */
export const STYLES: IStylesOptions = {
  default: {
    document: { run: { font: FONT, size: 22, color: INK, language: { value: 'da-DK' } }, paragraph: { spacing: { after: 120, line: 276 } } },
  },
  paragraphStyles: [
    { id: 'Title', name: 'Title', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { font: FONT, size: 48, bold: true, color: INK }, paragraph: { spacing: { before: 240, after: 120 } } },
    { id: 'Subtitle', name: 'Subtitle', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { font: FONT, size: 32, color: INK }, paragraph: { spacing: { after: 240 } } },
    heading('Heading1', 'heading 1', 32, 0, 0),
    heading('Heading2', 'heading 2', 24, 240, 1),
    heading('Heading3', 'heading 3', 22, 200, 2),
    heading('Heading4', 'heading 4', 22, 160, 3),
    heading('Heading5', 'heading 5', 21, 160, 4),
    { id: 'Kicker', name: 'Punktets art', basedOn: 'Normal', next: 'Normal', run: { size: 18, bold: true, color: GREY, allCaps: false }, paragraph: { spacing: { after: 60 }, keepNext: true } },
    { id: 'Quote', name: 'Quote', basedOn: 'Normal', next: 'Normal', run: { italics: true }, paragraph: { indent: { left: 567 } } },
    { id: 'Small', name: 'Lille tekst', basedOn: 'Normal', next: 'Normal', run: { size: 18, color: GREY } },
    { id: 'TocHeading', name: 'TOC Heading', basedOn: 'Normal', next: 'Normal', run: { font: FONT, size: 32, bold: true }, paragraph: { spacing: { after: 240 } } },
  ],
};

export const NUMBERING = {
  points: 'indstilling-points',
  ordered: 'content-ordered',
  bullet: 'content-bullet',
} as const;

const indent = (level: number) => ({ paragraph: { indent: { left: 567 * (level + 1), hanging: 397 } } });

/**
 * Real Word lists: decimal for Indstilling and ordered lists (each list its own instance, so
 * numbering restarts), bullets for bullet lists; a list that starts elsewhere gets its own
 * definition (Word keeps the start on the definition).
 */
export function numberingOptions(orderedStarts: ReadonlySet<number>): INumberingOptions {
  const decimal = (reference: string, start: number) => ({
    reference,
    levels: [0, 1, 2].map((level) => ({
      level, start: level === 0 ? start : 1, format: level === 1 ? LevelFormat.LOWER_LETTER : LevelFormat.DECIMAL,
      text: `%${level + 1}.`, alignment: AlignmentType.START, style: indent(level),
    })),
  });
  return {
    config: [
      decimal(NUMBERING.points, 1),
      decimal(NUMBERING.ordered, 1),
      ...[...orderedStarts].filter((s) => s !== 1).map((s) => decimal(orderedReference(s), s)),
      {
        reference: NUMBERING.bullet,
        levels: [0, 1, 2].map((level) => ({
          level, format: LevelFormat.BULLET, text: ['•', '–', '◦'][level] as string, alignment: AlignmentType.START, style: indent(level),
        })),
      },
    ],
  };
}

export const orderedReference = (start: number): string => (start === 1 ? NUMBERING.ordered : `${NUMBERING.ordered}-${start}`);
