import { inflateSync } from 'node:zlib';
import { decodePDFRawStream, PDFArray, PDFDict, PDFName, PDFRawStream, type PDFDocument, type PDFObject } from 'pdf-lib';
import { asType, lookupAs } from '../packet/pdf-lookup';

/** A font's ToUnicode map: code length in bytes, and code → text. */
export interface UnicodeMap { bytes: 1 | 2; text: Map<number, string> }

const N = {
  Resources: PDFName.of('Resources'), Font: PDFName.of('Font'), XObject: PDFName.of('XObject'), Subtype: PDFName.of('Subtype'),
  Form: PDFName.of('Form'), Type0: PDFName.of('Type0'), ToUnicode: PDFName.of('ToUnicode'), Filter: PDFName.of('Filter'),
  FlateDecode: PDFName.of('FlateDecode'), DecodeParms: PDFName.of('DecodeParms'), Contents: PDFName.of('Contents'),
};

/**
 * The text Chromium drew on a page of the printed body, read straight from its content streams
 * and the fonts' ToUnicode maps: every string shown with Tj, TJ, ' and ", also inside form
 * XObjects, glyph by glyph. This is what pdf.js's text extraction yields for the same page
 * (it prefers ToUnicode too), without parsing the embedded font programs, which is where pdf.js
 * spends its time. Returns undefined when the page holds anything this reader does not know (an
 * inline image, a font without ToUnicode, a code the map lacks, an unknown filter): the caller
 * then asks pdf.js.
 */
export function printedPageText(doc: PDFDocument, pageIndex: number, cache: Map<PDFDict, UnicodeMap | null>): string | undefined {
  const page = doc.getPage(pageIndex).node;
  const resources = asType(page.Resources(), PDFDict);
  const contents = page.lookup(N.Contents);
  const streams = contents instanceof PDFArray ? contents.asArray().map((ref) => doc.context.lookup(ref)) : [contents];
  const parts: string[] = [];
  for (const stream of streams) {
    const bytes = streamBytes(stream);
    if (bytes === undefined || !showText(doc, bytes, resources, cache, parts, 0)) return undefined;
  }
  return parts.join(' ');
}

/** Interprets one content stream, pushing each shown string's text; false when it cannot. */
function showText(doc: PDFDocument, bytes: Uint8Array, resources: PDFDict | undefined, cache: Map<PDFDict, UnicodeMap | null>, out: string[], depth: number): boolean {
  if (depth > 8) return false;
  const source = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const fonts = resources && lookupAs(resources, N.Font, PDFDict);
  let font: UnicodeMap | null | undefined;
  const operands: Operand[] = [];
  let array: Operand[] | undefined;
  for (const token of tokens(source)) {
    if (token === undefined) return false;
    if (token.kind === 'open') { array = []; continue; }
    if (token.kind === 'close') { operands.push({ kind: 'array', items: array ?? [] }); array = undefined; continue; }
    if (token.kind !== 'op') { (array ?? operands).push(token); continue; }
    const op = token.value;
    if (op === 'BI' || op === 'ID') return false;
    if (op === 'Tf') {
      const name = operands[operands.length - 2];
      font = name?.kind === 'name' && fonts ? unicodeMap(fonts.lookup(PDFName.of(name.value)), cache) : null;
    } else if (op === 'Tj' || op === "'" || op === '"' || op === 'TJ') {
      const shown = operands[operands.length - 1];
      const strings = shown?.kind === 'array' ? shown.items : shown ? [shown] : [];
      for (const item of strings) {
        if (item.kind !== 'string') continue;
        if (!font) return false;
        const text = decode(item.bytes, font);
        if (text === undefined) return false;
        out.push(text);
      }
    } else if (op === 'Do') {
      const name = operands[operands.length - 1];
      const xObjects = resources && lookupAs(resources, N.XObject, PDFDict);
      const xObject = name?.kind === 'name' && xObjects ? xObjects.lookup(PDFName.of(name.value)) : undefined;
      if (xObject instanceof PDFRawStream && xObject.dict.lookup(N.Subtype) === N.Form) {
        const formBytes = streamBytes(xObject);
        const formResources = lookupAs(xObject.dict, N.Resources, PDFDict) ?? resources;
        if (formBytes === undefined || !showText(doc, formBytes, formResources, cache, out, depth + 1)) return false;
      }
    }
    operands.length = 0;
  }
  return true;
}

function decode(codes: string, font: UnicodeMap): string | undefined {
  let text = '';
  for (let i = 0; i + font.bytes <= codes.length; i += font.bytes) {
    const code = font.bytes === 2 ? (codes.charCodeAt(i) << 8) | codes.charCodeAt(i + 1) : codes.charCodeAt(i);
    const mapped = font.text.get(code);
    if (mapped === undefined) return undefined;
    text += mapped;
  }
  return text;
}

function unicodeMap(value: PDFObject | undefined, cache: Map<PDFDict, UnicodeMap | null>): UnicodeMap | null {
  const font = asType(value, PDFDict);
  if (!font) return null;
  const known = cache.get(font);
  if (known !== undefined) return known;
  const stream = font.lookup(N.ToUnicode);
  const bytes = stream instanceof PDFRawStream ? streamBytes(stream) : undefined;
  const map = bytes ? parseToUnicode(Buffer.from(bytes).toString('latin1'), font.lookup(N.Subtype) === N.Type0 ? 2 : 1) : null;
  cache.set(font, map);
  return map;
}

/** bfchar and bfrange of a ToUnicode CMap (hex codes, UTF-16BE targets). */
function parseToUnicode(cmap: string, bytes: 1 | 2): UnicodeMap | null {
  const text = new Map<number, string>();
  const utf16 = (hex: string) => {
    let out = '';
    for (let i = 0; i + 4 <= hex.length; i += 4) out += String.fromCharCode(parseInt(hex.slice(i, i + 4), 16));
    return hex.length === 2 ? String.fromCharCode(parseInt(hex, 16)) : out;
  };
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const pair of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]*)>/g)) text.set(parseInt(pair[1]!, 16), utf16(pair[2]!));
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const range of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(?:<([0-9a-fA-F]+)>|\[([^\]]*)\])/g)) {
      const low = parseInt(range[1]!, 16);
      const high = parseInt(range[2]!, 16);
      if (high - low > 0xffff) return null;
      if (range[3] !== undefined) {
        const start = utf16(range[3]);
        const last = start.charCodeAt(start.length - 1);
        for (let code = low; code <= high; code++) text.set(code, start.slice(0, -1) + String.fromCharCode(last + code - low));
      } else {
        const targets = [...range[4]!.matchAll(/<([0-9a-fA-F]*)>/g)].map((m) => utf16(m[1]!));
        targets.forEach((target, i) => text.set(low + i, target));
      }
    }
  }
  return { bytes, text };
}

/** A content or form stream's decoded bytes: unfiltered or Flate without predictor (what Skia writes). */
function streamBytes(stream: PDFObject | undefined): Uint8Array | undefined {
  if (!(stream instanceof PDFRawStream)) return undefined;
  const filter = stream.dict.lookup(N.Filter);
  if (filter === undefined) return stream.contents;
  const only = filter instanceof PDFArray && filter.size() === 1 ? filter.lookup(0) : filter;
  if (only === N.FlateDecode && !stream.dict.has(N.DecodeParms)) return inflateSync(stream.contents);
  try {
    return decodePDFRawStream(stream).decode();
  } catch {
    return undefined;
  }
}

type Operand =
  | { kind: 'string'; bytes: string }
  | { kind: 'name'; value: string }
  | { kind: 'other' }
  | { kind: 'array'; items: Operand[] };
type Token = Operand | { kind: 'op'; value: string } | { kind: 'open' } | { kind: 'close' };

const WHITE = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);
const DELIMITER = new Set([...'()<>[]{}/%'].map((c) => c.charCodeAt(0)));

/** The tokens of a content stream; undefined for one that is malformed (an unterminated string). */
function* tokens(s: string): Generator<Token | undefined> {
  let i = 0;
  const regularEnd = (from: number) => {
    let j = from;
    while (j < s.length && !WHITE.has(s.charCodeAt(j)) && !DELIMITER.has(s.charCodeAt(j))) j++;
    return j;
  };
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (WHITE.has(c)) { i++; continue; }
    const ch = s[i]!;
    if (ch === '%') { while (i < s.length && s[i] !== '\n' && s[i] !== '\r') i++; continue; }
    if (ch === '(') {
      const read = literalString(s, i + 1);
      if (!read) { yield undefined; return; }
      yield { kind: 'string', bytes: read.bytes };
      i = read.end;
      continue;
    }
    if (ch === '<' && s[i + 1] === '<') { yield { kind: 'other' }; i += 2; continue; }
    if (ch === '>' && s[i + 1] === '>') { yield { kind: 'other' }; i += 2; continue; }
    if (ch === '<') {
      const end = s.indexOf('>', i);
      if (end < 0) { yield undefined; return; }
      let hex = s.slice(i + 1, end).replace(/\s+/g, '');
      if (hex.length % 2) hex += '0';
      let bytes = '';
      for (let k = 0; k < hex.length; k += 2) bytes += String.fromCharCode(parseInt(hex.slice(k, k + 2), 16));
      yield { kind: 'string', bytes };
      i = end + 1;
      continue;
    }
    if (ch === '[') { yield { kind: 'open' }; i++; continue; }
    if (ch === ']') { yield { kind: 'close' }; i++; continue; }
    if (ch === '{' || ch === '}' || ch === ')' || ch === '>') { yield { kind: 'other' }; i++; continue; }
    if (ch === '/') {
      const end = regularEnd(i + 1);
      yield { kind: 'name', value: s.slice(i + 1, end).replace(/#([0-9a-fA-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))) };
      i = end;
      continue;
    }
    const end = regularEnd(i);
    const word = s.slice(i, end);
    yield /^[+-]?(\d+\.?\d*|\.\d+)$/.test(word) ? { kind: 'other' } : { kind: 'op', value: word };
    i = end;
  }
}

const ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', '(': '(', ')': ')', '\\': '\\' };

function literalString(s: string, from: number): { bytes: string; end: number } | undefined {
  let depth = 1;
  let bytes = '';
  let i = from;
  while (i < s.length) {
    const ch = s[i]!;
    if (ch === '\\') {
      const next = s[i + 1] ?? '';
      if (/[0-7]/.test(next)) {
        const octal = /^[0-7]{1,3}/.exec(s.slice(i + 1, i + 4))![0];
        bytes += String.fromCharCode(parseInt(octal, 8) & 0xff);
        i += 1 + octal.length;
      } else if (next === '\r' || next === '\n') {
        i += next === '\r' && s[i + 2] === '\n' ? 3 : 2;
      } else {
        bytes += ESCAPES[next] ?? next;
        i += 2;
      }
      continue;
    }
    if (ch === '(') depth++;
    if (ch === ')' && --depth === 0) return { bytes, end: i + 1 };
    bytes += ch;
    i++;
  }
  return undefined;
}
