import { PDFArray, PDFDict, PDFHexString, PDFName, PDFRef, PDFString, type PDFDocument } from 'pdf-lib';
import { SIGNATURE_HEADING } from '../html/link-targets';
import { asType, lookupAs } from './copy-bilag-pages';

/** Where each item starts in the printed body (0-based page indexes), read from Chromium's outline. */
export interface BodyLayout {
  pageCount: number;
  itemStarts: Map<number, number>;
  signatureStart: number | null;
  /** The "Ændringer siden version N" page of a re-release, with its heading. */
  changes: { start: number; title: string } | null;
}

const ITEM_TITLE = /^Punkt (\d+)\./;
const CHANGES_TITLE = /^Ændringer siden version \d+$/;

/**
 * Chromium builds the outline from the h2 headings with explicit page destinations, so the page
 * of "Punkt N. <titel>" is exact, with no guessing from text positions.
 */
export function readBodyLayout(doc: PDFDocument): BodyLayout {
  const pageIndex = new Map(doc.getPages().map((p, i) => [p.ref.toString(), i]));
  const itemStarts = new Map<number, number>();
  let signatureStart: number | null = null;
  let changes: BodyLayout['changes'] = null;
  const outlines = lookupAs(doc.catalog, PDFName.of('Outlines'), PDFDict);
  const seen = new Set<PDFDict>();
  const walk = (entry: PDFDict | undefined): void => {
    while (entry && !seen.has(entry)) {
      seen.add(entry);
      const titleObj = entry.lookup(PDFName.of('Title'));
      const title = titleObj instanceof PDFString || titleObj instanceof PDFHexString ? titleObj.decodeText() : '';
      const dest = lookupAs(entry, PDFName.of('Dest'), PDFArray);
      const ref = dest?.get(0);
      const page = ref instanceof PDFRef ? pageIndex.get(ref.toString()) : undefined;
      if (page !== undefined) {
        const match = ITEM_TITLE.exec(title);
        if (match && !itemStarts.has(Number(match[1]))) itemStarts.set(Number(match[1]), page);
        else if (title === SIGNATURE_HEADING && signatureStart === null) signatureStart = page;
        else if (CHANGES_TITLE.test(title) && changes === null) changes = { start: page, title };
      }
      walk(lookupAs(entry, PDFName.of('First'), PDFDict));
      entry = asType(entry.lookup(PDFName.of('Next')), PDFDict);
    }
  };
  walk(outlines && lookupAs(outlines, PDFName.of('First'), PDFDict));
  return { pageCount: doc.getPageCount(), itemStarts, signatureStart, changes };
}
