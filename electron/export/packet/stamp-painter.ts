import { PDFName, type PDFDict, type PDFDocument, type PDFFont, type PDFPage, type PDFRef } from 'pdf-lib';
import type { PageFrame } from './page-frame';

export interface StampFonts { regular: PDFFont; bold: PDFFont }
export type StampFont = keyof StampFonts;
export type Rgb = readonly [number, number, number];

/** Resource names the stamps use; a page that already uses one for something else gets another. */
const FONT_NAMES: Record<StampFont, string> = { regular: 'DgStampR', bold: 'DgStampB' };

/** What stamp text is nearly always made of: encoded up front in one layout per font. */
const ALPHABET = [...'0123456789abcdefghijklmnopqrstuvwxyzæøåABCDEFGHIJKLMNOPQRSTUVWXYZÆØÅ .,:;-–()/§%&+»«\'"éü…'];

/** Advance widths (per unit of size) by font name and character: the same in every document. */
const widths = new Map<string, Map<string, number>>();

/**
 * Writes stamp content streams by hand. A packet stamps a thousand pages; pdf-lib's drawText runs
 * a full OpenType layout per call and builds an operator object per token, which cost most of a
 * second. Here each character is encoded and measured once per font (stamp text needs no
 * shaping: Latin with æøå and digits), and a page's stamp is one short string of operators in
 * visual coordinates behind a `cm` from the page's frame, written as one small uncompressed
 * stream. Everything stamped is an /Artifact, so the tagged body's reading order skips it.
 */
export class StampPainter {
  private readonly glyphs = new Map<PDFFont, Map<string, string>>();
  private xObjectSerial = 0;

  constructor(private readonly doc: PDFDocument, readonly fonts: StampFonts) {
    for (const font of Object.values(fonts)) this.preEncode(font);
  }

  /** Width of text at size, summed from per-character advances. */
  width(font: StampFont, text: string, size: number): number {
    const pdfFont = this.fonts[font];
    let known = widths.get(pdfFont.name);
    if (!known) widths.set(pdfFont.name, (known = new Map()));
    let units = 0;
    for (const ch of text) {
      let width = known.get(ch);
      if (width === undefined) known.set(ch, (width = pdfFont.widthOfTextAtSize(ch, 1)));
      units += width;
    }
    return units * size;
  }

  /** The longest prefix (with an ellipsis) that fits maxWidth, found by bisection. */
  fit(font: StampFont, text: string, size: number, maxWidth: number): string {
    if (this.width(font, text, size) <= maxWidth) return text;
    const chars = [...text];
    let low = 1;
    let high = chars.length - 1;
    while (low < high) {
      const mid = Math.ceil((low + high) / 2);
      if (this.width(font, `${chars.slice(0, mid).join('')}…`, size) <= maxWidth) low = mid;
      else high = mid - 1;
    }
    return `${chars.slice(0, low).join('').trimEnd()}…`;
  }

  /** Operators drawing one line of text with its baseline start at (x, y). */
  text(font: StampFont, size: number, x: number, y: number, value: string, color: Rgb, names: StampNames): string {
    let hex = '';
    for (const ch of value) hex += this.glyph(font, ch);
    return `BT /${names[font]} ${num(size)} Tf ${rgb(color)} rg 1 0 0 1 ${num(x)} ${num(y)} Tm <${hex}> Tj ET\n`;
  }

  /** Operators for a filled rectangle with a thin border. */
  box(x: number, y: number, width: number, height: number, fill: Rgb, border: Rgb): string {
    return `${rgb(fill)} rg ${rgb(border)} RG 0.5 w ${num(x)} ${num(y)} ${num(width)} ${num(height)} re B\n`;
  }

  /**
   * A Form XObject of operators in visual coordinates, for what repeats on every page of a bilag
   * (the box with the item and meeting lines). Drawn with `draw(page, frame, body, xObject)`.
   */
  formXObject(frame: PageFrame, ops: (names: StampNames) => string): { ref: PDFRef; name: string } {
    const context = this.doc.context;
    const names = { regular: FONT_NAMES.regular, bold: FONT_NAMES.bold };
    const resources = context.obj({ Font: { [names.regular]: this.fonts.regular.ref, [names.bold]: this.fonts.bold.ref } });
    const stream = context.stream(ops(names), {
      Type: 'XObject', Subtype: 'Form', BBox: [0, 0, frame.width, frame.height], Resources: resources,
    });
    this.xObjectSerial += 1;
    return { ref: context.register(stream), name: `DgStampX${this.xObjectSerial}` };
  }

  /**
   * Appends the stamp to the page: the page's own content is wrapped in q … Q (so a graphics state
   * it leaves behind cannot move the stamp), then `q /Artifact BMC <frame> cm [xObject] body EMC Q`.
   */
  draw(page: PDFPage, frame: PageFrame, body: (names: StampNames) => string, xObject?: { ref: PDFRef; name: string }): void {
    const node = page.node;
    const { Font, XObject } = node.normalizedEntries();
    const names = {
      regular: this.fontName(Font, 'regular'),
      bold: this.fontName(Font, 'bold'),
    };
    let xObjectOps = '';
    if (xObject) {
      const name = resourceName(XObject, xObject.name, xObject.ref);
      XObject.set(PDFName.of(name), xObject.ref);
      xObjectOps = `/${name} Do\n`;
    }
    const ops = `q /Artifact BMC ${frame.matrix.map(num).join(' ')} cm\n${xObjectOps}${body(names)}EMC Q\n`;
    node.addContentStream(this.doc.context.register(this.doc.context.stream(ops)));
  }

  private fontName(Font: PDFDict, font: StampFont): string {
    const ref = this.fonts[font].ref;
    const name = resourceName(Font, FONT_NAMES[font], ref);
    Font.set(PDFName.of(name), ref);
    return name;
  }

  /** The glyph's code in this document's subset of the font (encodeText adds it to the subset). */
  private glyph(font: StampFont, ch: string): string {
    const pdfFont = this.fonts[font];
    const cache = this.codes(pdfFont);
    let hex = cache.get(ch);
    if (hex === undefined) cache.set(ch, (hex = pdfFont.encodeText(ch).asString()));
    return hex;
  }

  private codes(font: PDFFont): Map<string, string> {
    let cache = this.glyphs.get(font);
    if (!cache) this.glyphs.set(font, (cache = new Map()));
    return cache;
  }

  /**
   * Every character of ALPHABET in one encodeText call (a fontkit layout costs about as much for
   * one character as for a hundred). Separated by spaces so no ligature can join two of them;
   * when the glyph count is not one per character the cache is simply left to fill per character.
   */
  private preEncode(font: PDFFont): void {
    const hex = font.encodeText(ALPHABET.join(' ')).asString();
    if (hex.length !== (2 * ALPHABET.length - 1) * 4) return;
    const cache = this.codes(font);
    ALPHABET.forEach((ch, i) => cache.set(ch, hex.slice(i * 8, i * 8 + 4)));
  }
}

export type StampNames = Record<StampFont, string>;

/** `preferred` unless the dictionary already uses it for another object; then a fresh name. */
function resourceName(dict: PDFDict, preferred: string, ref: PDFRef): string {
  const existing = dict.get(PDFName.of(preferred));
  if (existing === undefined || existing === ref) return preferred;
  for (let n = 2; ; n++) {
    const candidate = `${preferred}_${n}`;
    const taken = dict.get(PDFName.of(candidate));
    if (taken === undefined || taken === ref) return candidate;
  }
}

/**
 * A number as PDF content wants it: at most 3 decimals, no exponent, no trailing zeros. Rounded
 * in thousandths rather than by toFixed and a regex: a packet writes it some 50,000 times.
 */
function num(value: number): string {
  const rounded = Math.round(value * 1000) / 1000;
  return rounded === 0 ? '0' : String(rounded);
}

/** Stamp colours are a handful of constants: each is formatted once. */
const rgbStrings = new WeakMap<Rgb, string>();

function rgb(color: Rgb): string {
  let formatted = rgbStrings.get(color);
  if (formatted === undefined) rgbStrings.set(color, (formatted = color.map(num).join(' ')));
  return formatted;
}
