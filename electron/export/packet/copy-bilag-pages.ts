import {
  PDFArray, PDFDict, PDFName, PDFNumber, PDFRef, type PDFDocument, type PDFObject, type PDFPage,
} from 'pdf-lib';
import { UserError } from '../../../shared/api/envelope';
import type { DocumentBilag as PacketBilag } from '../../../shared/document';
import { movePages } from '../pdf/move-pages';
import { flattenFormWidgets, FormFlattenRefusal } from './flatten-form-widgets';
import { asType, lookupAs } from './pdf-lookup';
import { scanActiveContent } from './scan-active-content';
import { stripActiveContent } from './strip-active-content';

const N = {
  Annots: PDFName.of('Annots'), Subtype: PDFName.of('Subtype'), Link: PDFName.of('Link'), Dest: PDFName.of('Dest'), A: PDFName.of('A'), S: PDFName.of('S'),
  GoTo: PDFName.of('GoTo'), D: PDFName.of('D'), P: PDFName.of('P'), Parent: PDFName.of('Parent'),
  StructParents: PDFName.of('StructParents'), StructParent: PDFName.of('StructParent'), B: PDFName.of('B'),
};

/**
 * Copies all pages of a bilag into the packet, cleaned of what would break there or act by itself:
 * - active content (scripts, programs started, form submissions, jumps to other files, additional
 *   actions, attached and embedded files, media players) goes, as scanActiveContent plans it and the
 *   release checks list it; http/https/mailto links and links within the bilag stay;
 * - form widgets would point at a form the packet does not have: their appearances are drawn into
 *   the page (so filled-in values stay) and the widgets go; signature widgets (they would show
 *   "Digest Mismatch" for the packet) go undrawn;
 * - a link to another page of the same bilag is remapped to that page's copy; one that cannot be
 *   resolved (named destination, another file's page) is dropped, so no link dangles;
 * - /P and /StructParent(s) point into the bilag's own page and structure trees: removed, so the
 *   packet's tag tree (from Chromium) stays consistent.
 * The source document is changed in place; it is a throwaway copy loaded for this export. A form
 * that cannot be drawn refuses the bilag, naming it when `bilag` is given.
 */
export async function copyBilagPages(target: PDFDocument, source: PDFDocument, bilag?: PacketBilag): Promise<PDFPage[]> {
  const sourcePages = source.getPages();
  const indexOfRef = new Map(sourcePages.map((p, i) => [p.ref.toString(), i]));

  const scan = scanActiveContent(source);
  try {
    await flattenFormWidgets(source, scan);
  } catch (error) {
    if (error instanceof FormFlattenRefusal) throw refusal(bilag, error.reason);
    throw error;
  }
  stripActiveContent(source, scan);

  for (const page of sourcePages) {
    page.node.delete(N.StructParents);
    page.node.delete(N.B);
    const annots = lookupAs(page.node, N.Annots, PDFArray);
    if (!annots) continue;
    const kept: PDFObject[] = [];
    for (let i = 0; i < annots.size(); i++) {
      const raw = annots.get(i);
      const annot = asType(annots.lookup(i), PDFDict);
      if (!annot) continue;
      annot.delete(N.P);
      annot.delete(N.StructParent);
      if (lookupAs(annot, N.Subtype, PDFName) === N.Link && !placeholderInternalDest(annot, indexOfRef)) continue;
      kept.push(raw);
    }
    if (kept.length === 0) page.node.delete(N.Annots);
    else page.node.set(N.Annots, source.context.obj(kept));
  }

  await source.flush(); // a flattened form's font is embedded in the source
  const copies = movePages(target, source);
  for (const copy of copies) {
    const annots = lookupAs(copy.node, N.Annots, PDFArray);
    if (!annots) continue;
    for (let i = 0; i < annots.size(); i++) {
      const annot = asType(annots.lookup(i), PDFDict);
      const dest = annot && destArray(annot);
      const first = dest?.get(0);
      if (dest && first instanceof PDFNumber) {
        const to = copies[first.asNumber()];
        if (to) dest.set(0, to.ref);
      }
    }
  }
  return copies;
}

/**
 * Link annotations: an explicit destination in this document gets its page replaced by the page's
 * index (a placeholder, swapped for the copy's reference after copying, so copyPages does not drag
 * the original page along as an orphan). Returns false when the link must be dropped.
 */
function placeholderInternalDest(annot: PDFDict, indexOfRef: Map<string, number>): boolean {
  const action = lookupAs(annot, N.A, PDFDict);
  const isGoTo = (action && lookupAs(action, N.S, PDFName)) === N.GoTo;
  if (!annot.has(N.Dest) && !isGoTo) return true; // URI and other actions leave the page alone
  const dest = destArray(annot);
  const page = dest?.get(0);
  if (!dest || !(page instanceof PDFRef)) return false;
  const index = indexOfRef.get(page.toString());
  if (index === undefined) return false;
  dest.set(0, PDFNumber.of(index));
  return true;
}

function destArray(annot: PDFDict): PDFArray | undefined {
  const direct = lookupAs(annot, N.Dest, PDFArray);
  if (direct) return direct;
  const action = lookupAs(annot, N.A, PDFDict);
  if (!action || lookupAs(action, N.S, PDFName) !== N.GoTo) return undefined;
  return lookupAs(action, N.D, PDFArray);
}

export { asType, lookupAs } from './pdf-lookup';

/** Worded as loadBilag words its refusals, so every unusable bilag reads the same. */
function refusal(bilag: PacketBilag | undefined, reason: string): UserError {
  const which = bilag ? `bilag ${bilag.number} »${bilag.title}« til punkt ${bilag.itemNumber} (${bilag.itemTitle})` : 'et bilag';
  return new UserError(`Pakken kan ikke dannes: ${which} kan ikke bruges, fordi ${reason}.`, 'bilag_unusable');
}
