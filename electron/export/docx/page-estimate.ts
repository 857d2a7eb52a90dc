import type { BlockNode, ContentDoc } from '../../../shared/content/content-model';
import type { DocumentItem, DocumentModel } from '../../../shared/document';
import type { ChangePage } from '../html/render-packet-html';

/*
 * Page numbers for the table of contents, worked out when the document is built (Word would ask to
 * update a TOC field left dirty, and LibreOffice never updates it). docx's own layout engine
 * (docx/layout) lays pages out as Word does but takes ~7 ms a paragraph — seconds for a meeting —
 * so this counts lines instead: every item starts on a new page, so an estimate is off by at
 * most the rounding of a long item, never more. Calibrated against LibreOffice on the demo minutes
 * (Arial 11 pt on the A4 text width; its 18 pages all where the TOC says).
 */
const CHARS_PER_LINE = 92;
const LINES_PER_PAGE = 60;
const PARAGRAPH = 0.45;
const HEADING = 2.2;

export interface PagePlan {
  items: ReadonlyMap<number, number>;
  signature: number | null;
  changes: number | null;
}

export function estimatePages(model: DocumentModel, changePage: ChangePage | null | undefined): PagePlan {
  const front = pagesOf(8 + model.front.facts.length * 1.4 + 3 + (model.members.length + 1) * 1.5);
  const toc = pagesOf(3 + model.items.reduce((n, item) => n + lines(`Punkt ${item.number}. ${item.title}`) + 0.2, 0) + (model.signatureSheet ? 1 : 0));
  let page = 1 + front + toc;
  let changes: number | null = null;
  if (changePage) {
    changes = page;
    page += pagesOf(HEADING + paragraph(changePage.intro) + changePage.lines.reduce((n, l) => n + paragraph(l), 0));
  }
  const items = new Map<number, number>();
  for (const item of model.items) {
    items.set(item.number, page);
    page += pagesOf(itemLines(item));
  }
  return { items, signature: model.signatureSheet ? page : null, changes };
}

const pagesOf = (lineCount: number): number => Math.max(1, Math.ceil(lineCount / LINES_PER_PAGE));
const lines = (text: string): number => text.split('\n').reduce((n, l) => n + Math.max(1, Math.ceil(l.length / CHARS_PER_LINE)), 0);
const paragraph = (text: string): number => lines(text) + PARAGRAPH;

function itemLines(item: DocumentItem): number {
  let n = 1 + HEADING + lines(item.title) - 1;
  if (item.withheldNote) return n + paragraph(item.withheldNote);
  if (item.caseLine) n += 1;
  if (item.request) n += HEADING + paragraph(item.request.sentence) + paragraph(item.request.text);
  for (const section of item.sections) {
    n += HEADING + contentLines(section.content);
    if (section.points) n += (section.points.lead ? paragraph(section.points.lead) : 0) + section.points.points.reduce((m, p) => m + paragraph(`${p.text} (${p.authority ?? ''})`), 0);
  }
  if (item.notices.length > 0) n += HEADING + item.notices.reduce((m, x) => m + paragraph(x.title) + contentLines(x.content), 0);
  for (const prior of item.priorDecisions) n += HEADING + paragraph(prior.text) + prior.presenceLines.reduce((m, l) => m + paragraph(l), 0);
  if (item.decision) {
    n += HEADING + item.decision.decisions.reduce((m, d) => m + paragraph(d.text) + d.notes.reduce((k, x) => k + 1 + paragraph(x.text), 0), 0);
    n += item.decision.presenceLines.reduce((m, l) => m + paragraph(l), 0);
  }
  n += item.addenda.reduce((m, a) => m + paragraph(`${a.heading}: ${a.text}`) + paragraph(a.basis), 0);
  if (item.bilag.length > 0) n += HEADING + item.bilag.reduce((m, b) => m + paragraph(`${b.number}. ${b.title}`), 0);
  return n;
}

function contentLines(doc: ContentDoc): number {
  return doc.content.reduce((n, block) => n + blockLines(block), 0);
}

function blockLines(block: BlockNode): number {
  switch (block.type) {
    case 'paragraph':
    case 'heading':
      return paragraph((block.content ?? []).map((c) => (c.type === 'text' ? c.text : '\n')).join('')) + (block.type === 'heading' ? 1 : 0);
    case 'bulletList':
    case 'orderedList':
      return block.content.reduce((n, li) => n + li.content.reduce((m, b) => m + blockLines(b), 0), 0);
    case 'table':
      // A row is as tall as its fullest cell, in a column as wide as its share of the line.
      return 1 + block.content.reduce((n, row) => n + Math.max(1, ...row.content.map((cell) =>
        cell.content.reduce((m, b) => m + blockLines(b), 0) * row.content.length * 0.8)) * 0.9, 0);
  }
}
