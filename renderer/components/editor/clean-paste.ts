/**
 * Cleans HTML pasted from Word, LibreOffice or a browser before the editor parses it: the
 * structure stays (paragraphs, headings, lists, tables, bold/italic/underline, links), every
 * foreign style goes (style, class, fonts, spans, Office namespaces, mso-* and comments).
 *
 * Word writes lists as paragraphs ("MsoListParagraph", style "mso-list:l0 level2 lfo1") with the
 * bullet or number as text; those become real nested <ul>/<ol> here.
 */
export function cleanPastedHtml(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const body = doc.body;

  removeComments(body);
  for (const el of Array.from(body.querySelectorAll('style, script, meta, link, title, xml, template, img, object, iframe'))) el.remove();
  // Office namespaced elements (<o:p>, <v:shape>, <w:…>): <o:p> holds only filler.
  for (const el of Array.from(body.querySelectorAll('*'))) {
    if (el.tagName.includes(':')) el.remove();
  }
  rebuildWordLists(doc, body);
  for (const el of Array.from(body.querySelectorAll('span, font, b, i, u, strong, em'))) styleToSemantics(doc, el);
  for (const el of Array.from(body.querySelectorAll('span, font'))) unwrap(el);
  for (const el of Array.from(body.querySelectorAll('*'))) stripAttributes(el);
  return body.innerHTML;
}

function removeComments(root: Node): void {
  const walker = root.ownerDocument!.createTreeWalker(root, 128 /* NodeFilter.SHOW_COMMENT */);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  for (const c of comments) c.parentNode?.removeChild(c);
}

function unwrap(el: Element): void {
  const parent = el.parentNode;
  if (!parent) return;
  while (el.firstChild) parent.insertBefore(el.firstChild, el);
  parent.removeChild(el);
}

function wrapChildren(doc: Document, el: Element, tag: string): void {
  const wrapper = doc.createElement(tag);
  while (el.firstChild) wrapper.appendChild(el.firstChild);
  el.appendChild(wrapper);
}

/**
 * Google Docs and some editors mark bold/italic only by style; keep that meaning as elements.
 * A <b style="font-weight:normal"> (Google Docs' wrapper) is not bold at all.
 */
function styleToSemantics(doc: Document, el: Element): void {
  const style = (el.getAttribute('style') ?? '').toLowerCase().replace(/\s+/g, '');
  if (!style) return;
  const tag = el.tagName.toLowerCase();
  if ((tag === 'b' || tag === 'strong') && /font-weight:(normal|400)/.test(style)) {
    unwrap(el);
    return;
  }
  if (tag !== 'span' && tag !== 'font') return;
  if (/font-weight:(bold|bolder|[6-9]00)/.test(style)) wrapChildren(doc, el, 'strong');
  if (/font-style:italic/.test(style)) wrapChildren(doc, el, 'em');
  if (/text-decoration(-line)?:[^;]*underline/.test(style)) wrapChildren(doc, el, 'u');
}

const KEEP_ATTRIBUTES: Record<string, string[]> = {
  a: ['href'],
  td: ['colspan', 'rowspan'],
  th: ['colspan', 'rowspan'],
  ol: ['start'],
};

function stripAttributes(el: Element): void {
  const keep = KEEP_ATTRIBUTES[el.tagName.toLowerCase()] ?? [];
  for (const attr of Array.from(el.attributes)) {
    if (!keep.includes(attr.name.toLowerCase())) el.removeAttribute(attr.name);
  }
  // Word writes colspan="1" everywhere; a link without a usable target is just text.
  if (el.tagName === 'A' && !/^(https?:|mailto:)/i.test(el.getAttribute('href') ?? '')) el.removeAttribute('href');
}

interface WordListParagraph {
  el: Element;
  level: number;
  ordered: boolean;
}

/** Word's list paragraphs → nested lists. Consecutive list paragraphs form one list. */
function rebuildWordLists(doc: Document, body: HTMLElement): void {
  // localName check: some selector engines match <o:p> for "p".
  const paragraphs = Array.from(body.querySelectorAll('p')).filter((p) => p.localName === 'p');
  let run: WordListParagraph[] = [];
  const flush = () => {
    if (run.length > 0) buildList(doc, run);
    run = [];
  };
  for (const p of paragraphs) {
    const info = wordListInfo(p);
    if (!info) {
      flush();
      continue;
    }
    const previous = run[run.length - 1];
    if (previous && nextElement(previous.el) !== p) flush();
    run.push(info);
  }
  flush();
}

function nextElement(el: Element): Element | null {
  let next = el.nextSibling;
  // Whitespace and comments between paragraphs do not break a list.
  while (next && next.nodeType !== 1 && !(next.nodeType === 3 && (next.textContent ?? '').trim() !== '')) next = next.nextSibling;
  return next as Element | null;
}

function wordListInfo(p: Element): WordListParagraph | null {
  const style = p.getAttribute('style') ?? '';
  const className = p.getAttribute('class') ?? '';
  const msoList = /mso-list:\s*l\d+\s+level(\d+)/i.exec(style);
  if (!msoList && !/MsoListParagraph/i.test(className)) return null;
  const level = msoList ? Math.max(1, Number(msoList[1])) : 1;
  // The marker ("·", "1.", "a)") sits in a span styled mso-list:Ignore.
  const markers = Array.from(p.querySelectorAll('span')).filter((s) => /mso-list:\s*ignore/i.test(s.getAttribute('style') ?? ''));
  const markerText = markers.map((m) => m.textContent ?? '').join('').replace(/\u00a0/g, ' ').trim();
  for (const m of markers) m.remove();
  const ordered = /^(\d+|[a-z]|[ivxlc]+)[.)]/i.test(markerText);
  return { el: p, level, ordered };
}

function buildList(doc: Document, run: WordListParagraph[]): void {
  const first = run[0]!;
  const root = doc.createElement(first.ordered ? 'ol' : 'ul');
  first.el.parentNode?.insertBefore(root, first.el);
  // A stack of open lists, one per level; an item deeper than the last opens a list inside it.
  const stack: { list: Element; level: number }[] = [{ list: root, level: first.level }];
  for (const entry of run) {
    let top = stack[stack.length - 1]!;
    while (stack.length > 1 && entry.level < top.level) {
      stack.pop();
      top = stack[stack.length - 1]!;
    }
    if (entry.level > top.level) {
      const parentItem = top.list.lastElementChild ?? top.list.appendChild(doc.createElement('li'));
      const nested = doc.createElement(entry.ordered ? 'ol' : 'ul');
      parentItem.appendChild(nested);
      stack.push({ list: nested, level: entry.level });
      top = stack[stack.length - 1]!;
    }
    const li = doc.createElement('li');
    const p = doc.createElement('p');
    while (entry.el.firstChild) p.appendChild(entry.el.firstChild);
    li.appendChild(p);
    top.list.appendChild(li);
    entry.el.remove();
  }
}
