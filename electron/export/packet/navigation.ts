import {
  PDFArray, PDFDict, PDFHexString, PDFName, PDFNull, PDFNumber, PDFString, type PDFDocument, type PDFPage, type PDFRef,
} from 'pdf-lib';
import { parseLinkTarget } from '../html/link-targets';
import { asType, lookupAs } from './copy-bilag-pages';

/** A destination at the top of the page; a turned page is fitted instead (its "top" is a side). */
export function pageDestination(doc: PDFDocument, page: PDFPage): PDFArray {
  if (page.getRotation().angle % 360 === 0) {
    const box = page.getCropBox();
    return doc.context.obj([page.ref, PDFName.of('XYZ'), box.x, box.y + box.height, PDFNull]);
  }
  return doc.context.obj([page.ref, PDFName.of('Fit')]);
}

export interface OutlineNode { title: string; page: PDFPage; children: OutlineNode[] }

/**
 * Builds /Outlines by hand (pdf-lib has no API): First/Last/Next/Prev/Parent/Count, titles as
 * UTF-16 hex strings so æøå survive. Replaces the outline Chromium made from the headings.
 */
export function setOutline(doc: PDFDocument, nodes: OutlineNode[]): void {
  const context = doc.context;
  const rootRef = context.nextRef();
  const build = (list: OutlineNode[], parent: PDFRef): { first: PDFRef; last: PDFRef; count: number } | null => {
    if (list.length === 0) return null;
    const refs = list.map(() => context.nextRef());
    let count = 0;
    list.forEach((node, i) => {
      const ref = refs[i] as PDFRef;
      const dict = context.obj({}) as PDFDict;
      dict.set(PDFName.of('Title'), PDFHexString.fromText(node.title));
      dict.set(PDFName.of('Parent'), parent);
      dict.set(PDFName.of('Dest'), pageDestination(doc, node.page));
      const prev = refs[i - 1];
      const next = refs[i + 1];
      if (prev) dict.set(PDFName.of('Prev'), prev);
      if (next) dict.set(PDFName.of('Next'), next);
      const children = build(node.children, ref);
      if (children) {
        dict.set(PDFName.of('First'), children.first);
        dict.set(PDFName.of('Last'), children.last);
        dict.set(PDFName.of('Count'), PDFNumber.of(children.count));
        count += children.count;
      }
      count += 1;
      context.assign(ref, dict);
    });
    return { first: refs[0] as PDFRef, last: refs[refs.length - 1] as PDFRef, count };
  };
  const top = build(nodes, rootRef);
  const root = context.obj({ Type: 'Outlines' }) as PDFDict;
  if (top) {
    root.set(PDFName.of('First'), top.first);
    root.set(PDFName.of('Last'), top.last);
    root.set(PDFName.of('Count'), PDFNumber.of(top.count));
  }
  context.assign(rootRef, root);
  doc.catalog.set(PDFName.of('Outlines'), rootRef);
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}

export interface LabelRange { startIndex: number; prefix?: string; start: number }

/** /PageLabels: what a reader shows in its page box ("7", "Bilag 3.1-2"). */
export function setPageLabels(doc: PDFDocument, ranges: LabelRange[]): void {
  const nums: (PDFNumber | PDFDict)[] = [];
  for (const range of ranges) {
    const label = doc.context.obj({ S: 'D', St: range.start }) as PDFDict;
    if (range.prefix) label.set(PDFName.of('P'), PDFHexString.fromText(range.prefix));
    nums.push(PDFNumber.of(range.startIndex), label);
  }
  doc.catalog.set(PDFName.of('PageLabels'), doc.context.obj({ Nums: nums }));
}

/**
 * Turns the placeholder URL links Chromium drew in the TOC and the Bilagsfortegnelse into GoTo
 * links to the pages of the merged packet. The annotation object stays (it is referenced from the
 * tag tree as the Link's content); only its action changes. One that cannot be resolved loses its
 * action rather than point anywhere.
 */
export function resolvePlaceholderLinks(
  doc: PDFDocument, pages: PDFPage[], targets: { item: (n: number) => PDFPage | undefined; bilag: (id: number) => PDFPage | undefined },
): number {
  let resolved = 0;
  for (const page of pages) {
    const annots = lookupAs(page.node, PDFName.of('Annots'), PDFArray);
    if (!annots) continue;
    for (let i = 0; i < annots.size(); i++) {
      const annot = asType(annots.lookup(i), PDFDict);
      const action = annot && lookupAs(annot, PDFName.of('A'), PDFDict);
      const uri = action && action.lookup(PDFName.of('URI'));
      if (!annot || !(uri instanceof PDFString || uri instanceof PDFHexString)) continue;
      const target = parseLinkTarget(uri.decodeText());
      if (!target) continue;
      annot.delete(PDFName.of('A'));
      const to = target.kind === 'item' ? targets.item(target.itemNumber) : targets.bilag(target.attachmentId);
      if (!to) continue;
      annot.set(PDFName.of('Dest'), pageDestination(doc, to));
      annot.set(PDFName.of('F'), PDFNumber.of(4));
      resolved += 1;
    }
  }
  return resolved;
}

