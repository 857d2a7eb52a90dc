import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * pdfsig's report for a file. pdfsig exits 0 even on "Digest Mismatch.", so callers parse the text.
 * nssDir points it at the NSS database that trusts the test CA.
 */
export function pdfsig(bytes: Uint8Array, dir: string, nssDir: string | undefined, name = 'check.pdf'): string {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  const args = [...(nssDir ? ['-nssdir', `sql:${nssDir}`] : []), file];
  try {
    return execFileSync('pdfsig', args, { encoding: 'utf8' });
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string };
    return `${failed.stdout ?? ''}${failed.stderr ?? ''}`;
  }
}

/** The pdfsig lines worth showing in a test log. */
export function signatureLines(report: string): string[] {
  return report.split('\n').filter((line) => /Signature Validation|Total document signed|not total document signed|Signer Certificate Common Name|Certificate Validation/i.test(line));
}

/**
 * An incremental update as a PDF editor would append it: a new Info dictionary (changed title), an
 * xref section for it and a trailer pointing back with /Prev. Nothing before it changes.
 */
export function appendIncrementalUpdate(signed: Uint8Array): Uint8Array {
  const text = Buffer.from(signed).toString('latin1');
  const startXref = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(text)?.[1]);
  const size = Number([...text.matchAll(/\/Size (\d+)/g)].pop()?.[1]);
  const root = [...text.matchAll(/\/Root (\d+ \d+ R)/g)].pop()?.[1];
  if (!Number.isFinite(startXref) || !Number.isFinite(size) || !root) throw new Error('Cannot parse the trailer of the signed PDF');
  let update = '\n';
  const objectOffset = signed.length + update.length;
  update += `${size} 0 obj\n<< /Title (Ændret efter underskrift) /Producer (Et andet program) >>\nendobj\n`;
  const xrefOffset = signed.length + update.length;
  update += `xref\n0 1\n0000000000 65535 f \n${size} 1\n${String(objectOffset).padStart(10, '0')} 00000 n \n`;
  update += `trailer\n<< /Size ${size + 1} /Root ${root} /Info ${size} 0 R /Prev ${startXref} >>\nstartxref\n${xrefOffset}\n%%EOF\n`;
  return new Uint8Array(Buffer.concat([Buffer.from(signed), Buffer.from(update, 'latin1')]));
}

/** A copy with one byte changed inside the first content stream (inside the signed range). */
export function flipByteInContentStream(signed: Uint8Array): Uint8Array {
  const text = Buffer.from(signed).toString('latin1');
  const streamAt = text.indexOf('stream\n');
  if (streamAt < 0) throw new Error('No stream in the PDF');
  const copy = new Uint8Array(signed);
  const at = streamAt + 'stream\n'.length + 5;
  copy[at] = (copy[at] ?? 0) ^ 0x01;
  return copy;
}
