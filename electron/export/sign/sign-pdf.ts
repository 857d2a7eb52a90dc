import { writeSync } from 'node:fs';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFInvalidObject, PDFName, PDFNumber, PDFString } from 'pdf-lib';
import { UserError } from '../../../shared/api/envelope';
import { classifyPdfLoadError } from '../pdf/pdf-errors';
import { writePdfFile, writeViaTempFile, type SignatureHole } from '../pdf/write-pdf-file';
import { buildDetachedCmsForDigest } from './build-cms';
import { loadP12, type SigningIdentity } from './load-p12';
import { toLatin1 } from './pdf-latin1';

export interface SignPdfOptions {
  /** The PKCS#12 file's bytes (.p12/.pfx) with the private key and certificate chain. */
  p12: Uint8Array;
  password: string;
  /** Shown in error messages ("Certifikatfilen x.p12 kan ikke åbnes …"). */
  p12FileName?: string;
  reason?: string;
  /** The signer's name; defaults to the certificate's common name as readers show it anyway. */
  name?: string;
  location?: string;
  /** Written as /M; defaults to now. */
  signingTime?: Date;
  /** Also put signing-time into the CMS signed attributes (PAdES B-B prefers /M alone). */
  cmsSigningTime?: boolean;
  /** Bytes reserved for the CMS; 16384 fits an RSA-4096 signature and a chain of several certificates. */
  signatureLength?: number;
}

const BYTE_RANGE_PLACEHOLDER = '**********';
const DEFAULT_SIGNATURE_LENGTH = 16384;

export type SignatureFieldOptions = Pick<SignPdfOptions, 'reason' | 'name' | 'location' | 'signingTime' | 'signatureLength'>;

/**
 * PAdES B-B signature (ETSI.CAdES.detached) of a PDF file: loads it (updateMetadata: false, so Info
 * keeps matching the XMP), adds the field, writes once and signs. The export does the same without
 * the load: it adds the field to the document it compiled (addSignatureField) and writes and signs
 * it into its file (writeSignedPdf).
 */
export async function signPdf(pdf: Uint8Array, options: SignPdfOptions): Promise<Uint8Array> {
  const identity = await loadP12(options.p12, options.password, options.p12FileName ?? 'certifikatfilen');
  let doc: PDFDocument;
  try {
    doc = await PDFDocument.load(pdf, { updateMetadata: false });
  } catch (error) {
    const kind = classifyPdfLoadError(error);
    const why = kind === 'encrypted' ? 'den er krypteret' : kind === 'not_pdf' ? 'det er ikke en PDF-fil' : 'filen er beskadiget';
    throw new UserError(`PDF-filen kan ikke underskrives: ${why}.`, 'sign_bad_pdf');
  }
  if (doc.getPageCount() === 0) throw new UserError('PDF-filen kan ikke underskrives: den har ingen sider.', 'sign_bad_pdf');
  const field = addSignatureField(doc, options);
  return (await writeViaTempFile((fd) => writeSignedPdf(doc, fd, field, identity, options))).bytes;
}

export type SignatureField = SignatureHole;

/**
 * Writes the document (with its signature field) into the open file and signs it in place: the
 * CMS is made from the digest taken while writing, over every byte but the /Contents hole, and
 * written into the hole. Returns the file's size and SHA-256.
 */
export async function writeSignedPdf(
  doc: PDFDocument, fd: number, field: SignatureField, identity: SigningIdentity,
  options: Pick<SignPdfOptions, 'signatureLength' | 'cmsSigningTime' | 'signingTime'> = {},
): Promise<{ bytes: number; sha256: string }> {
  const written = await writePdfFile(doc, fd, field);
  if (!written.hole || !written.signedDigest) throw new Error('The signature hole was not written');
  const signatureLength = placeholderLength(options);
  const cms = await buildDetachedCmsForDigest(written.signedDigest, identity, options.cmsSigningTime ? { signingTime: options.signingTime ?? new Date() } : {});
  if (cms.length > signatureLength) {
    throw new Error(`The signature (${cms.length} bytes) does not fit the ${signatureLength}-byte placeholder`);
  }
  const filler = Buffer.from(`<${Buffer.from(cms).toString('hex').padEnd(signatureLength * 2, '0')}>`, 'latin1');
  if (filler.length !== written.hole.end - written.hole.start) throw new Error('The signature does not fill its hole');
  writeSync(fd, filler, 0, filler.length, written.hole.start);
  return { bytes: written.bytes, sha256: written.wholeDigest(filler) };
}

/**
 * Adds an invisible signature field on page 1 whose /Sig dictionary holds placeholders for
 * /ByteRange and /Contents. The dictionary is written as raw bytes (a PDFInvalidObject) so that
 * writing with object streams leaves it in the file as it is; writeSignedPdf fills its ByteRange
 * and its Contents. Nothing may change the document between this and writeSignedPdf.
 */
export function addSignatureField(doc: PDFDocument, options: SignatureFieldOptions = {}): SignatureField {
  const firstPage = doc.getPages()[0];
  if (!firstPage) throw new UserError('PDF-filen kan ikke underskrives: den har ingen sider.', 'sign_bad_pdf');
  const signatureLength = placeholderLength(options);
  const context = doc.context;
  const signatureDict = context.obj({
    Type: 'Sig',
    Filter: 'Adobe.PPKLite',
    SubFilter: 'ETSI.CAdES.detached',
    ByteRange: [PDFNumber.of(0), PDFName.of(BYTE_RANGE_PLACEHOLDER), PDFName.of(BYTE_RANGE_PLACEHOLDER), PDFName.of(BYTE_RANGE_PLACEHOLDER)],
    Contents: PDFHexString.of('0'.repeat(signatureLength * 2)),
    M: PDFString.fromDate(options.signingTime ?? new Date()),
  });
  if (options.reason) signatureDict.set(PDFName.of('Reason'), PDFString.of(escapeLiteral(toLatin1(options.reason))));
  if (options.name) signatureDict.set(PDFName.of('Name'), PDFString.of(escapeLiteral(toLatin1(options.name))));
  if (options.location) signatureDict.set(PDFName.of('Location'), PDFString.of(escapeLiteral(toLatin1(options.location))));
  const raw = new Uint8Array(signatureDict.sizeInBytes());
  signatureDict.copyBytesInto(raw, 0);
  const signatureObject = PDFInvalidObject.of(raw);
  const signatureRef = context.register(signatureObject);

  const acroForm = ensureAcroForm(doc);
  const fields = acroForm.lookupMaybe(PDFName.of('Fields'), PDFArray) ?? context.obj([]);
  acroForm.set(PDFName.of('Fields'), fields);
  // SignaturesExist | AppendOnly: readers then save changes as incremental updates.
  acroForm.set(PDFName.of('SigFlags'), PDFNumber.of(3));

  const widget = context.obj({
    Type: 'Annot',
    Subtype: 'Widget',
    FT: 'Sig',
    // A zero-size rectangle: invisible, and PDF/A-2 needs no appearance stream for it.
    Rect: [0, 0, 0, 0],
    V: signatureRef,
    T: PDFString.of(uniqueFieldName(fields)),
    // Print | Locked: PDF/A wants Print set and Hidden/NoView clear.
    F: 132,
    P: firstPage.ref,
  });
  const widgetRef = context.register(widget);
  fields.push(widgetRef);
  const annots = firstPage.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
  if (annots) annots.push(widgetRef);
  else firstPage.node.set(PDFName.of('Annots'), context.obj([widgetRef]));
  return signatureHole(signatureObject, signatureLength);
}

function placeholderLength(options: { signatureLength?: number }): number {
  return Math.max(options.signatureLength ?? DEFAULT_SIGNATURE_LENGTH, 4096);
}

function ensureAcroForm(doc: PDFDocument): PDFDict {
  const existing = doc.catalog.lookupMaybe(PDFName.of('AcroForm'), PDFDict);
  if (existing) {
    // An appearance-regeneration request is not allowed in PDF/A and pointless for a signature.
    existing.delete(PDFName.of('NeedAppearances'));
    return existing;
  }
  const acroForm = doc.context.obj({ Fields: [] });
  doc.catalog.set(PDFName.of('AcroForm'), doc.context.register(acroForm));
  return acroForm;
}

function uniqueFieldName(fields: PDFArray): string {
  const taken = new Set<string>();
  for (let index = 0; index < fields.size(); index++) {
    const field = fields.lookupMaybe(index, PDFDict);
    const name = field?.lookupMaybe(PDFName.of('T'), PDFString, PDFHexString);
    if (name) taken.add(name.decodeText());
  }
  let counter = 1;
  while (taken.has(`Underskrift${counter}`)) counter++;
  return `Underskrift${counter}`;
}

/** PDFString.of writes its text verbatim between parentheses: escape what would end it early. */
function escapeLiteral(text: string): string {
  return text.replace(/[\\()]/g, (character) => `\\${character}`);
}

/**
 * The signature dictionary's placeholders: /Contents, the hole the CMS goes into, and /ByteRange,
 * written over with the real range (padded to the placeholder's width) once the file's layout is
 * known and before the dictionary is written.
 */
function signatureHole(object: PDFInvalidObject, signatureLength: number): SignatureHole {
  const placeholder = `[ 0 /${BYTE_RANGE_PLACEHOLDER} /${BYTE_RANGE_PLACEHOLDER} /${BYTE_RANGE_PLACEHOLDER} ]`;
  const contents = `<${'0'.repeat(signatureLength * 2)}>`;
  const find = (raw: Uint8Array, what: string): number => {
    const at = Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength).indexOf(what, 0, 'latin1');
    if (at < 0) throw new Error(`Signature placeholder ${what.slice(0, 12)}… not found`);
    return at;
  };
  return {
    object,
    contentsIn: (raw) => ({ at: find(raw, contents), length: contents.length }),
    fillByteRange: (raw, contentsStart, contentsEnd, fileSize) => {
      const range = `[0 ${contentsStart} ${contentsEnd} ${fileSize - contentsEnd}]`;
      if (range.length > placeholder.length) throw new Error('ByteRange does not fit its placeholder');
      Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength).write(range.padEnd(placeholder.length, ' '), find(raw, placeholder), 'latin1');
    },
  };
}
