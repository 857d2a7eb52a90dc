import {
  PDFArray, PDFDict, PDFName, PDFNumber, PDFRef, type PDFDocument, type PDFObject, type PDFPage,
} from 'pdf-lib';

const N = {
  Annots: PDFName.of('Annots'), Subtype: PDFName.of('Subtype'), Widget: PDFName.of('Widget'), FT: PDFName.of('FT'),
  Sig: PDFName.of('Sig'), Link: PDFName.of('Link'), Dest: PDFName.of('Dest'), A: PDFName.of('A'), S: PDFName.of('S'),
  GoTo: PDFName.of('GoTo'), D: PDFName.of('D'), P: PDFName.of('P'), Parent: PDFName.of('Parent'),
  StructParents: PDFName.of('StructParents'), StructParent: PDFName.of('StructParent'), B: PDFName.of('B'),
};

/**
 * Copies all pages of a bilag into the packet, cleaned of what would break there:
 * - signature widgets (/Widget, /FT /Sig) would show "Digest Mismatch" for the packet, and form
 *   widgets would point at a form the packet does not have: they go;
 * - a link to another page of the same bilag is remapped to that page's copy; one that cannot be
 *   resolved (named destination, another file's page) is dropped, so no link dangles;
 * - /P and /StructParent(s) point into the bilag's own page and structure trees: removed, so the
 *   packet's tag tree (from Chromium) stays consistent.
 * The source document is changed in place; it is a throwaway copy loaded for this export.
 */
export async function copyBilagPages(target: PDFDocument, source: PDFDocument): Promise<PDFPage[]> {
  const sourcePages = source.getPages();
  const indexOfRef = new Map(sourcePages.map((p, i) => [p.ref.toString(), i]));

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
      const subtype = lookupAs(annot, N.Subtype, PDFName);
      if (subtype === N.Widget || lookupAs(annot, N.FT, PDFName) === N.Sig) continue;
      annot.delete(N.P);
      annot.delete(N.StructParent);
      if (subtype === N.Link && !placeholderInternalDest(annot, indexOfRef)) continue;
      kept.push(raw);
    }
    if (kept.length === 0) page.node.delete(N.Annots);
    else page.node.set(N.Annots, source.context.obj(kept));
  }

  const copies = await target.copyPages(source, sourcePages.map((_, i) => i));
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

/** pdf-lib's lookupMaybe throws on a type mismatch; a bilag may hold anything, so check softly. */
type PdfClass<T> = { prototype: T };

export function asType<T>(value: unknown, type: PdfClass<T>): T | undefined {
  return value instanceof (type as unknown as new () => T) ? value : undefined;
}

export function lookupAs<T>(dict: PDFDict, key: PDFName, type: PdfClass<T>): T | undefined {
  try {
    return asType(dict.lookup(key), type);
  } catch {
    return undefined;
  }
}
