import { closeSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { PDFName, PDFRawStream, PDFStream, type PDFContext, type PDFDict } from 'pdf-lib';

/**
 * A temp file holding the image data of the bilag copied into a packet, so a packet of 900 scanned
 * pages does not hold 300 MB of JPEG in memory until it is written: each copied bilag's image
 * streams are appended here as they are (never decoded) and read back once, when the file is
 * written (write-pdf-file.ts). Closed and removed by dispose().
 */
export class SpillFile {
  private readonly fd: number;
  private size = 0;
  readonly path: string;

  constructor(dir: string) {
    this.path = join(dir, `spill-${process.pid}-${randomBytes(6).toString('hex')}.bin`);
    this.fd = openSync(this.path, 'wx+', 0o600);
  }

  append(bytes: Uint8Array): { offset: number; length: number } {
    const offset = this.size;
    let written = 0;
    while (written < bytes.length) written += writeSync(this.fd, bytes, written, bytes.length - written, offset + written);
    this.size += bytes.length;
    return { offset, length: bytes.length };
  }

  /** Reads `length` bytes at `offset` into `target` (from its start). */
  read(target: Uint8Array, offset: number, length: number): void {
    let read = 0;
    while (read < length) {
      const n = readSync(this.fd, target, read, length - read, offset + read);
      if (n === 0) throw new Error('Spill file ended early');
      read += n;
    }
  }

  dispose(): void {
    try { closeSync(this.fd); } catch { /* already closed */ }
    rmSync(this.path, { force: true });
  }
}

/**
 * A stream whose (still encoded) contents live in a SpillFile. pdf-lib sees an ordinary stream: its
 * size is known, and getContents() reads the bytes back for any code that asks (the file writer
 * copies them in pieces instead).
 */
export class SpilledStream extends PDFStream {
  constructor(dict: PDFDict, readonly spill: SpillFile, readonly offset: number, readonly length: number) {
    super(dict);
  }

  override getContents(): Uint8Array {
    const bytes = new Uint8Array(this.length);
    this.spill.read(bytes, this.offset, this.length);
    return bytes;
  }

  override getContentsSize(): number {
    return this.length;
  }

  override getContentsString(): string {
    return Buffer.from(this.getContents()).toString('latin1');
  }

  getUnencodedContents(): Uint8Array {
    return this.getContents();
  }

  /** A copy (copyPages clones each stream it copies) shares the bytes on disk: nothing is read. */
  override clone(context?: PDFContext): SpilledStream {
    return new SpilledStream(this.dict.clone(context), this.spill, this.offset, this.length);
  }
}

/** Images smaller than this stay in memory: the file round trip is not worth it. */
const SPILL_FROM_BYTES = 64 * 1024;

/**
 * Takes a bilag's streams out of its file's bytes before its pages are copied (load-bilag.ts
 * parses streams as views into those bytes): the file goes to the spill file in one write and
 * each image becomes a SpilledStream pointing into it, so the copies share the bytes on disk;
 * every other stream gets its own small copy, so the file's bytes can be let go. Only images are
 * spilled: nothing reads an image's data after the merge, while content streams are still
 * stamped and checked.
 */
export function spillBilagImages(context: PDFContext, bytes: Uint8Array, spill: SpillFile): void {
  const isView = (contents: Uint8Array) => contents.buffer === bytes.buffer && contents.byteOffset >= bytes.byteOffset && contents.byteOffset + contents.length <= bytes.byteOffset + bytes.length;
  let base: number | null = null;
  for (const [ref, object] of context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFRawStream) || !isView(object.contents)) continue;
    const image = object.contents.length >= SPILL_FROM_BYTES && object.dict.get(PDFName.of('Subtype')) === PDFName.of('Image');
    if (!image) {
      context.assign(ref, PDFRawStream.of(object.dict, object.contents.slice()));
      continue;
    }
    base ??= spill.append(bytes).offset;
    context.assign(ref, new SpilledStream(object.dict, spill, base + object.contents.byteOffset - bytes.byteOffset, object.contents.length));
  }
}
