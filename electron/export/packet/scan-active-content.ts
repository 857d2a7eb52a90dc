import {
  PDFArray, PDFBool, PDFDict, PDFHexString, PDFName, PDFNumber, PDFRef, PDFString, type PDFDocument, type PDFObject,
} from 'pdf-lib';
import type { ActiveContentRemoval, ActiveContentWhat, ActiveContentWhere } from '../../../shared/logic/release-checks';
import { asType, lookupAs } from './pdf-lookup';

/**
 * Finds what a bilag does by itself — scripts, programs started, data sent or fetched, jumps to other
 * files, additional actions, attached and embedded files, sound and video players — and plans its
 * removal. The plan is the one thing both users read: stripActiveContent carries it out when the bilag
 * is copied into the packet, and the release checks list its `removals`, so what is listed is exactly
 * what is removed. Kept: links to the bilag's own pages, http/https/mailto links and the four plain
 * navigation commands (next, previous, first, last page). Form widgets are planned for flattening.
 */
export interface ActiveContentScan {
  removals: ActiveContentRemoval[];
  /** Catalog entries that go: /OpenAction (when it is an action), /AA. */
  catalogKeys: PDFName[];
  /** Trees in the catalog's /Names that go: /JavaScript, /EmbeddedFiles. */
  nameTrees: PDFName[];
  pages: PagePlan[];
  /** A dynamic XFA form: the pages hold only a placeholder ("Please wait …"), the content lives in the XFA. */
  dynamicXfa: boolean;
  /** /AcroForm /NeedAppearances: readers redraw field values, so stored appearances may be stale. */
  needAppearances: boolean;
}

export interface PagePlan {
  /** The page's /AA (open and close actions) goes. */
  removeAA: boolean;
  /** Per entry of the page's /Annots, in order; undefined when the page has no /Annots array. */
  annotations: AnnotationPlan[] | undefined;
}

export interface AnnotationPlan {
  /** The entry in /Annots as it stands (usually a reference). */
  raw: PDFObject;
  annot: PDFDict | undefined;
  /** keep (cleaned of `deleteKeys`), remove, or a form widget (flattened or dropped, never kept). */
  verdict: 'keep' | 'remove' | 'widget';
  deleteKeys: PDFName[];
  /** A kept link's action whose /Next chain goes. */
  cutChainOf?: PDFDict;
  /** For a widget: the form field it belongs to. */
  field?: FieldInfo;
}

export interface FieldInfo {
  /** The full name, "ansoeger.navn", or "" when the field has none. */
  name: string;
  type: 'Tx' | 'Btn' | 'Ch' | 'Sig' | undefined;
  flags: number;
  value: PDFObject | undefined;
  /** The terminal field's dictionary reference (the widget's own when field and widget are merged). */
  ref: PDFRef | undefined;
}

const N = {
  AA: PDFName.of('AA'), A: PDFName.of('A'), S: PDFName.of('S'), JS: PDFName.of('JS'), Next: PDFName.of('Next'), URI: PDFName.of('URI'),
  N: PDFName.of('N'), Annots: PDFName.of('Annots'), Subtype: PDFName.of('Subtype'), FT: PDFName.of('FT'), T: PDFName.of('T'),
  Ff: PDFName.of('Ff'), V: PDFName.of('V'), Parent: PDFName.of('Parent'), IRT: PDFName.of('IRT'), Popup: PDFName.of('Popup'),
  FS: PDFName.of('FS'), UF: PDFName.of('UF'), F: PDFName.of('F'), OpenAction: PDFName.of('OpenAction'), Names: PDFName.of('Names'),
  JavaScript: PDFName.of('JavaScript'), EmbeddedFiles: PDFName.of('EmbeddedFiles'), Kids: PDFName.of('Kids'),
  NeedsRendering: PDFName.of('NeedsRendering'), AcroForm: PDFName.of('AcroForm'), NeedAppearances: PDFName.of('NeedAppearances'),
  Widget: PDFName.of('Widget'), Link: PDFName.of('Link'),
};

const ACTION_KINDS: Record<string, ActiveContentWhat> = {
  JavaScript: 'javascript', Launch: 'launch', SubmitForm: 'submit_form', ResetForm: 'reset_form', ImportData: 'import_data',
  GoToR: 'remote_goto', GoToE: 'embedded_goto', GoTo: 'goto', Rendition: 'media', Sound: 'media', Movie: 'media',
  RichMediaExecute: 'media', GoTo3DView: 'media', Hide: 'hide', Named: 'named', URI: 'uri',
};
const REMOVED_ANNOTATIONS: Record<string, ActiveContentWhat> = {
  FileAttachment: 'attachment', Sound: 'media_player', Movie: 'media_player', Screen: 'media_player', RichMedia: 'media_player', '3D': 'media_player',
};
const NAVIGATION = new Set(['NextPage', 'PrevPage', 'FirstPage', 'LastPage']);
const SAFE_URI = /^(?:https?|mailto):/i;
/** A chain of actions or a name tree longer than this is hostile: what lies beyond is dropped unlisted with its owner. */
const MAX_CHAIN = 64;
const MAX_TREE_ENTRIES = 2_000;
const MAX_FIELD_DEPTH = 32;

interface Action { dict: PDFDict; what: ActiveContentWhat; detail?: string; safeOnLink: boolean }

export function scanActiveContent(doc: PDFDocument): ActiveContentScan {
  const removals: ActiveContentRemoval[] = [];
  const report = (actions: Action[], where: ActiveContentWhere, page?: number) => {
    for (const a of actions) removals.push({ what: a.what, where, ...(page === undefined ? {} : { page }), ...(a.detail === undefined ? {} : { detail: a.detail }) });
  };
  const catalog = doc.catalog;
  const catalogKeys: PDFName[] = [];
  const nameTrees: PDFName[] = [];

  const openAction = lookupAs(catalog, N.OpenAction, PDFDict);
  if (openAction) {
    catalogKeys.push(N.OpenAction);
    report(actionChain(openAction), 'document_open');
  }
  if (catalog.has(N.AA)) {
    catalogKeys.push(N.AA);
    report(additionalActions(catalog).flatMap(([, chain]) => chain), 'document_event');
  }
  const names = lookupAs(catalog, N.Names, PDFDict);
  if (names?.has(N.JavaScript)) {
    nameTrees.push(N.JavaScript);
    for (const [, value] of nameTreeEntries(lookupAs(names, N.JavaScript, PDFDict))) {
      const action = asType(value, PDFDict);
      if (action) report(actionChain(action), 'document');
    }
  }
  if (names?.has(N.EmbeddedFiles)) {
    nameTrees.push(N.EmbeddedFiles);
    for (const [key, value] of nameTreeEntries(lookupAs(names, N.EmbeddedFiles, PDFDict))) {
      removals.push({ what: 'embedded_file', where: 'document', detail: fileSpecName(value) ?? shorten(key) });
    }
  }

  const pages = doc.getPages().map((page, index): PagePlan => {
    const pageNumber = index + 1;
    const removeAA = page.node.has(N.AA);
    for (const [key, chain] of removeAA ? additionalActions(page.node) : []) report(chain, key === 'C' ? 'page_close' : 'page_open', pageNumber);
    const annots = lookupAs(page.node, N.Annots, PDFArray);
    if (!annots) return { removeAA, annotations: undefined };
    const annotations: AnnotationPlan[] = [];
    for (let i = 0; i < annots.size(); i++) {
      const raw = annots.get(i);
      const annot = asType(safeLookup(() => annots.lookup(i)), PDFDict);
      annotations.push(planAnnotation(raw, annot, pageNumber, report, removals));
    }
    cutDanglingReferences(annotations);
    return { removeAA, annotations };
  });

  const acroForm = lookupAs(catalog, N.AcroForm, PDFDict);
  return {
    removals, catalogKeys, nameTrees, pages,
    dynamicXfa: lookupAs(catalog, N.NeedsRendering, PDFBool)?.asBoolean() === true,
    needAppearances: (acroForm && lookupAs(acroForm, N.NeedAppearances, PDFBool)?.asBoolean()) === true,
  };
}

function planAnnotation(
  raw: PDFObject, annot: PDFDict | undefined, page: number,
  report: (actions: Action[], where: ActiveContentWhere, page?: number) => void, removals: ActiveContentRemoval[],
): AnnotationPlan {
  const plan: AnnotationPlan = { raw, annot, verdict: 'keep', deleteKeys: [] };
  if (!annot) return { ...plan, verdict: 'remove' };
  const subtype = lookupAs(annot, N.Subtype, PDFName);
  const action = lookupAs(annot, N.A, PDFDict);
  const chain = action ? actionChain(action) : [];
  const extra = additionalActions(annot).flatMap(([, c]) => c);

  if (subtype === N.Widget || lookupAs(annot, N.FT, PDFName) === PDFName.of('Sig')) {
    const field = fieldInfo(annot, raw);
    report([...chain, ...extra, ...fieldActions(annot)], 'form_field', page);
    return { ...plan, verdict: 'widget', field };
  }
  const removedAs = subtype ? REMOVED_ANNOTATIONS[subtype.decodeText()] : undefined;
  if (removedAs) {
    removals.push({ what: removedAs, where: 'page', page, ...(removedAs === 'attachment' ? { detail: fileSpecName(safeLookup(() => annot.lookup(N.FS))) ?? 'uden navn' } : {}) });
    return { ...plan, verdict: 'remove' };
  }
  if (subtype === N.Link) {
    if (annot.has(N.AA)) {
      plan.deleteKeys.push(N.AA);
      report(extra, 'link', page);
    }
    if (!annot.has(N.A)) return plan;
    const [main, ...next] = chain;
    if (!main) return { ...plan, verdict: 'remove' }; // an /A that is no action dictionary leads nowhere
    if (!main.safeOnLink) {
      report([main], 'link', page);
      report(next, 'link_chain', page);
      return { ...plan, verdict: 'remove' };
    }
    if (next.length > 0) {
      report(next, 'link_chain', page);
      plan.cutChainOf = main.dict;
    }
    return plan;
  }
  // Any other annotation (a note, a highlight, a stamp …) stays, without actions of its own.
  if (annot.has(N.A)) {
    plan.deleteKeys.push(N.A);
    report(chain, 'annotation', page);
  }
  if (annot.has(N.AA)) {
    plan.deleteKeys.push(N.AA);
    report(extra, 'annotation', page);
  }
  return plan;
}

/**
 * A kept annotation that points at a removed one (a popup at its attached file, a reply at a widget)
 * would drag the removed one into the packet when the page is copied: the popup goes, the pointer goes.
 */
function cutDanglingReferences(plans: AnnotationPlan[]): void {
  const gone = new Set<PDFDict>();
  const collect = () => plans.forEach((p) => { if (p.verdict !== 'keep' && p.annot) gone.add(p.annot); });
  collect();
  for (const plan of plans) {
    if (plan.verdict !== 'keep' || !plan.annot) continue;
    const parent = lookupAs(plan.annot, N.Parent, PDFDict);
    if (lookupAs(plan.annot, N.Subtype, PDFName) === PDFName.of('Popup') && parent && gone.has(parent)) plan.verdict = 'remove';
  }
  collect();
  for (const plan of plans) {
    if (plan.verdict !== 'keep' || !plan.annot) continue;
    for (const key of [N.Parent, N.IRT, N.Popup]) {
      const target = lookupAs(plan.annot, key, PDFDict);
      if (target && gone.has(target)) plan.deleteKeys.push(key);
    }
  }
}

/** An action and every action chained after it through /Next (a dictionary or an array), each once. */
function actionChain(first: PDFDict): Action[] {
  const seen = new Set<PDFDict>();
  const out: Action[] = [];
  const visit = (value: PDFObject | undefined) => {
    if (value instanceof PDFArray) {
      for (let i = 0; i < value.size(); i++) visit(safeLookup(() => value.lookup(i)));
      return;
    }
    const dict = asType(value, PDFDict);
    if (!dict || seen.has(dict) || out.length >= MAX_CHAIN) return;
    seen.add(dict);
    out.push(classifyAction(dict));
    visit(safeLookup(() => dict.lookup(N.Next)));
  };
  visit(first);
  return out;
}

function classifyAction(dict: PDFDict): Action {
  const type = lookupAs(dict, N.S, PDFName)?.decodeText();
  const what = type === undefined && dict.has(N.JS) ? 'javascript' : (type && ACTION_KINDS[type]) || 'other_action';
  if (what === 'uri') {
    const uri = textOf(safeLookup(() => dict.lookup(N.URI))) ?? '';
    return { dict, what, detail: shorten(uri), safeOnLink: SAFE_URI.test(uri) };
  }
  if (what === 'named') {
    const name = lookupAs(dict, N.N, PDFName)?.decodeText() ?? '';
    return { dict, what, detail: shorten(name), safeOnLink: NAVIGATION.has(name) };
  }
  if (what === 'other_action') return { dict, what, detail: shorten(type ?? '?'), safeOnLink: false };
  return { dict, what, safeOnLink: what === 'goto' };
}

/** Entries of an /AA dictionary (trigger key → its action chain). */
function additionalActions(owner: PDFDict): [string, Action[]][] {
  const aa = lookupAs(owner, N.AA, PDFDict);
  if (!aa) return [];
  return aa.entries().flatMap(([key]): [string, Action[]][] => {
    const action = lookupAs(aa, key, PDFDict);
    return action ? [[key.decodeText(), actionChain(action)]] : [];
  });
}

/** Additional actions of the fields above a widget (keystroke, format, validate, calculate scripts). */
function fieldActions(widget: PDFDict): Action[] {
  const out: Action[] = [];
  const seen = new Set<PDFDict>([widget]);
  for (let node = lookupAs(widget, N.Parent, PDFDict), depth = 0; node && !seen.has(node) && depth < MAX_FIELD_DEPTH; node = lookupAs(node, N.Parent, PDFDict), depth++) {
    seen.add(node);
    out.push(...additionalActions(node).flatMap(([, chain]) => chain));
  }
  return out;
}

function fieldInfo(widget: PDFDict, raw: PDFObject): FieldInfo {
  const names: string[] = [];
  let type: PDFName | undefined;
  let flags: PDFNumber | undefined;
  let value: PDFObject | undefined;
  const seen = new Set<PDFDict>();
  let node: PDFDict | undefined = widget;
  for (let depth = 0; node && !seen.has(node) && depth < MAX_FIELD_DEPTH; depth++) {
    seen.add(node);
    const partial = textOf(safeLookup(() => node?.lookup(N.T)));
    if (partial !== undefined) names.unshift(partial);
    type ??= lookupAs(node, N.FT, PDFName);
    flags ??= lookupAs(node, N.Ff, PDFNumber);
    value ??= safeLookup(() => node?.lookup(N.V));
    node = lookupAs(node, N.Parent, PDFDict);
  }
  const typeName = type?.decodeText();
  const parentRef = widget.get(N.Parent);
  return {
    name: names.join('.'),
    type: typeName === 'Tx' || typeName === 'Btn' || typeName === 'Ch' || typeName === 'Sig' ? typeName : undefined,
    flags: flags?.asNumber() ?? 0,
    value,
    ref: widget.has(N.T) ? asType(raw, PDFRef) : asType(parentRef, PDFRef),
  };
}

/** [key, value] of a name tree's leaves, depth first, each node once. */
function nameTreeEntries(root: PDFDict | undefined): [string, PDFObject | undefined][] {
  const out: [string, PDFObject | undefined][] = [];
  const seen = new Set<PDFDict>();
  const visit = (node: PDFDict | undefined) => {
    if (!node || seen.has(node) || out.length >= MAX_TREE_ENTRIES) return;
    seen.add(node);
    const pairs = lookupAs(node, N.Names, PDFArray);
    for (let i = 0; pairs && i + 1 < pairs.size() && out.length < MAX_TREE_ENTRIES; i += 2) {
      out.push([textOf(safeLookup(() => pairs.lookup(i))) ?? '', safeLookup(() => pairs.lookup(i + 1))]);
    }
    const kids = lookupAs(node, N.Kids, PDFArray);
    for (let i = 0; kids && i < kids.size(); i++) visit(asType(safeLookup(() => kids.lookup(i)), PDFDict));
  };
  visit(root);
  return out;
}

/** The file name a file specification shows: /UF, else /F, else the string it is. */
function fileSpecName(spec: PDFObject | undefined): string | undefined {
  const dict = asType(spec, PDFDict);
  const plain = textOf(spec);
  if (!dict) return plain === undefined ? undefined : shorten(plain);
  const name = textOf(safeLookup(() => dict.lookup(N.UF))) ?? textOf(safeLookup(() => dict.lookup(N.F)));
  return name === undefined ? undefined : shorten(name);
}

function textOf(value: PDFObject | undefined): string | undefined {
  try {
    if (value instanceof PDFString || value instanceof PDFHexString) return value.decodeText();
  } catch {
    return undefined;
  }
  return undefined;
}

/** On one line, without control characters, at most 80 characters. */
function shorten(text: string): string {
  const clean = text.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ').trim();
  return clean.length > 80 ? `${clean.slice(0, 79)}…` : clean;
}

function safeLookup(get: () => PDFObject | undefined): PDFObject | undefined {
  try {
    return get();
  } catch {
    return undefined;
  }
}
