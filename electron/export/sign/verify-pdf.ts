import { createHash } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { cryptoEngine, toArrayBuffer } from './crypto-engine';

export interface SignatureReport {
  /** Subject CN and O of the signing certificate, e.g. "Sekretær Åse Ærø (Fjordby Kommune)". */
  signer: string;
  /** Issuer CN and O. */
  issuer: string;
  /** From /M, else the CMS signing-time attribute; undefined when neither is there. */
  signingTime: Date | undefined;
  subFilter: string;
  reason: string | undefined;
  /** tampered: the signed bytes changed; damaged: they cannot all be read (a cut or broken file). */
  integrity: 'valid' | 'tampered' | 'damaged';
  /** The signed byte ranges are the whole file except /Contents, up to its end-of-file marker. */
  coversWholeDocument: boolean;
  /** Bytes follow the signed range (an incremental update: changes made after signing). */
  appendedAfterSigning: boolean;
  /** Danish findings for this signature. */
  messages: string[];
}

export interface VerifyReport {
  signed: boolean;
  /** The file is cut short or a signature's data cannot be read: nothing can be said about its content. */
  damaged: boolean;
  signatures: SignatureReport[];
  /** Danish summary lines. */
  messages: string[];
}

const OID_MESSAGE_DIGEST = '1.2.840.113549.1.9.4';
const OID_SIGNING_TIME = '1.2.840.113549.1.9.5';
const DIGESTS: Record<string, string> = {
  '1.3.14.3.2.26': 'sha1',
  '2.16.840.1.101.3.4.2.1': 'sha256',
  '2.16.840.1.101.3.4.2.2': 'sha384',
  '2.16.840.1.101.3.4.2.3': 'sha512',
};

/**
 * Checks every signature in a PDF from its raw bytes: the ByteRange and Contents are read from the
 * file itself (not from a parsed object model, which may hide what a later incremental update did),
 * the digest over the ranges is compared with the CMS messageDigest, and the CMS signature is
 * verified with the certificate it carries. The certificate chain is NOT checked against trusted
 * roots: that is stated in the messages.
 */
export async function verifyPdf(bytes: Uint8Array): Promise<VerifyReport> {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const signatures: SignatureReport[] = [];
  const damage: string[] = [];
  const byteRangePattern = /\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g;
  for (let match = byteRangePattern.exec(text); match; match = byteRangePattern.exec(text)) {
    const range = [match[1], match[2], match[3], match[4]].map(Number) as [number, number, number, number];
    signatures.push(await checkSignature(bytes, text, match.index, range, damage));
  }
  const truncated = !text.slice(-1024).includes('%%EOF');
  if (truncated) damage.unshift('den er afkortet eller ufuldstændig (slutmarkeringen %%EOF mangler)');
  const unreadableRanges = (text.match(/\/ByteRange\b/g)?.length ?? 0) - signatures.length;
  if (unreadableRanges > 0) damage.push('en underskrifts byteområde (ByteRange) kan ikke læses');

  const messages: string[] = [];
  if (damage.length > 0) {
    messages.push(`Filen er beskadiget: ${damage[0]}.`);
    messages.push(signatures.length === 0
      ? 'Det kan ikke afgøres, om filen er underskrevet: en underskrift kan ligge i den del, der mangler eller ikke kan læses.'
      : 'Underskriften kan ikke kontrolleres, før filen er hentet eller kopieret igen i sin helhed.');
    if (signatures.length > 0) messages.push('Bemærk: udsteder ikke kontrolleret mod en betroet liste.');
  } else if (signatures.length === 0) {
    messages.push('Filen er ikke underskrevet.');
  } else {
    const tampered = signatures.some((s) => s.integrity === 'tampered');
    const last = signatures[signatures.length - 1];
    if (tampered) messages.push('Filen er ændret efter underskrift: mindst én underskrift passer ikke til indholdet.');
    else if (last && !last.coversWholeDocument) messages.push('Filen er ændret efter underskrift: der er tilføjet indhold efter den sidste underskrift.');
    else messages.push(signatures.length === 1 ? 'Underskriften er gyldig og dækker hele dokumentet.' : 'Alle underskrifter er intakte, og den sidste dækker hele dokumentet.');
    messages.push('Bemærk: udsteder ikke kontrolleret mod en betroet liste.');
  }
  return { signed: signatures.length > 0, damaged: damage.length > 0, signatures, messages };
}

/** True when the report describes a file whose signatures are all intact and nothing follows the last. */
export function isIntactAndComplete(report: VerifyReport): boolean {
  const last = report.signatures[report.signatures.length - 1];
  return report.signed && !report.damaged && report.signatures.every((s) => s.integrity === 'valid') && last !== undefined && last.coversWholeDocument;
}

/** Checks one signature; what makes it unreadable (not changed, but cut or broken) also goes to `damage`. */
async function checkSignature(bytes: Uint8Array, text: string, at: number, range: [number, number, number, number], damage: string[]): Promise<SignatureReport> {
  const dictionary = enclosingObject(text, at);
  const subFilter = /\/SubFilter\s*\/([^\s/<>[\]()]+)/.exec(dictionary)?.[1] ?? 'ukendt';
  const mDate = parsePdfDate(/\/M\s*\(([^)]*)\)/.exec(dictionary)?.[1]);
  const reason = decodeLiteral(/\/Reason\s*\(((?:\\.|[^\\)])*)\)/.exec(dictionary)?.[1]);
  const report: SignatureReport = {
    signer: 'ukendt',
    issuer: 'ukendt',
    signingTime: mDate,
    subFilter,
    reason,
    integrity: 'tampered',
    coversWholeDocument: false,
    appendedAfterSigning: false,
    messages: [],
  };
  const damaged = (why: string): SignatureReport => {
    report.integrity = 'damaged';
    report.messages.push(`${why.charAt(0).toUpperCase()}${why.slice(1)}: filen er beskadiget.`);
    damage.push(why);
    return report;
  };

  const [start1, length1, start2, length2] = range;
  const end = start2 + length2;
  if (start1 !== 0 || length1 <= 0 || start2 <= length1) {
    report.messages.push('Underskriftens byteområde (ByteRange) er ugyldigt.');
    return report;
  }
  if (end > bytes.length) return damaged(`underskriftens byteområde (ByteRange) går ud over filens slutning (til byte ${end}, filen har ${bytes.length})`);
  const rest = text.slice(end);
  report.appendedAfterSigning = !/^\s*(%%EOF\s*)?$/.test(rest);
  const gap = text.slice(length1, start2);
  const contentsMatch = /^<([0-9A-Fa-f\s]*)>$/.exec(gap);
  report.coversWholeDocument = !report.appendedAfterSigning && contentsMatch !== null;
  if (!contentsMatch) {
    // Still one <…> string, but with other characters: the signature's bytes are broken, not moved.
    if (/^<[^<>]*>$/.test(gap)) return damaged('underskriftens indhold (/Contents) er ikke hex-kodet');
    report.messages.push('Underskriftens byteområde udelader mere end selve underskriften.');
    return report;
  }

  let signedData: pkijs.SignedData;
  let signerCertificate: pkijs.Certificate | undefined;
  try {
    const der = Buffer.from((contentsMatch[1] ?? '').replace(/\s/g, ''), 'hex');
    const asn1 = asn1js.fromBER(toArrayBuffer(der));
    if (asn1.offset === -1) throw new Error('BER');
    const contentInfo = new pkijs.ContentInfo({ schema: asn1.result });
    signedData = new pkijs.SignedData({ schema: contentInfo.content });
    signerCertificate = findSignerCertificate(signedData);
  } catch {
    return damaged('underskriften (CMS) kan ikke læses');
  }
  if (signerCertificate) {
    report.signer = describeName(signerCertificate.subject);
    report.issuer = describeName(signerCertificate.issuer);
  }
  const signerInfo = signedData.signerInfos[0];
  const attributes = signerInfo?.signedAttrs?.attributes ?? [];
  if (!report.signingTime) {
    const time = attributes.find((a) => a.type === OID_SIGNING_TIME)?.values[0];
    if (time instanceof asn1js.UTCTime || time instanceof asn1js.GeneralizedTime) report.signingTime = time.toDate();
  }

  const signed = Buffer.concat([bytes.subarray(0, length1), bytes.subarray(start2, end)]);
  const digestName = DIGESTS[signerInfo?.digestAlgorithm.algorithmId ?? ''] ?? 'sha256';
  const digest = createHash(digestName).update(signed).digest();
  const messageDigest = attributes.find((a) => a.type === OID_MESSAGE_DIGEST)?.values[0];
  const digestMatches = messageDigest instanceof asn1js.OctetString && Buffer.from(messageDigest.valueBlock.valueHexView).equals(digest);
  if (!digestMatches) {
    report.messages.push('Indholdet passer ikke til underskriften (kontrolsummen er forskellig): filen er ændret efter underskrift.');
    return report;
  }
  const signatureValid = await signedData
    .verify({ signer: 0, data: toArrayBuffer(signed), checkChain: false }, cryptoEngine())
    .catch(() => false);
  if (!signatureValid) {
    report.messages.push('Den kryptografiske underskrift er ugyldig.');
    return report;
  }
  report.integrity = 'valid';
  if (report.appendedAfterSigning) report.messages.push('Der er tilføjet indhold efter underskriften (en trinvis opdatering).');
  return report;
}

/** The text of the indirect object around position at: from its "obj" to its "endobj". */
function enclosingObject(text: string, at: number): string {
  const start = text.lastIndexOf(' obj', at);
  const end = text.indexOf('endobj', at);
  return text.slice(start < 0 ? Math.max(0, at - 4000) : start, end < 0 ? at + 4000 : end);
}

function findSignerCertificate(signedData: pkijs.SignedData): pkijs.Certificate | undefined {
  const sid = signedData.signerInfos[0]?.sid;
  const certificates = (signedData.certificates ?? []).filter((c): c is pkijs.Certificate => c instanceof pkijs.Certificate);
  if (sid instanceof pkijs.IssuerAndSerialNumber) {
    return certificates.find((c) => c.issuer.isEqual(sid.issuer) && c.serialNumber.isEqual(sid.serialNumber));
  }
  return certificates[0];
}

const NAME_OIDS = { commonName: '2.5.4.3', organization: '2.5.4.10' };

/** "CN (O)" from a distinguished name. */
export function describeName(name: pkijs.RelativeDistinguishedNames): string {
  const value = (oid: string) => {
    const entry = name.typesAndValues.find((t) => t.type === oid);
    const raw = entry?.value.valueBlock.value;
    return typeof raw === 'string' ? raw : undefined;
  };
  const cn = value(NAME_OIDS.commonName);
  const o = value(NAME_OIDS.organization);
  if (cn && o) return `${cn} (${o})`;
  return cn ?? o ?? 'ukendt';
}

/** D:YYYYMMDDHHmmSS+HH'mm' (any tail may be missing) → Date. */
export function parsePdfDate(value: string | undefined): Date | undefined {
  const match = /^D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(Z|[+-])?(\d{2})?'?(\d{2})?'?/.exec(value ?? '');
  if (!match) return undefined;
  const n = (index: number, fallback: number) => (match[index] ? Number(match[index]) : fallback);
  const utc = Date.UTC(n(1, 0), n(2, 1) - 1, n(3, 1), n(4, 0), n(5, 0), n(6, 0));
  const sign = match[7] === '-' ? -1 : match[7] === '+' ? 1 : 0;
  const offsetMinutes = sign * (n(8, 0) * 60 + n(9, 0));
  return new Date(utc - offsetMinutes * 60_000);
}

/** A literal string's escapes undone; bytes read as Latin-1 (PDFDocEncoding for our characters). */
function decodeLiteral(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  return value.replace(/\\([nrtbf()\\]|[0-7]{1,3})/g, (_, escape: string) => {
    const simple: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', '(': '(', ')': ')', '\\': '\\' };
    return simple[escape] ?? String.fromCharCode(parseInt(escape, 8));
  });
}
