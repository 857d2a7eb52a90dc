import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { PDFDict, PDFHexString, PDFName, PDFRawStream, PDFString, type PDFDocument } from 'pdf-lib';
import { SpilledStream } from '../pdf/spilled-stream';

export interface PdfAMetadata {
  title: string;
  /** BCP 47, e.g. "da". */
  language: string;
  author?: string;
  subject?: string;
  keywords?: string[];
  creator?: string;
  producer?: string;
  created: Date;
  modified: Date;
}

/** resources/icc, relative to this file (same convention as pdf/font-files.ts). */
const ICC_URL = new URL('../../../resources/icc/sRGB_IEC61966_2_1.icc', import.meta.url);
let iccBytes: Promise<Uint8Array> | undefined;

function readSrgbProfile(): Promise<Uint8Array> {
  iccBytes ??= readFile(fileURLToPath(ICC_URL)).then((buffer) => new Uint8Array(buffer));
  return iccBytes;
}

/**
 * Makes doc PDF/A-2b as far as the document level goes: XMP metadata (pdfaid 2/B) that says exactly
 * what the Info dictionary says, /Lang, an sRGB OutputIntent and a trailer /ID. Content-level
 * conformance (embedded fonts, no JavaScript, no encryption) must hold already: check bilag with
 * findPdfAProblems before the export starts. MarkInfo and the structure tree are left alone.
 *
 * Everything is derived from the input, so the same document and metadata give the same bytes.
 * Sign afterwards (signPdf loads with updateMetadata: false, so Info and XMP stay in sync).
 */
export async function applyPdfA2b(doc: PDFDocument, meta: PdfAMetadata): Promise<void> {
  const created = wholeSeconds(meta.created);
  const modified = wholeSeconds(meta.modified);
  const producer = meta.producer ?? 'Dagsorden';
  const creator = meta.creator ?? 'Dagsorden';
  const keywords = meta.keywords && meta.keywords.length > 0 ? meta.keywords.join(', ') : undefined;

  // Info: set every key explicitly (pdf-lib's updateMetadata defaults would put its own producer
  // and the current time here, and XMP would no longer match).
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  doc.setProducer(producer);
  doc.setCreator(creator);
  doc.setCreationDate(created);
  doc.setModificationDate(modified);
  doc.setLanguage(meta.language);
  const info = infoDict(doc);
  const setOrDelete = (key: string, value: string | undefined) => {
    if (value === undefined) info.delete(PDFName.of(key));
    else info.set(PDFName.of(key), PDFHexString.fromText(value));
  };
  setOrDelete('Author', meta.author);
  setOrDelete('Subject', meta.subject);
  setOrDelete('Keywords', keywords);
  info.delete(PDFName.of('Trapped'));

  const id = documentId(doc, meta);
  const xmp = buildXmp(
    { title: meta.title, language: meta.language, author: meta.author, subject: meta.subject, keywords, creator, producer, created, modified },
    id,
  );
  const metadata = doc.context.stream(new TextEncoder().encode(xmp), { Type: 'Metadata', Subtype: 'XML' });
  doc.catalog.set(PDFName.of('Metadata'), doc.context.register(metadata));

  const profile = doc.context.flateStream(await readSrgbProfile(), { N: 3 });
  const outputIntent = doc.context.obj({
    Type: 'OutputIntent',
    S: 'GTS_PDFA1',
    OutputConditionIdentifier: PDFString.of('sRGB IEC61966-2.1'),
    RegistryName: PDFString.of('http://www.color.org'),
    Info: PDFString.of('sRGB IEC61966-2.1'),
    DestOutputProfile: doc.context.register(profile),
  });
  doc.catalog.set(PDFName.of('OutputIntents'), doc.context.obj([doc.context.register(outputIntent)]));

  const idString = PDFHexString.of(id.slice(0, 32));
  doc.context.trailerInfo.ID = doc.context.obj([idString, idString]);
}

function infoDict(doc: PDFDocument): PDFDict {
  const existing = doc.context.lookup(doc.context.trailerInfo.Info);
  if (existing instanceof PDFDict) return existing;
  const created = doc.context.obj({});
  doc.context.trailerInfo.Info = doc.context.register(created);
  return created;
}

function wholeSeconds(date: Date): Date {
  return new Date(Math.floor(date.getTime() / 1000) * 1000);
}

/** SHA-256 (hex) over the metadata and every stream's bytes: stable for the same document. */
function documentId(doc: PDFDocument, meta: PdfAMetadata): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ ...meta, created: meta.created.toISOString(), modified: meta.modified.toISOString() }));
  hash.update(String(doc.getPageCount()));
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (object instanceof PDFRawStream) hash.update(object.contents);
    // A bilag image waiting on disk: its dictionary (size, filter, dimensions) stands for it, not 300 MB read back.
    else if (object instanceof SpilledStream) hash.update(`${object.dict.toString()}:${object.length}`);
  }
  return hash.digest('hex');
}

function uuidFrom(hex: string): string {
  return `uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${((parseInt(hex.slice(16, 17), 16) & 0x3) | 0x8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c);
}

/** ISO 8601 in UTC to the second, the same instant as pdf-lib's "D:YYYYMMDDHHmmSSZ" in Info. */
function xmpDate(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

interface XmpInput {
  title: string;
  language: string;
  author?: string;
  subject?: string;
  /** The same string as Info /Keywords. */
  keywords: string | undefined;
  creator: string;
  producer: string;
  created: Date;
  modified: Date;
}

function buildXmp(meta: XmpInput, id: string): string {
  const lang = escapeXml(meta.language);
  const alt = (value: string) =>
    // x-default only: readers (pdf.js among them) join every alternative into one string.
    `<rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(value)}</rdf:li></rdf:Alt>`;
  const keywordItems = (meta.keywords ?? '').split(', ').filter((k) => k !== '');
  const lines = [
    `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>`,
    `<x:xmpmeta xmlns:x="adobe:ns:meta/">`,
    `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">`,
    `<rdf:Description rdf:about=""`,
    `  xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"`,
    `  xmlns:dc="http://purl.org/dc/elements/1.1/"`,
    `  xmlns:xmp="http://ns.adobe.com/xap/1.0/"`,
    `  xmlns:pdf="http://ns.adobe.com/pdf/1.3/"`,
    `  xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/">`,
    `<pdfaid:part>2</pdfaid:part>`,
    `<pdfaid:conformance>B</pdfaid:conformance>`,
    `<dc:format>application/pdf</dc:format>`,
    `<dc:title>${alt(meta.title)}</dc:title>`,
    `<dc:language><rdf:Bag><rdf:li>${lang}</rdf:li></rdf:Bag></dc:language>`,
    ...(meta.author ? [`<dc:creator><rdf:Seq><rdf:li>${escapeXml(meta.author)}</rdf:li></rdf:Seq></dc:creator>`] : []),
    ...(meta.subject ? [`<dc:description>${alt(meta.subject)}</dc:description>`] : []),
    ...(keywordItems.length > 0 ? [`<dc:subject><rdf:Bag>${keywordItems.map((k) => `<rdf:li>${escapeXml(k)}</rdf:li>`).join('')}</rdf:Bag></dc:subject>`] : []),
    ...(meta.keywords ? [`<pdf:Keywords>${escapeXml(meta.keywords)}</pdf:Keywords>`] : []),
    `<pdf:Producer>${escapeXml(meta.producer)}</pdf:Producer>`,
    `<xmp:CreatorTool>${escapeXml(meta.creator)}</xmp:CreatorTool>`,
    `<xmp:CreateDate>${xmpDate(meta.created)}</xmp:CreateDate>`,
    `<xmp:ModifyDate>${xmpDate(meta.modified)}</xmp:ModifyDate>`,
    `<xmp:MetadataDate>${xmpDate(meta.modified)}</xmp:MetadataDate>`,
    `<xmpMM:DocumentID>${uuidFrom(id)}</xmpMM:DocumentID>`,
    `<xmpMM:InstanceID>${uuidFrom(createHash('sha256').update(`instance:${id}`).digest('hex'))}</xmpMM:InstanceID>`,
    `</rdf:Description>`,
    `</rdf:RDF>`,
    `</x:xmpmeta>`,
  ];
  // Padding lets a later tool rewrite the packet in place.
  return `${lines.join('\n')}\n${`${' '.repeat(99)}\n`.repeat(20)}<?xpacket end="w"?>`;
}

