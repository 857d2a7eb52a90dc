import {
  PDFArray, PDFDict, PDFHexString, PDFName, PDFNumber, PDFRef, PDFStream, PDFString, type PDFDocument, type PDFPage,
} from 'pdf-lib';
import { readFontBytes } from '../pdf/font-files';
import { asType, lookupAs } from './pdf-lookup';
import type { ActiveContentScan, AnnotationPlan, FieldInfo } from './scan-active-content';
import { sharedFontkit } from '../pdf/shared-fontkit';

/** A bilag whose form cannot be shown in the packet; `reason` is Danish and follows "kan ikke bruges, fordi". */
export class FormFlattenRefusal extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}

interface Widget { page: PDFPage; annot: PDFDict; field: FieldInfo }
interface Appearance { ref: PDFRef; stream: PDFStream }

const N = {
  AP: PDFName.of('AP'), N: PDFName.of('N'), AS: PDFName.of('AS'), F: PDFName.of('F'), Rect: PDFName.of('Rect'), BBox: PDFName.of('BBox'),
  Matrix: PDFName.of('Matrix'), Type: PDFName.of('Type'), Subtype: PDFName.of('Subtype'), XObject: PDFName.of('XObject'), Form: PDFName.of('Form'),
  Off: PDFName.of('Off'), AcroForm: PDFName.of('AcroForm'), DR: PDFName.of('DR'), Resources: PDFName.of('Resources'),
};
/** Annotation flags: Hidden (2) and NoView (32) are not shown on screen, so they are not drawn. */
const NOT_SHOWN = 2 | 32;
const PUSHBUTTON = 1 << 16;

/**
 * Draws each visible form widget's appearance into its page, so the filled-in values stay in the
 * packet when the widgets go (the packet has no form). The appearance (/AP /N, for a checkbox or
 * radio button the state in /AS) is painted as a Form XObject mapped onto the widget's /Rect as the
 * PDF specification places it (its /BBox through its /Matrix); page rotation does not matter in
 * default user space. A field with a value but no appearance gets one from pdf-lib's form API (in
 * DejaVu Sans, embedded); as it does for every text and choice field when the form asks readers to
 * redraw (/NeedAppearances). Signature widgets and hidden widgets are not drawn.
 * Throws FormFlattenRefusal when a value cannot be drawn, or the form is dynamic XFA.
 */
export async function flattenFormWidgets(doc: PDFDocument, scan: ActiveContentScan): Promise<void> {
  const pages = doc.getPages();
  const widgets: Widget[] = [];
  scan.pages.forEach((plan, index) => {
    const page = pages[index];
    for (const a of plan.annotations ?? []) if (page && isDrawnWidget(a)) widgets.push({ page, annot: a.annot as PDFDict, field: a.field as FieldInfo });
  });
  if (scan.dynamicXfa) {
    throw new FormFlattenRefusal('det er en dynamisk XFA-formular, som kun Adobe Reader kan vise: i pakken ville der kun stå en ventetekst. Udskriv bilaget til PDF, og vedhæft det igen');
  }
  if (widgets.length === 0) return;

  const redraw = widgets.filter((w) => hasValue(w) && (!appearanceOf(doc, w.annot) || (scan.needAppearances && (w.field.type === 'Tx' || w.field.type === 'Ch'))));
  if (redraw.length > 0) await generateAppearances(doc, redraw);

  const formResources = lookupAs(lookupAs(doc.catalog, N.AcroForm, PDFDict) ?? doc.context.obj({}), N.DR, PDFDict);
  const ops = new Map<PDFPage, string>();
  for (const widget of widgets) {
    const appearance = appearanceOf(doc, widget.annot);
    if (!appearance) {
      if (!hasValue(widget)) continue; // an empty field shows nothing worth keeping
      const name = widget.field.name || 'uden navn';
      throw new FormFlattenRefusal(`formularfeltet »${name}« er udfyldt, men har intet udseende, som kan tegnes ind i pakken. Åbn bilaget, gem det med de udfyldte felter (f.eks. ved at udskrive det til PDF), og vedhæft det igen`);
    }
    const placement = placementMatrix(widget.annot, appearance.stream);
    if (!placement) continue;
    // Some form writers leave the fonts of an appearance to the form's default resources; on the page they must be its own.
    if (formResources && !appearance.stream.dict.has(N.Resources)) appearance.stream.dict.set(N.Resources, formResources);
    const name = widget.page.node.newXObject('DgField', appearance.ref);
    ops.set(widget.page, `${ops.get(widget.page) ?? ''}q ${placement.map(num).join(' ')} cm /${name} Do Q\n`);
  }
  for (const [page, content] of ops) page.node.addContentStream(doc.context.register(doc.context.stream(content)));
}

function isDrawnWidget(plan: AnnotationPlan): boolean {
  if (plan.verdict !== 'widget' || !plan.annot || !plan.field || plan.field.type === 'Sig') return false;
  const flags = lookupAs(plan.annot, N.F, PDFNumber)?.asNumber() ?? 0;
  return (flags & NOT_SHOWN) === 0;
}

/** The stream a reader shows: /AP /N, or for an on/off field the /N entry named by /AS. */
function appearanceOf(doc: PDFDocument, annot: PDFDict): Appearance | undefined {
  const ap = lookupAs(annot, N.AP, PDFDict);
  if (!ap) return undefined;
  let raw = ap.get(N.N);
  let normal = doc.context.lookup(raw);
  if (normal instanceof PDFDict) {
    const state = lookupAs(annot, N.AS, PDFName);
    if (!state) return undefined;
    raw = normal.get(state);
    normal = doc.context.lookup(raw);
  }
  if (!(normal instanceof PDFStream) || !(raw instanceof PDFRef)) return undefined;
  return { ref: raw, stream: normal };
}

/** Does the field show something a reader would draw: text, a choice, a checked box? */
function hasValue({ field, annot }: Widget): boolean {
  const value = field.value;
  switch (field.type) {
    case 'Tx':
      return value instanceof PDFStream || textLength(value) > 0;
    case 'Ch':
      return value instanceof PDFArray ? value.size() > 0 : textLength(value) > 0;
    case 'Btn': {
      if (field.flags & PUSHBUTTON) return false;
      const state = lookupAs(annot, N.AS, PDFName) ?? asType(value, PDFName);
      return state !== undefined && state !== N.Off;
    }
    default:
      return false;
  }
}

function textLength(value: unknown): number {
  return value instanceof PDFString || value instanceof PDFHexString ? value.decodeText().trim().length : 0;
}

/**
 * New appearances through pdf-lib's form API, for the fields of these widgets (in DejaVu Sans, which
 * covers æøå and is embedded, so PDF/A stays possible). A field the API cannot find or draw keeps no
 * appearance; the caller then refuses the bilag by the field's name.
 */
async function generateAppearances(doc: PDFDocument, widgets: Widget[]): Promise<void> {
  let fields: ReturnType<ReturnType<PDFDocument['getForm']>['getFields']>;
  try {
    fields = doc.getForm().getFields();
  } catch {
    return;
  }
  const byRef = new Map(fields.map((f) => [f.ref.toString(), f]));
  const wanted = new Set(widgets.map((w) => w.field.ref?.toString()).filter((r): r is string => r !== undefined));
  const targets = [...wanted].map((ref) => byRef.get(ref)).filter((f) => f !== undefined);
  if (targets.length === 0) return;
  doc.registerFontkit(sharedFontkit);
  const font = await doc.embedFont(await readFontBytes('DejaVuSans'), { subset: true });
  for (const field of targets) {
    try {
      field.defaultUpdateAppearances(font);
    } catch {
      // Left without an appearance: refused by name below.
    }
  }
  await font.embed();
}

/**
 * The matrix that maps the appearance's bounding box (its /BBox transformed by its /Matrix) onto the
 * widget's /Rect (PDF 32000-1, 12.5.5). Undefined when either is empty.
 */
function placementMatrix(annot: PDFDict, stream: PDFStream): number[] | undefined {
  const rect = numbers(lookupAs(annot, N.Rect, PDFArray), 4) as Box | undefined;
  if (!rect) return undefined;
  const [rx0, ry0, rx1, ry1] = [Math.min(rect[0], rect[2]), Math.min(rect[1], rect[3]), Math.max(rect[0], rect[2]), Math.max(rect[1], rect[3])];
  const dict = stream.dict;
  let bbox = numbers(lookupAs(dict, N.BBox, PDFArray), 4) as Box | undefined;
  if (!bbox) {
    bbox = [0, 0, rx1 - rx0, ry1 - ry0];
    dict.set(N.BBox, dict.context.obj(bbox));
  }
  // A Form XObject needs these; an appearance stream may leave them out.
  dict.set(N.Type, N.XObject);
  dict.set(N.Subtype, N.Form);
  const [a, b, c, d, e, f] = (numbers(lookupAs(dict, N.Matrix, PDFArray), 6) ?? [1, 0, 0, 1, 0, 0]) as Matrix;
  const corners = ([[bbox[0], bbox[1]], [bbox[2], bbox[1]], [bbox[0], bbox[3]], [bbox[2], bbox[3]]] as const)
    .map(([x, y]) => [a * x + c * y + e, b * x + d * y + f] as const);
  const xs = corners.map((p) => p[0]);
  const ys = corners.map((p) => p[1]);
  const [bx0, by0, bx1, by1] = [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
  if (bx1 - bx0 <= 0 || by1 - by0 <= 0 || rx1 - rx0 <= 0 || ry1 - ry0 <= 0) return undefined;
  const sx = (rx1 - rx0) / (bx1 - bx0);
  const sy = (ry1 - ry0) / (by1 - by0);
  return [sx, 0, 0, sy, rx0 - bx0 * sx, ry0 - by0 * sy];
}

type Box = [number, number, number, number];
type Matrix = [number, number, number, number, number, number];

function numbers(array: PDFArray | undefined, count: number): number[] | undefined {
  if (!array || array.size() < count) return undefined;
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    const n = asType(array.lookup(i), PDFNumber)?.asNumber();
    if (n === undefined || !Number.isFinite(n)) return undefined;
    out.push(n);
  }
  return out;
}

/** A number for a content stream: at most 4 decimals, no exponent. */
function num(value: number): string {
  const fixed = value.toFixed(4);
  return fixed.includes('.') ? fixed.replace(/\.?0+$/, '') || '0' : fixed;
}
