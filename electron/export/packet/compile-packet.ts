import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, PDFName, type PDFPage } from 'pdf-lib';
import type { DocumentKind, Edition } from '../../../shared/domain/enums';
import type { Db } from '../../store/open-database';
import { buildPacketModel, distributedBilag, documentName, type PacketModel } from '../html/packet-model';
import { renderPacketHtml, type ChangePage, type TocPages } from '../html/render-packet-html';
import type { PdfPrinter } from '../printer/pdf-printer';
import { readFontBytes } from '../pdf/font-files';
import { readBodyLayout, type BodyLayout } from './body-layout';
import { copyBilagPages } from './copy-bilag-pages';
import { loadBilag, type LoadedBilag } from './load-bilag';
import { loadPacketSource } from './load-packet-source';
import { resolvePlaceholderLinks, setOutline, setPageLabels, type LabelRange, type OutlineNode } from './navigation';
import { planPacket, samePages, type PacketPlan } from './packet-plan';
import { stampBilagPage, stampBodyPage, type StampFonts } from './stamps';

export interface PacketProgress { phase: 'render' | 'bilag' | 'finish'; index?: number; total?: number }

export interface CompilePacketOptions {
  document: DocumentKind;
  edition: Edition;
  bilagPlacement?: 'end' | 'after-item';
  printer: PdfPrinter;
  onProgress?: (step: PacketProgress) => void;
  signal?: AbortSignal;
  /** Creation date written to the PDF (default: now). */
  now?: Date;
  /** A re-release: the "Ændringer siden version N" page, printed right after the table of contents. */
  changePage?: ChangePage | null;
}

export interface CompiledPacket { bytes: Uint8Array; pageCount: number; bilagCount: number }

/** At most this many prints to settle the TOC page numbers (two suffice unless the TOC reflows). */
const MAX_PRINTS = 4;

/**
 * Compiles the packet: the body printed by Chromium is loaded as the base document (keeping its
 * tags), the distributed bilag are appended, every page is stamped, and the outline, TOC links,
 * page labels and metadata are built. Every bilag is opened before anything is printed, so a bad
 * file stops the export at once with a message naming it.
 */
export async function compilePacket(db: Db, meetingId: number, options: CompilePacketOptions): Promise<CompiledPacket> {
  const { printer, signal } = options;
  const placement = options.bilagPlacement ?? 'end';
  const progress = options.onProgress ?? (() => {});
  const model = buildPacketModel(loadPacketSource(db, meetingId), options.document, options.edition);

  const merged = distributedBilag(model);
  const loaded: LoadedBilag[] = [];
  for (const [index, bilag] of merged.entries()) {
    signal?.throwIfAborted();
    progress({ phase: 'bilag', index: index + 1, total: merged.length });
    loaded.push(await loadBilag(db, bilag));
  }
  const pageCounts = new Map(loaded.map((l) => [l.bilag.attachmentId, l.pageCount]));

  let tocPages: TocPages | null = null;
  let body: { doc: PDFDocument; layout: BodyLayout; plan: PacketPlan } | null = null;
  for (let pass = 1; pass <= MAX_PRINTS; pass++) {
    signal?.throwIfAborted();
    progress({ phase: 'render', index: pass });
    const bytes = await printer.print(await renderPacketHtml(model, tocPages, options.changePage), { title: model.title });
    const doc = await PDFDocument.load(bytes, { updateMetadata: false });
    const layout = readBodyLayout(doc);
    const plan = planPacket(model, layout, pageCounts, placement);
    body = { doc, layout, plan };
    if (tocPages && samePages(tocPages.items, plan.itemPages) && samePages(tocPages.bilag, plan.bilagPages) && tocPages.signature === plan.signaturePage) break;
    tocPages = { items: plan.itemPages, bilag: plan.bilagPages, signature: plan.signaturePage };
  }
  if (!body) throw new Error('Dagsordenen blev ikke trykt.');
  signal?.throwIfAborted();
  progress({ phase: 'finish' });

  const { doc, plan } = body;
  doc.registerFontkit(fontkit);
  const fonts: StampFonts = {
    regular: await doc.embedFont(await readFontBytes('DejaVuSans'), { subset: true }),
    bold: await doc.embedFont(await readFontBytes('DejaVuSans-Bold'), { subset: true }),
  };

  // Insert the bilag pages at their planned positions, front to back.
  const copied = new Map<number, PDFPage[]>();
  for (const l of loaded) copied.set(l.bilag.attachmentId, await copyBilagPages(doc, l.doc));
  plan.pages.forEach((planned, index) => {
    if (planned.kind !== 'bilag') return;
    const page = copied.get(planned.bilag.attachmentId)?.[planned.pageIndex];
    if (page) doc.insertPage(index, page);
  });
  const pages = doc.getPages();
  const total = pages.length;
  if (total !== plan.pages.length) throw new Error(`Pakken fik ${total} sider, men ${plan.pages.length} var planlagt.`);

  const meetingLine = `${model.committeeName} den ${model.shortDate}`;
  plan.pages.forEach((planned, index) => {
    const page = pages[index] as PDFPage;
    const pageLabel = `Side ${index + 1} af ${total}`;
    if (planned.kind === 'body') {
      const header = planned.itemNumber === null ? null : { left: planned.itemClosed ? 'Lukket punkt' : 'Åbent punkt', right: meetingLine };
      stampBodyPage(page, fonts, { header, pageLabel });
    } else {
      stampBilagPage(page, fonts, [
        `Punkt nr. ${planned.bilag.itemNumber} - ${planned.bilag.itemTitle}`,
        `Bilag ${planned.bilag.number} - Side ${planned.pageIndex + 1} af ${planned.pageCount}`,
        `Møde i ${model.committeeName} d. ${model.shortDate}`,
      ], pageLabel);
    }
  });

  const pageAt = (n: number | null | undefined): PDFPage | undefined => (n ? pages[n - 1] : undefined);
  resolvePlaceholderLinks(doc, pages.filter((_, i) => plan.pages[i]?.kind === 'body'), {
    item: (n) => pageAt(plan.itemPages.get(n)),
    bilag: (id) => pageAt(plan.bilagPages.get(id)),
  });

  setOutline(doc, outlineNodes(model, plan, pageAt));
  setPageLabels(doc, labelRanges(plan));
  setMetadata(doc, model, options.now ?? new Date());

  const bytes = await doc.save({ useObjectStreams: true });
  return { bytes, pageCount: total, bilagCount: loaded.length };
}

function outlineNodes(model: PacketModel, plan: PacketPlan, pageAt: (n: number | undefined) => PDFPage | undefined): OutlineNode[] {
  const nodes: OutlineNode[] = [];
  const toc = pageAt(plan.tocPage);
  if (toc) nodes.push({ title: 'Indholdsfortegnelse', page: toc, children: [] });
  for (const item of model.items) {
    const page = pageAt(plan.itemPages.get(item.number));
    if (!page) continue;
    const children: OutlineNode[] = [];
    for (const bilag of item.bilag) {
      const first = pageAt(plan.bilagPages.get(bilag.attachmentId));
      if (first) children.push({ title: `Bilag ${bilag.number}: ${bilag.title}`, page: first, children: [] });
    }
    nodes.push({ title: `${item.number}. ${item.title}${item.isClosed ? ' (lukket punkt)' : ''}`, page, children });
  }
  const signature = pageAt(plan.signaturePage ?? undefined);
  if (signature) nodes.push({ title: 'Underskriftsblad', page: signature, children: [] });
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

function setMetadata(doc: PDFDocument, model: PacketModel, now: Date): void {
  doc.setTitle(model.title, { showInWindowTitleBar: true });
  doc.setAuthor(model.municipality.name || model.committeeName);
  doc.setSubject(`${documentName(model.document)} for mødet i ${model.committeeName} den ${model.longDate}`);
  doc.setKeywords([model.committeeName, documentName(model.document)]);
  doc.setProducer('Dagsorden');
  doc.setCreator('Dagsorden');
  doc.setCreationDate(now);
  doc.setModificationDate(now);
  doc.setLanguage('da');
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}
