import { PDFDocument, PDFName, type PDFPage } from 'pdf-lib';
import { UserError } from '../../../shared/api/envelope';
import type { Db } from '../../store/open-database';
import { findOversizedText } from '../html/oversized-text';
import { findMissingText } from '../html/printed-text-check';
import { distributedBilag, WORDS, type DocumentModel } from '../../../shared/document';
import { renderPacketHtml, type ChangePage, type TocPages } from '../html/render-packet-html';
import type { PdfPrinter } from '../printer/pdf-printer';
import { readFontBytes } from '../pdf/font-files';
import { SpillFile } from '../pdf/spilled-stream';
import { processTempDir } from '../printer/temp-root';
import { readBodyLayout, type BodyLayout } from './body-layout';
import { copyBilagPages } from './copy-bilag-pages';
import { loadBilag } from './load-bilag';
import { BilagPreloader } from './preload-bilag';
import { resolvePlaceholderLinks, setOutline, setPageLabels, type LabelRange, type OutlineNode } from './navigation';
import { setPageOrder } from './page-order';
import { planPacket, samePages, type PacketPlan, type PlannedPage } from './packet-plan';
import { StampPainter } from './stamp-painter';
import { createBilagStamper, stampBodyPage } from './stamps';
import { sharedFontkit } from '../pdf/shared-fontkit';
import { deflateWithZlib } from '../pdf/zlib-flate';
import { installPdfNameCache } from '../pdf/pdf-name-cache';

export interface PacketProgress { phase: 'render' | 'bilag' | 'finish' | 'sign'; index?: number; total?: number }

export interface CompilePacketOptions {
  bilagPlacement?: 'end' | 'after-item';
  printer: PdfPrinter;
  onProgress?: (step: PacketProgress) => void;
  signal?: AbortSignal;
  /** Creation date written to the PDF (default: now). */
  now?: Date;
  /** A re-release: the "Ændringer siden version N" page, printed right after the table of contents. */
  changePage?: ChangePage | null;
}

/**
 * The packet as a pdf-lib document, not yet written: PDF/A and the signature field come next. Its
 * bilag images wait in a spill file until it is written: dispose() removes that file.
 */
export interface CompiledPacket { doc: PDFDocument; pageCount: number; bilagCount: number; dispose(): void }

/** At most this many prints to settle the TOC page numbers (two suffice unless the TOC reflows). */
const MAX_PRINTS = 4;

/**
 * Compiles the packet: the body printed by Chromium is loaded as the base document (keeping its
 * tags); the distributed bilag are opened one at a time, their pages inserted where the plan puts
 * them and stamped; then the TOC links, outline, page labels and metadata are set. The plan uses
 * the page counts stored when the bilag were attached; a bilag that turns out to have another
 * count is planned again with the real one (one more compile, never a wrong TOC).
 */
export async function compilePacket(db: Db, model: DocumentModel, options: CompilePacketOptions): Promise<CompiledPacket> {
  refuseOversizedText(model);
  const pageCounts = new Map(distributedBilag(model).map((b) => [b.attachmentId, b.pageCount]));
  try {
    return await compileWithPageCounts(db, model, pageCounts, options);
  } catch (error) {
    if (!(error instanceof PageCountChanged)) throw error;
    // Rare (a file replaced behind the store's back): count every bilag, then plan once more.
    for (const bilag of distributedBilag(model)) {
      options.signal?.throwIfAborted();
      pageCounts.set(bilag.attachmentId, (await loadBilag(db, bilag)).pageCount);
    }
    return compileWithPageCounts(db, model, pageCounts, { ...options, pageCountsFinal: true });
  }
}

/** Text longer than the limits (stored before them) is refused by name before anything is printed. */
function refuseOversizedText(model: DocumentModel): void {
  const problems = findOversizedText(model);
  if (problems.length === 0) return;
  const shown = problems.slice(0, 10).map((p) => `- ${p}`);
  if (problems.length > shown.length) shown.push(`- og ${problems.length - shown.length} til.`);
  throw new UserError(
    `${model.document === 'agenda' ? 'Dagsordenen' : 'Referatet'} kan ikke dannes, fordi noget af teksten er for lang til at blive trykt. Forkort den, og prøv igen:\n${shown.join('\n')}`,
    'text_too_long',
  );
}

/** An export either has all of every item's text or fails naming the item (printed-text-check.ts). */
async function refuseMissingText(body: Uint8Array, printed: PDFDocument, layout: BodyLayout, model: DocumentModel): Promise<void> {
  const problems = await findMissingText(body, layout.itemStarts, model, printed);
  if (problems.length === 0) return;
  throw new UserError(
    `${model.document === 'agenda' ? 'Dagsordenen' : 'Referatet'} er ikke dannet, fordi Chromium ikke fik al teksten med. Ret teksten, og prøv igen:\n${problems.slice(0, 10).map((p) => `- ${p}`).join('\n')}`,
    'text_not_printed',
  );
}

class PageCountChanged extends Error {
  constructor(readonly attachmentId: number, readonly actual: number) {
    super('A bilag has another page count than stored');
  }
}

async function compileWithPageCounts(
  db: Db, model: DocumentModel, pageCounts: Map<number, number>, options: CompilePacketOptions & { pageCountsFinal?: boolean },
): Promise<CompiledPacket> {
  const spill = new SpillFile(processTempDir());
  const preloader = new BilagPreloader(db, distributedBilag(model), spill);
  try {
    const compiled = await compileInto(db, model, pageCounts, options, preloader);
    await preloader.stop();
    return { ...compiled, dispose: () => spill.dispose() };
  } catch (error) {
    await preloader.stop();
    spill.dispose();
    throw error;
  }
}

async function compileInto(
  db: Db, model: DocumentModel, pageCounts: Map<number, number>, options: CompilePacketOptions & { pageCountsFinal?: boolean }, preloader: BilagPreloader,
): Promise<Omit<CompiledPacket, 'dispose'>> {
  const { signal } = options;
  const progress = options.onProgress ?? (() => {});
  const { doc, layout, plan, bytes } = await printBody(model, pageCounts, options);
  signal?.throwIfAborted();
  await refuseMissingText(bytes, doc, layout, model);
  signal?.throwIfAborted();
  const runs = bilagRuns(plan.pages);
  progress({ phase: 'bilag', index: 0, total: runs.length });

  doc.registerFontkit(sharedFontkit);
  deflateWithZlib(doc);
  const painter = new StampPainter(doc, {
    regular: await doc.embedFont(await readFontBytes('DejaVuSans'), { subset: true }),
    bold: await doc.embedFont(await readFontBytes('DejaVuSans-Bold'), { subset: true }),
  });
  const total = plan.pages.length;
  const pageLabel = (index: number): string => `Side ${index + 1} af ${total}`;
  const meetingLine = `${model.committeeName} den ${model.shortDate}`;

  const bodyPages = doc.getPages();
  plan.pages.forEach((planned, index) => {
    if (planned.kind !== 'body') return;
    const header = planned.furniture === null ? null : { left: planned.furniture, right: meetingLine };
    stampBodyPage(painter, bodyPages[planned.bodyIndex] as PDFPage, { header, pageLabel: pageLabel(index), mark: model.pageMark });
  });

  // One bilag at a time: open, copy, stamp, let go; the pages are put in order once at the end.
  const bilagPages = new Map<number, PDFPage[]>();
  for (const [n, run] of runs.entries()) {
    signal?.throwIfAborted();
    progress({ phase: 'bilag', index: n + 1, total: runs.length });
    const loaded = await (preloader.take(run.bilag.attachmentId) ?? loadBilag(db, run.bilag));
    if (loaded.pageCount !== run.pageCount) {
      if (options.pageCountsFinal) throw new Error(`Bilag ${run.bilag.attachmentId} changed its page count during the export`);
      throw new PageCountChanged(run.bilag.attachmentId, loaded.pageCount);
    }
    const copies = await copyBilagPages(doc, loaded.doc, run.bilag);
    const stamp = createBilagStamper(painter, {
      item: `Punkt nr. ${run.bilag.itemNumber} - ${run.bilag.itemTitle}`,
      page: (pageNumber) => `Bilag ${run.bilag.number} - Side ${pageNumber} af ${run.pageCount}`,
      pageCount: run.pageCount,
      meeting: `Møde i ${model.committeeName} d. ${model.shortDate}`,
      widestPageLabel: pageLabel(total - 1),
      mark: model.pageMark,
    });
    copies.forEach((page, pageIndex) => stamp(page, pageIndex, pageLabel(run.start + pageIndex)));
    bilagPages.set(run.bilag.attachmentId, copies);
  }
  signal?.throwIfAborted();
  progress({ phase: 'finish' });

  const pages = plan.pages.map((planned) => (planned.kind === 'body'
    ? bodyPages[planned.bodyIndex]
    : bilagPages.get(planned.bilag.attachmentId)?.[planned.pageIndex]));
  if (pages.some((page) => page === undefined)) throw new Error('Pakken mangler sider, som var planlagt.');
  setPageOrder(doc, pages as PDFPage[]);
  const pageAt = (n: number | null | undefined): PDFPage | undefined => (n ? pages[n - 1] : undefined);
  resolvePlaceholderLinks(doc, bodyPages, {
    item: (n) => pageAt(plan.itemPages.get(n)),
    bilag: (id) => pageAt(plan.bilagPages.get(id)),
  });
  setOutline(doc, outlineNodes(model, plan, pageAt));
  setPageLabels(doc, labelRanges(plan));
  setMetadata(doc, model, options.now ?? new Date());
  return { doc, pageCount: total, bilagCount: runs.length };
}

/**
 * The page numbers the last print of each document settled on: the next export's first guess, so
 * a layout that did not change (the usual case: a text corrected within an item) prints once. A
 * wrong guess costs only the print that finds it out.
 */
const settledTocPages = new Map<string, TocPages>();
const MAX_REMEMBERED = 50;

/**
 * Prints the body until the page numbers it shows (TOC, Bilagsfortegnelse) are the ones the plan
 * gives: the first print shows the last export's numbers (or none), the next normally settles.
 */
async function printBody(
  model: DocumentModel, pageCounts: ReadonlyMap<number, number>, options: CompilePacketOptions,
): Promise<{ doc: PDFDocument; layout: BodyLayout; plan: PacketPlan; bytes: Uint8Array }> {
  const { printer, signal } = options;
  const progress = options.onProgress ?? (() => {});
  const placement = options.bilagPlacement ?? 'end';
  const key = `${model.title}|${model.document}|${model.edition}|${placement}|${options.changePage?.heading ?? ''}`;
  let tocPages: TocPages | null = settledTocPages.get(key) ?? null;
  let body: { doc: PDFDocument; layout: BodyLayout; plan: PacketPlan; bytes: Uint8Array } | null = null;
  for (let pass = 1; pass <= MAX_PRINTS; pass++) {
    signal?.throwIfAborted();
    progress({ phase: 'render', index: pass });
    const bytes = await printer.print(await renderPacketHtml(model, tocPages, options.changePage, placement), { title: model.title, signal });
    installPdfNameCache();
    const doc = await PDFDocument.load(bytes, { updateMetadata: false });
    const layout = readBodyLayout(doc);
    const plan = planPacket(model, layout, pageCounts, placement);
    body = { doc, layout, plan, bytes };
    if (tocPages && samePages(tocPages.items, plan.itemPages) && samePages(tocPages.bilag, plan.bilagPages) && tocPages.signature === plan.signaturePage) break;
    tocPages = { items: plan.itemPages, bilag: plan.bilagPages, signature: plan.signaturePage };
  }
  if (!body || tocPages === null) throw new Error('Dagsordenen blev ikke trykt.');
  settledTocPages.delete(key);
  settledTocPages.set(key, tocPages);
  if (settledTocPages.size > MAX_REMEMBERED) settledTocPages.delete(settledTocPages.keys().next().value as string);
  return body;
}

type BilagRun = { bilag: Extract<PlannedPage, { kind: 'bilag' }>['bilag']; start: number; pageCount: number };

/** Each merged bilag with the 0-based index of its first page in the packet, front to back. */
function bilagRuns(pages: PlannedPage[]): BilagRun[] {
  const runs: BilagRun[] = [];
  pages.forEach((page, index) => {
    if (page.kind === 'bilag' && page.pageIndex === 0) runs.push({ bilag: page.bilag, start: index, pageCount: page.pageCount });
  });
  return runs;
}

function outlineNodes(model: DocumentModel, plan: PacketPlan, pageAt: (n: number | undefined) => PDFPage | undefined): OutlineNode[] {
  const nodes: OutlineNode[] = [];
  const toc = pageAt(plan.tocPage);
  if (toc) nodes.push({ title: WORDS.tocHeading, page: toc, children: [] });
  const changes = plan.changes && pageAt(plan.changes.page);
  if (plan.changes && changes) nodes.push({ title: plan.changes.title, page: changes, children: [] });
  for (const item of model.items) {
    const page = pageAt(plan.itemPages.get(item.number));
    if (!page) continue;
    const children: OutlineNode[] = [];
    for (const bilag of item.bilag) {
      const first = pageAt(plan.bilagPages.get(bilag.attachmentId));
      if (first) children.push({ title: `Bilag ${bilag.number}: ${bilag.title}`, page: first, children: [] });
    }
    nodes.push({ title: item.outlineTitle, page, children });
  }
  const signature = pageAt(plan.signaturePage ?? undefined);
  if (signature) nodes.push({ title: WORDS.signatureHeading, page: signature, children: [] });
  return nodes;
}

/** Body pages are labelled with their printed page number; bilag pages "Bilag <punkt>.<nr>-<side>". */
function labelRanges(plan: PacketPlan): LabelRange[] {
  const ranges: LabelRange[] = [];
  plan.pages.forEach((page, index) => {
    const previous = plan.pages[index - 1];
    if (page.kind === 'body') {
      if (!previous || previous.kind !== 'body') ranges.push({ startIndex: index, start: index + 1 });
    } else if (page.pageIndex === 0) {
      ranges.push({ startIndex: index, prefix: `Bilag ${page.bilag.itemNumber}.${page.bilag.number}-`, start: 1 });
    }
  });
  return ranges;
}

function setMetadata(doc: PDFDocument, model: DocumentModel, now: Date): void {
  doc.setTitle(model.title, { showInWindowTitleBar: true });
  doc.setAuthor(model.municipality.name || model.committeeName);
  doc.setSubject(`${model.documentName} for mødet i ${model.committeeName} den ${model.longDate}`);
  doc.setKeywords([model.committeeName, model.documentName]);
  doc.setProducer('Dagsorden');
  doc.setCreator('Dagsorden');
  doc.setCreationDate(now);
  doc.setModificationDate(now);
  doc.setLanguage('da');
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}
