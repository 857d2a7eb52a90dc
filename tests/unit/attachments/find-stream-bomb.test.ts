import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import LZWStreamModule from 'pdf-lib/cjs/core/streams/LZWStream.js';
import StreamModule from 'pdf-lib/cjs/core/streams/Stream.js';
import { findStreamBomb } from '../../../electron/services/attachments/find-stream-bomb';
import { decodeBounded } from '../../../electron/services/attachments/pdf-stream-filters';
import { MAX_INFLATED_IMAGE_BYTES, MAX_INFLATED_STREAM_BYTES } from '../../../electron/services/attachments/attachment-limits';
import { deflateZeros } from '../../fixtures/hostile/images';
import { lzwZeros, makeFlateBombPdf, makeStreamPdf } from '../../fixtures/hostile/intake-pdf-bombs';
import { makeSamplePdf } from '../../fixtures/pdf/make-bad-pdfs';

/** The compression-bomb scan runs before pdf-lib and pdf.js see a PDF; these files are only a few MB. */
describe('findStreamBomb', () => {
  it('passes ordinary PDFs', async () => {
    expect(await findStreamBomb(await makeSamplePdf(3))).toBeUndefined();
  });

  it.each([['content'], ['object-stream'], ['ascii85'], ['image']] as const)('finds a 2 GB Flate bomb (%s)', async (place) => {
    expect(await findStreamBomb(await makeFlateBombPdf(place))).toBeDefined();
  });

  it('finds a bomb inside a bomb: [/FlateDecode /FlateDecode], each layer under the limit', async () => {
    // 50 MB of zlib data (inflating to 50 GB) inside 50 kB: the outer layer alone is harmless.
    const inner = deflateZeros(50 * 1024);
    const outer = deflateSync(inner);
    expect(outer.length).toBeLessThan(1024 * 1024);
    expect(await findStreamBomb(await makeStreamPdf(outer, ['FlateDecode', 'FlateDecode']))).toEqual({ limit: MAX_INFLATED_STREAM_BYTES });
  });

  it('finds an LZW bomb (about 1,300:1)', async () => {
    expect(await findStreamBomb(await makeStreamPdf(lzwZeros(200), ['LZWDecode']))).toEqual({ limit: MAX_INFLATED_STREAM_BYTES });
  });

  it('finds a bomb behind a filter name written with #-escapes (/Flat#65Decode)', async () => {
    const pdf = Buffer.from(await makeStreamPdf(deflateZeros(200), ['FlateDecode']));
    const escaped = Buffer.from(pdf.toString('latin1').replace('/FlateDecode', '/Flat#65Decode'), 'latin1');
    expect(await findStreamBomb(escaped)).toBeDefined();
  });

  it('lets a content stream under 100 MB through, and an image up to its own limit', async () => {
    expect(await findStreamBomb(await makeStreamPdf(deflateZeros(90), ['FlateDecode']))).toBeUndefined();
    // An uncompressed 10 000 × 6 000 RGB scan is 180 MB: more than page content may be, fine for an image.
    const scan = await makeStreamPdf(deflateZeros(180), ['FlateDecode'], { width: 10_000, height: 6_000 });
    expect(await findStreamBomb(scan)).toBeUndefined();
    expect(MAX_INFLATED_IMAGE_BYTES).toBeGreaterThan(180 * 1024 * 1024);
  });
});

describe('the bounded LZW decoder', () => {
  /** PDF's LZW (EarlyChange 1), a plain encoder for the test. */
  function lzwEncode(input: Buffer): Buffer {
    const out: number[] = [];
    let bits = 0;
    let bitCount = 0;
    let codeLength = 9;
    const write = (code: number) => {
      bits = (bits << codeLength) | code;
      bitCount += codeLength;
      while (bitCount >= 8) {
        out.push((bits >>> (bitCount - 8)) & 0xff);
        bitCount -= 8;
      }
      bits &= (1 << bitCount) - 1;
    };
    let table = new Map<string, number>();
    let next = 258;
    write(256);
    let current = '';
    for (const byte of input) {
      const candidate = current + String.fromCharCode(byte);
      if (current === '' || table.has(candidate) || candidate.length === 1) {
        if (candidate.length === 1 || table.has(candidate)) {
          current = candidate;
          continue;
        }
      }
      write(current.length === 1 ? current.charCodeAt(0) : table.get(current)!);
      table.set(candidate, next++);
      if (next + 1 > 1 << codeLength && codeLength < 12) codeLength++;
      if (next >= 4094) {
        write(256);
        table = new Map();
        next = 258;
        codeLength = 9;
      }
      current = String.fromCharCode(byte);
    }
    if (current !== '') write(current.length === 1 ? current.charCodeAt(0) : table.get(current)!);
    write(257);
    if (bitCount > 0) out.push((bits << (8 - bitCount)) & 0xff);
    return Buffer.from(out);
  }

  it('decodes what pdf-lib decodes, for text and for a run of zeros', async () => {
    type Decoder = new (stream: unknown, maybeLength: undefined, earlyChange: number) => { decode(): Uint8Array };
    // pdf-lib's CommonJS modules, as the interop hands them over: the class itself or { default: class }.
    const classOf = <T>(module: unknown): T => (typeof module === 'function' ? module : (module as { default: T }).default) as T;
    const LZWStream = classOf<Decoder>(LZWStreamModule);
    const Stream = classOf<new (bytes: Uint8Array) => unknown>(StreamModule);
    const text = Buffer.from('Forvaltningen foreslår, at udvalget godkender lokalplanen. '.repeat(2000), 'utf8');
    for (const data of [lzwEncode(text), lzwEncode(Buffer.alloc(300_000))]) {
      const expected = Buffer.from(new LZWStream(new Stream(data), undefined, 1).decode());
      expect(await decodeBounded('LZWDecode', data, 1e9)).toEqual(expected);
    }
    expect(await decodeBounded('LZWDecode', lzwEncode(text), 1e9)).toEqual(text);
  });

  it('stops at the limit', async () => {
    expect(await decodeBounded('LZWDecode', lzwZeros(20), 10 * 1024 * 1024)).toBe('too_large');
  });
});
