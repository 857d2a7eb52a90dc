import {
  PDFArray, PDFName, PDFNumber, PDFPageLeaf, PDFPageTree, PDFRef, type PDFDocument, type PDFObject, type PDFPage,
} from 'pdf-lib';

const INHERITABLE = ['Resources', 'MediaBox', 'CropBox', 'Rotate'].map((key) => PDFName.of(key));

/** pdf-lib's page cache, which it keeps private; invalidated after the tree is rebuilt. */
interface PageCacheInternals {
  pageCount: number | undefined;
  pageCache: { invalidate(): void };
  pageMap: Map<PDFPage['node'], PDFPage>;
}

/**
 * Makes `pages` the document's pages, in this order, under one flat /Pages node. pdf-lib's
 * insertPage walks the page tree from the start for every insertion (quadratic: 1,000 bilag pages
 * cost ~60 ms); here the order is set once. Attributes the old tree's nodes passed down (MediaBox,
 * Resources, …) are first copied onto the pages that inherited them, and its intermediate nodes
 * are deleted so no orphan /Pages object is written.
 */
export function setPageOrder(doc: PDFDocument, pages: PDFPage[]): void {
  const context = doc.context;
  const rootRef = doc.catalog.get(PDFName.of('Pages'));
  const root = doc.catalog.Pages();
  if (!(rootRef instanceof PDFRef)) throw new Error('The page tree root is not an indirect object');

  const intermediate: PDFRef[] = [];
  const collect = (node: PDFPageTree, inherited: Map<PDFName, PDFObject>): void => {
    const here = new Map(inherited);
    for (const key of INHERITABLE) {
      const value = node.get(key);
      if (value !== undefined) here.set(key, value);
    }
    const kids = node.Kids();
    for (let i = 0; i < kids.size(); i++) {
      const ref = kids.get(i);
      const kid = context.lookup(ref);
      if (kid instanceof PDFPageTree && ref instanceof PDFRef) {
        intermediate.push(ref);
        collect(kid, here);
      } else if (kid instanceof PDFPageLeaf) {
        for (const [key, value] of here) if (kid.get(key) === undefined) kid.set(key, value);
      }
    }
  };
  collect(root, new Map());
  for (const ref of intermediate) context.delete(ref);
  for (const key of INHERITABLE) root.delete(key);

  root.set(PDFName.of('Kids'), PDFArray.withContext(context));
  const kids = root.Kids();
  for (const page of pages) {
    kids.push(page.ref);
    page.node.setParent(rootRef);
  }
  root.set(PDFName.of('Count'), PDFNumber.of(pages.length));

  const internals = doc as unknown as PageCacheInternals;
  for (const page of pages) internals.pageMap.set(page.node, page);
  internals.pageCount = undefined;
  internals.pageCache.invalidate();
}
