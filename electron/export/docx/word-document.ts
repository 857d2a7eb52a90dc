import {
  Bookmark, BorderStyle, Document, ExternalHyperlink, HeadingLevel, Packer, Paragraph, SectionType, Table, TableCell, TableOfContents,
  TableRow, TextRun, WidthType, type ISectionOptions,
} from 'docx';
import type { DecisionBlock, DocumentBilag, DocumentItem, DocumentModel, DocumentSection, SignatureSheet } from '../../../shared/document';
import { WORDS } from '../../../shared/document';
import type { ChangePage } from '../html/render-packet-html';
import { itemHeadingPrefix, SIGNATURE_HEADING, TOC_HEADING } from '../html/link-targets';
import { contentBlocks, type WordBlock } from './word-content';
import { pageFooter, pageHeader } from './word-furniture';
import { WordLists } from './word-lists';
import { estimatePages } from './page-estimate';
import { logoParagraph } from './word-logo';
import { numberingOptions, PAGE, STYLES, TEXT_WIDTH } from './word-styles';

export interface WordOptions {
  changePage?: ChangePage | null;
  /** Bilag written beside the document (attachment id → relative file name): their entries link to the file. */
  bilagFiles?: ReadonlyMap<number, string>;
  /** Extra keywords for the core properties (the chain hash, as in the PDF's metadata). */
  keywords?: string[];
}

/**
 * The agenda or the minutes as a Word document, laid out from the shared document model like the
 * PDF: front page, table of contents (page numbers estimated when built, so Word asks nothing on
 * opening), each item in its own section on a new page with its running header, the signature sheet.
 */
export async function renderWordDocument(model: DocumentModel, options: WordOptions = {}): Promise<Uint8Array> {
  const lists = new WordLists();
  const page = { size: { width: PAGE.width, height: PAGE.height }, margin: { top: PAGE.marginTop, bottom: PAGE.marginBottom, left: PAGE.marginSide, right: PAGE.marginSide, header: 567, footer: 567 } };
  const section = (furniture: string | null, children: WordBlock[], first = false): ISectionOptions => ({
    properties: { page, ...(first ? {} : { type: SectionType.NEXT_PAGE }) },
    headers: { default: pageHeader(model, furniture) },
    footers: { default: pageFooter() },
    children,
  });
  const pages = estimatePages(model, options.changePage);
  const entries = [
    ...(options.changePage ? [{ title: options.changePage.heading, level: 1, page: pages.changes ?? undefined, href: CHANGES_BOOKMARK }] : []),
    ...model.items.map((item) => ({ title: itemHeading(item), level: 1, page: pages.items.get(item.number), href: itemBookmark(item.number) })),
    ...(model.signatureSheet ? [{ title: SIGNATURE_HEADING, level: 1, page: pages.signature ?? undefined, href: SIGNATURE_BOOKMARK }] : []),
  ];
  const sections: ISectionOptions[] = [
    section(null, frontPage(model), true),
    section(null, [
      new Paragraph({ style: 'TocHeading', text: TOC_HEADING }),
      // Written clean with its entries and page numbers, so Word shows it as it is and asks nothing; Word's "Opdater tabel" still works.
      new TableOfContents(TOC_HEADING, { hyperlink: true, headingStyleRange: '1-1', cachedEntries: entries, beginDirty: false }),
    ]),
    ...(options.changePage ? [section(null, changePage(options.changePage, lists))] : []),
    ...model.items.map((item) => section(item.furniture, itemBlocks(item, lists, options.bilagFiles ?? new Map()))),
    ...(model.signatureSheet ? [section(null, signatureSheet(model.signatureSheet))] : []),
  ];
  const author = model.municipality.name || model.committeeName;
  const document = new Document({
    title: model.title,
    subject: `${model.documentName} for mødet i ${model.committeeName} den ${model.longDate}${model.edition === 'public' ? ' (offentlig udgave)' : ''}`,
    creator: author,
    lastModifiedBy: author,
    keywords: [model.committeeName, model.documentName, ...(options.keywords ?? [])].join(', '),
    styles: STYLES,
    numbering: numberingOptions(lists.orderedStarts),
    features: { updateFields: false },
    sections,
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

function frontPage(model: DocumentModel): WordBlock[] {
  const { front } = model;
  const withAttendance = front.memberColumns.length > 2;
  const widths = withAttendance ? [0.42, 0.2, 0.38] : [0.6, 0.4];
  const logo = logoParagraph(model.municipality.logoDataUrl, model.municipality.name);
  return [
    ...(logo ? [logo] : []),
    ...(model.municipality.name ? [new Paragraph({ style: 'Subtitle', text: model.municipality.name })] : []),
    new Paragraph({ heading: HeadingLevel.TITLE, text: front.kindLine }),
    new Paragraph({ style: 'Subtitle', text: model.committeeName }),
    ...(front.editionLine ? [new Paragraph({ children: [new TextRun({ text: front.editionLine, bold: true })] })] : []),
    ...(front.notice ? [new Paragraph({ children: [new TextRun({ text: front.notice, bold: true, color: '991414' })] })] : []),
    grid([0.3, 0.7], front.facts.map((f) => [f.label, f.value]), { boldFirstColumn: true }),
    new Paragraph({ heading: HeadingLevel.HEADING_2, text: 'Medlemmer' }),
    grid(widths, [
      front.memberColumns,
      ...model.members.map((m) => [m.label, m.roleLabel, ...(withAttendance ? [m.attendance ?? ''] : [])]),
    ], { header: true }),
  ];
}

/** A plain table with explicit widths (fractions of the text width). */
function grid(fractions: number[], rows: string[][], style: { header?: boolean; boldFirstColumn?: boolean }): Table {
  const widths = fractions.map((f) => Math.floor(f * TEXT_WIDTH));
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    rows: rows.map((cells, r) => new TableRow({
      tableHeader: style.header && r === 0,
      children: cells.map((text, c) => new TableCell({
        width: { size: widths[c] as number, type: WidthType.DXA },
        margins: { top: 40, bottom: 40, left: 80, right: 80 },
        shading: style.header && r === 0 ? { fill: 'EEF0F3' } : undefined,
        children: [new Paragraph({ spacing: { after: 0 }, children: [new TextRun({ text, bold: (style.header && r === 0) || (style.boldFirstColumn && c === 0) || undefined })] })],
      })),
    })),
  });
}

function changePage(page: ChangePage, lists: WordLists): WordBlock[] {
  const bullets = lists.bullet();
  return [
    headingWithBookmark(CHANGES_BOOKMARK, page.heading),
    new Paragraph(page.intro),
    ...(page.lines.length > 0
      ? page.lines.map((line) => new Paragraph({ numbering: { ...bullets, level: 0 }, text: line }))
      : [new Paragraph('Der er ingen ændringer i punkterne eller bilagene.')]),
  ];
}

function itemBlocks(item: DocumentItem, lists: WordLists, bilagFiles: ReadonlyMap<number, string>): WordBlock[] {
  const blocks: WordBlock[] = [
    new Paragraph({ style: 'Kicker', text: item.changedNote ? `${item.furniture} · ${item.changedNote}` : item.furniture }),
    headingWithBookmark(itemBookmark(item.number), itemHeading(item)),
  ];
  if (item.withheldNote) return [...blocks, new Paragraph({ children: [new TextRun({ text: item.withheldNote, italics: true })] })];
  if (item.caseLine) blocks.push(new Paragraph({ style: 'Small', text: item.caseLine }));
  if (item.request) {
    blocks.push(heading2(item.request.heading), new Paragraph(item.request.sentence), new Paragraph({ style: 'Quote', text: item.request.text }));
  }
  for (const section of item.sections) blocks.push(...sectionBlocks(section, lists));
  if (item.notices.length > 0) {
    blocks.push(heading2(WORDS.noticesHeading));
    const numbering = lists.ordered();
    for (const notice of item.notices) {
      blocks.push(new Paragraph({ numbering: { ...numbering, level: 0 }, children: [new TextRun({ text: notice.title, bold: true })] }));
      blocks.push(...contentBlocks(notice.content, lists));
    }
  }
  for (const prior of item.priorDecisions) {
    blocks.push(heading2(prior.heading), ...lines(prior.text), ...prior.presenceLines.map((l) => new Paragraph(l)));
  }
  if (item.decision) blocks.push(...decisionBlocks(item.decision));
  for (const addendum of item.addenda) {
    blocks.push(
      new Paragraph({ children: [new TextRun({ text: `${addendum.heading}:`, bold: true }), new TextRun({ text: ` ${addendum.text}` })] }),
      new Paragraph({ style: 'Small', text: addendum.basis }),
    );
  }
  if (item.bilag.length > 0) blocks.push(heading2(WORDS.bilagListHeading), ...item.bilag.map((b) => bilagLine(b, bilagFiles.get(b.attachmentId))));
  return blocks;
}

function sectionBlocks(section: DocumentSection, lists: WordLists): WordBlock[] {
  const blocks: WordBlock[] = [heading2(section.heading), ...contentBlocks(section.content, lists)];
  if (section.points) {
    if (section.points.lead) blocks.push(new Paragraph(section.points.lead));
    const numbering = lists.points(section.points.points[0]?.number ?? 1);
    for (const point of section.points.points) {
      blocks.push(new Paragraph({
        numbering: { ...numbering, level: 0 },
        children: [new TextRun(point.text), ...(point.authority ? [new TextRun({ text: ` (${point.authority})`, italics: true })] : [])],
      }));
    }
  }
  return blocks;
}

/** The heading, each decision followed by its protocol notes, then the presence lines. */
function decisionBlocks(block: DecisionBlock): WordBlock[] {
  return [
    heading2(block.heading),
    ...block.decisions.flatMap((decision) => [
      ...lines(decision.text),
      ...decision.notes.flatMap((note) => [
        new Paragraph({ keepNext: true, children: [new TextRun({ text: `${note.label}:`, bold: true })] }),
        new Paragraph({ style: 'Quote', text: note.text }),
      ]),
    ]),
    ...block.presenceLines.map((line) => new Paragraph(line)),
  ];
}

function bilagLine(bilag: DocumentBilag, file: string | undefined): Paragraph {
  const label = `${bilag.number}. ${bilag.title}`;
  if (!bilag.distributed) return new Paragraph({ children: [new TextRun(label), new TextRun({ text: ` ${WORDS.onFile}`, italics: true })] });
  if (!file) return new Paragraph(label);
  return new Paragraph({ children: [new ExternalHyperlink({ link: encodeURI(file), children: [new TextRun({ text: label, style: 'Hyperlink' })] })] });
}

function signatureSheet(sheet: SignatureSheet): WordBlock[] {
  const widths = [Math.floor(TEXT_WIDTH * 0.36), Math.floor(TEXT_WIDTH * 0.34), Math.floor(TEXT_WIDTH * 0.3)];
  const line = { style: BorderStyle.SINGLE, size: 6, color: '1A1F29' };
  const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  return [
    headingWithBookmark(SIGNATURE_BOOKMARK, SIGNATURE_HEADING),
    new Paragraph(sheet.intro),
    new Table({
      width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
      columnWidths: widths,
      borders: { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none },
      rows: sheet.signers.map((signer) => new TableRow({
        cantSplit: true,
        children: [
          new TableCell({ width: { size: widths[0] as number, type: WidthType.DXA }, margins: { top: 360, left: 0, right: 80 }, children: [new Paragraph({ spacing: { after: 0 }, text: signer.name })] }),
          new TableCell({ width: { size: widths[1] as number, type: WidthType.DXA }, margins: { top: 360 }, borders: { bottom: line, top: none, left: none, right: none }, children: [new Paragraph('')] }),
          new TableCell({ width: { size: widths[2] as number, type: WidthType.DXA }, margins: { top: 360, left: 120 }, children: [new Paragraph({ style: 'Small', spacing: { after: 0 }, text: signer.approval ?? '' })] }),
        ],
      })),
    }),
    ...(sheet.chain.length > 0 ? [
      heading2(WORDS.chainHeading),
      ...sheet.chain.flatMap((entry) => [
        new Paragraph({ keepNext: true, children: [new TextRun(`${entry.label}: kontrolsum `), new TextRun({ text: entry.shortHash, bold: true })] }),
        new Paragraph({ style: 'Small', text: `SHA-256 ${entry.hash}` }),
      ]),
      new Paragraph({ style: 'Small', text: WORDS.chainHelp }),
    ] : []),
  ];
}

/** Bookmarks the TOC links to: named by number, never by title, so no closed title hides in a name. */
const itemBookmark = (itemNumber: number): string => `punkt_${itemNumber}`;
const CHANGES_BOOKMARK = 'aendringer';
const SIGNATURE_BOOKMARK = 'underskriftsblad';
const itemHeading = (item: DocumentItem): string => `${itemHeadingPrefix(item.number)}. ${item.title}`;

const headingWithBookmark = (id: string, text: string): Paragraph =>
  new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new Bookmark({ id, children: [new TextRun(text)] })] });

const heading2 = (text: string): Paragraph => new Paragraph({ heading: HeadingLevel.HEADING_2, text });

/** A text of lines ("\n" between an amendment's vote and the decision) as paragraphs. */
const lines = (text: string): Paragraph[] =>
  text.split(/\n{2,}|\n/).filter((t) => t.trim().length > 0).map((t) => new Paragraph(t));
