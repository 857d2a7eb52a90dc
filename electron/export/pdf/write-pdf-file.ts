import { createHash, randomBytes, type Hash } from 'node:crypto';
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { processTempDir } from '../printer/temp-root';
import { PDFRawStream, PDFStream, type PDFDocument, type PDFInvalidObject, type PDFObject, type PDFRef } from 'pdf-lib';
import { ZlibStreamWriter } from './save-pdf';
import { SpilledStream } from './spilled-stream';

/** Where the signature's /Contents placeholder will be in the file, and the hash that skips it. */
export interface SignatureHole {
  /** The raw signature dictionary (sign-pdf.ts), whose ByteRange is filled in place before it is written. */
  object: PDFInvalidObject;
  /** The byte range written over the placeholder, from the contents' place in the file and its size. */
  fillByteRange(raw: Uint8Array, contentsStart: number, contentsEnd: number, fileSize: number): void;
  /** Where "<000…>" starts inside the raw dictionary, and how long it is. */
  contentsIn(raw: Uint8Array): { at: number; length: number };
}

export interface WrittenPdf {
  bytes: number;
  /** SHA-256 of the file as written, the signature's hole still zeros when there is one (completeHole fixes it). */
  signedDigest: Buffer | null;
  hole: { start: number; end: number } | null;
  /** Gives the SHA-256 of the whole file once the hole holds `filler` (its exact bytes). */
  wholeDigest(filler?: Uint8Array): string;
}

const STAGING_BYTES = 4 * 1024 * 1024;
const ENC = new TextEncoder();

/**
 * Writes a pdf-lib document into an open file object by object, as pdf-lib's save would lay it out
 * (save-pdf.ts: object streams deflated by zlib, an xref stream), without ever holding the whole
 * file in memory: small objects are staged in a 4 MB buffer, a large stream's contents are written
 * from where they are (a spilled image straight from its spill file). The bytes are hashed as they
 * go: the whole file, and for a signature the file without its /Contents hole, so the signature
 * needs no second pass over a copy.
 */
export async function writePdfFile(doc: PDFDocument, fd: number, signature?: SignatureHole): Promise<WrittenPdf> {
  await doc.flush();
  const writer = ZlibStreamWriter.create(doc.context);
  const plan = await writer.plan();
  const out = new HashingWriter(fd);

  let offset = plan.header.sizeInBytes() + 2;
  let hole: { start: number; end: number } | null = null;
  if (signature) {
    for (const entry of plan.indirectObjects) {
      if (entry[1] === signature.object) {
        const raw = (entry[1] as unknown as { data: Uint8Array }).data;
        const { at, length } = signature.contentsIn(raw);
        const start = offset + objectHead(entry[0]).length + at;
        hole = { start, end: start + length };
        signature.fillByteRange(raw, hole.start, hole.end, plan.size);
        break;
      }
      offset += writer.objectSize(entry);
    }
    if (!hole) throw new Error('The signature dictionary is not among the objects written');
    out.skip(hole);
  }

  const header = new Uint8Array(plan.header.sizeInBytes() + 2);
  plan.header.copyBytesInto(header, 0);
  header[header.length - 2] = 0x0a;
  header[header.length - 1] = 0x0a;
  out.write(header);
  for (const entry of plan.indirectObjects) writeObject(out, entry);
  const trailer = new Uint8Array(plan.trailer.sizeInBytes());
  plan.trailer.copyBytesInto(trailer, 0);
  out.write(trailer);
  out.flush();
  if (out.position !== plan.size) throw new Error(`PDF written with ${out.position} bytes, planned ${plan.size}`);
  return {
    bytes: out.position,
    signedDigest: hole ? out.signedDigest() : null,
    hole,
    wholeDigest: (filler) => out.wholeDigest(filler),
  };
}

/** For callers that need the bytes (a release stores them in the database): written to a temp file, read back, removed. */
export async function writeViaTempFile<T>(write: (fd: number) => Promise<T>): Promise<{ bytes: Uint8Array; result: T }> {
  const path = join(processTempDir(), `pdf-write-${randomBytes(8).toString('hex')}.pdf`);
  const fd = openSync(path, 'wx+', 0o600);
  try {
    const result = await write(fd);
    closeSync(fd);
    return { bytes: new Uint8Array(readFileSync(path)), result };
  } finally {
    try { closeSync(fd); } catch { /* closed above */ }
    rmSync(path, { force: true });
  }
}

const objectHead = (ref: PDFRef): Uint8Array => ENC.encode(`${ref.objectNumber} ${ref.generationNumber} obj\n`);
const OBJECT_TAIL = ENC.encode('\nendobj\n\n');
const STREAM_HEAD = ENC.encode('\nstream\n');
const STREAM_TAIL = ENC.encode('\nendstream');
const LARGE_STREAM = 256 * 1024;

function writeObject(out: HashingWriter, [ref, object]: [PDFRef, PDFObject]): void {
  out.write(objectHead(ref));
  if (object instanceof PDFStream && (object instanceof SpilledStream || object.getContentsSize() >= LARGE_STREAM)) {
    object.updateDict();
    const dict = new Uint8Array(object.dict.sizeInBytes());
    object.dict.copyBytesInto(dict, 0);
    out.write(dict);
    out.write(STREAM_HEAD);
    if (object instanceof SpilledStream) out.copySpilled(object);
    else out.write(object instanceof PDFRawStream ? object.contents : object.getContents());
    out.write(STREAM_TAIL);
  } else {
    const bytes = new Uint8Array(object.sizeInBytes());
    object.copyBytesInto(bytes, 0);
    out.write(bytes);
  }
  out.write(OBJECT_TAIL);
}

/**
 * Sequential writes through a staging buffer, each byte hashed once into the whole-file hash and,
 * outside the hole, into the signature's hash. The bytes after the hole are kept (they are only
 * the object streams and the xref stream, written after the signature dictionary) so the whole
 * file's hash can be finished once the hole is filled.
 */
class HashingWriter {
  position = 0;
  private readonly staging = Buffer.allocUnsafe(STAGING_BYTES);
  private used = 0;
  /** Every byte before the hole and, for the signature, every byte after it. */
  private readonly hash: Hash = createHash('sha256');
  /** The hash's state at the hole: the whole file's hash goes on from here with the filler. */
  private atHole: Hash | null = null;
  private hole: { start: number; end: number } | null = null;
  private readonly afterHole: Uint8Array[] = [];

  constructor(private readonly fd: number) {}

  skip(hole: { start: number; end: number }): void {
    this.hole = hole;
  }

  write(bytes: Uint8Array): void {
    this.digest(bytes);
    if (bytes.length >= STAGING_BYTES / 2) {
      this.flush();
      this.put(bytes);
      return;
    }
    if (this.used + bytes.length > STAGING_BYTES) this.flush();
    this.staging.set(bytes, this.used);
    this.used += bytes.length;
  }

  copySpilled(stream: SpilledStream): void {
    this.flush();
    for (let at = 0; at < stream.length; at += STAGING_BYTES) {
      const n = Math.min(STAGING_BYTES, stream.length - at);
      stream.spill.read(this.staging, stream.offset + at, n);
      const chunk = this.staging.subarray(0, n);
      this.digest(chunk);
      this.put(chunk);
    }
  }

  flush(): void {
    if (this.used === 0) return;
    const chunk = this.staging.subarray(0, this.used);
    this.used = 0;
    this.put(chunk);
  }

  /** The signature's digest: the file without the hole. */
  signedDigest(): Buffer {
    return this.hash.copy().digest();
  }

  wholeDigest(filler?: Uint8Array): string {
    if (!this.hole || !this.atHole) return this.hash.copy().digest('hex');
    const whole = this.atHole.copy();
    if (filler) whole.update(filler);
    for (const chunk of this.afterHole) whole.update(chunk);
    return whole.digest('hex');
  }

  private put(bytes: Uint8Array): void {
    let written = 0;
    while (written < bytes.length) written += writeSync(this.fd, bytes, written, bytes.length - written, this.position + written);
    this.position += bytes.length;
  }

  /**
   * Hashes a chunk at the logical position (staged bytes count as written). Before the hole one
   * hash serves both digests; the bytes after it (the object streams and the xref stream, written
   * after the signature dictionary: small) are kept for the whole file's hash.
   */
  private digest(bytes: Uint8Array): void {
    const start = this.position + this.used;
    const hole = this.hole;
    if (!hole || start + bytes.length <= hole.start) {
      this.hash.update(bytes);
      return;
    }
    if (start >= hole.end) {
      this.hash.update(bytes);
      this.afterHole.push(Uint8Array.from(bytes));
      return;
    }
    const before = bytes.subarray(0, Math.max(0, hole.start - start));
    const after = bytes.subarray(Math.min(bytes.length, hole.end - start));
    this.hash.update(before);
    this.atHole = this.hash.copy();
    this.hash.update(after);
    this.afterHole.push(Uint8Array.from(after));
  }
}
