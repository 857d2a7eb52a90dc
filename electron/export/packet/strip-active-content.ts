import { PDFDict, PDFName, type PDFDocument, type PDFObject } from 'pdf-lib';
import { lookupAs } from './pdf-lookup';
import type { ActiveContentScan } from './scan-active-content';

/**
 * What a page dictionary may keep in the packet. Anything else (application data, presentation steps
 * with actions of their own, a key pointing back at the bilag's catalog) would be copied along with
 * the page without ever being needed: it goes.
 */
const PAGE_KEYS = new Set([
  'Type', 'Parent', 'LastModified', 'Resources', 'MediaBox', 'CropBox', 'BleedBox', 'TrimBox', 'ArtBox', 'BoxColorInfo',
  'Contents', 'Rotate', 'Group', 'Annots', 'UserUnit', 'Tabs', 'VP', 'Metadata', 'Dur', 'Trans',
]);

/**
 * Carries out the scan's plan on the bilag (a throwaway copy loaded for this export): the listed
 * catalog entries and name trees, page /AA, removed annotations and widgets leave; kept annotations
 * lose the keys and chained actions the plan names. Widgets must be flattened first (flattenFormWidgets).
 */
export function stripActiveContent(doc: PDFDocument, scan: ActiveContentScan): void {
  for (const key of scan.catalogKeys) doc.catalog.delete(key);
  const names = lookupAs(doc.catalog, PDFName.of('Names'), PDFDict);
  for (const tree of scan.nameTrees) names?.delete(tree);

  doc.getPages().forEach((page, index) => {
    const plan = scan.pages[index];
    if (!plan) return;
    for (const [key] of page.node.entries()) if (!PAGE_KEYS.has(key.decodeText())) page.node.delete(key);
    if (!plan.annotations) return;
    const kept: PDFObject[] = [];
    for (const annotation of plan.annotations) {
      if (annotation.verdict !== 'keep') continue;
      for (const key of annotation.deleteKeys) annotation.annot?.delete(key);
      annotation.cutChainOf?.delete(PDFName.of('Next'));
      kept.push(annotation.raw);
    }
    if (kept.length === 0) page.node.delete(PDFName.of('Annots'));
    else page.node.set(PDFName.of('Annots'), doc.context.obj(kept));
  });
}
