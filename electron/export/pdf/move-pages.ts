import {
  PDFArray, PDFDict, PDFName, PDFPage, PDFPageLeaf, PDFRawStream, PDFRef, PDFStream, type PDFContext, type PDFDocument, type PDFObject,
} from 'pdf-lib';

/**
 * `target.copyPages(source, every page)` for a source that is thrown away afterwards (a bilag
 * opened for this export): the same object graph is carried over (what the pages reach, with the
 * inherited attributes made their own and without /Parent), but numbers, names, strings and other
 * leaves are moved rather than cloned (pdf-lib's copier makes a new PDFNumber, and formats it
 * again, for every number a page reaches), and each dictionary is walked once. Stream contents are
 * still copied: they may be views into the bilag file's bytes, which must not be kept alive.
 */
export function movePages(target: PDFDocument, source: PDFDocument): PDFPage[] {
  const mover = new ObjectMover(source.context, target.context);
  return source.getPages().map((page) => {
    const moved = mover.page(page.node);
    return PDFPage.of(moved, target.context.register(moved), target);
  });
}

class ObjectMover {
  private readonly refs = new Map<PDFRef, PDFRef>();
  private readonly moved = new Map<PDFObject, PDFObject>();

  constructor(private readonly source: PDFContext, private readonly target: PDFContext) {}

  page(leaf: PDFPageLeaf): PDFPageLeaf {
    const known = this.moved.get(leaf);
    if (known) return known as PDFPageLeaf;
    const entries = new Map<PDFName, PDFObject>();
    const copy = PDFPageLeaf.fromMapWithContext(entries, this.target, autoNormalizeCTM(leaf));
    this.moved.set(leaf, copy);
    for (const [key, value] of leaf.entries()) if (key !== PDFName.Parent) entries.set(key, this.move(value));
    for (const name of PDFPageLeaf.InheritableEntries) {
      const key = PDFName.of(name);
      if (entries.has(key)) continue;
      const inherited = leaf.getInheritableAttribute(key);
      if (inherited) entries.set(key, this.move(inherited));
    }
    return copy;
  }

  private move(object: PDFObject): PDFObject {
    if (object instanceof PDFRef) return this.ref(object);
    if (object instanceof PDFPageLeaf) return this.page(object);
    if (!(object instanceof PDFDict || object instanceof PDFArray || object instanceof PDFStream)) return object;
    const known = this.moved.get(object);
    if (known) return known;
    if (object instanceof PDFDict) {
      const entries = new Map<PDFName, PDFObject>();
      const copy = PDFDict.fromMapWithContext(entries, this.target);
      this.moved.set(object, copy);
      for (const [key, value] of object.entries()) entries.set(key, this.move(value));
      return copy;
    }
    if (object instanceof PDFArray) {
      const copy = PDFArray.withContext(this.target);
      this.moved.set(object, copy);
      for (let i = 0, n = object.size(); i < n; i++) copy.push(this.move(object.get(i)));
      return copy;
    }
    const dict = this.move(object.dict) as PDFDict;
    // A stream pdf-lib made itself (a flattened form's appearance) is cloned, as the copier does.
    const copy = object instanceof PDFRawStream ? PDFRawStream.of(dict, object.contents.slice()) : object.clone(this.target);
    if (!(object instanceof PDFRawStream)) for (const [key, value] of dict.entries()) copy.dict.set(key, value);
    this.moved.set(object, copy);
    return copy;
  }

  private ref(ref: PDFRef): PDFRef {
    let moved = this.refs.get(ref);
    if (moved) return moved;
    moved = this.target.nextRef();
    this.refs.set(ref, moved);
    const value = this.source.lookup(ref);
    if (value) this.target.assign(moved, this.move(value));
    return moved;
  }
}

function autoNormalizeCTM(leaf: PDFPageLeaf): boolean {
  return (leaf as unknown as { autoNormalizeCTM?: boolean }).autoNormalizeCTM ?? true;
}
