import { createInflate } from 'node:zlib';

/**
 * The PDF stream filters, decoded only to learn how large their output gets, with a limit: as soon as
 * the output passes `limit` bytes the answer is 'too_large' and decoding stops. A damaged stream counts
 * what it produced before the damage (readers show that much too).
 */
export type Bounded = Buffer | 'too_large';

export const EXPANDING_FILTERS = new Set(['FlateDecode', 'LZWDecode', 'RunLengthDecode']);

/** Filters (with their abbreviations from inline images) that no reader inflates from a small input. */
const ALIASES: Record<string, string> = { Fl: 'FlateDecode', LZW: 'LZWDecode', RL: 'RunLengthDecode', AHx: 'ASCIIHexDecode', A85: 'ASCII85Decode' };
export const filterName = (name: string): string => ALIASES[name] ?? name;

/** One filter's output in memory, at most `limit` bytes; undefined for a filter this cannot decode (images: DCT, JBIG2, CCITT). */
export async function decodeBounded(filter: string, data: Buffer, limit: number, earlyChange = 1): Promise<Bounded | undefined> {
  switch (filter) {
    case 'FlateDecode':
      return inflateBounded(data, limit, true) as Promise<Bounded>;
    case 'LZWDecode':
      return lzw(data, earlyChange, limit, true) as Bounded;
    case 'RunLengthDecode':
      return runLength(data, limit, true) as Bounded;
    case 'ASCIIHexDecode':
      return asciiHex(data);
    case 'ASCII85Decode':
      return ascii85(data);
    default:
      return undefined;
  }
}

/** Whether the filter's output passes `limit`, counted without keeping it (constant memory). */
export async function outputExceeds(filter: string, data: Buffer, limit: number, earlyChange = 1): Promise<boolean> {
  if (filter === 'LZWDecode') return lzw(data, earlyChange, limit, false) === 'too_large';
  if (filter === 'RunLengthDecode') return runLength(data, limit, false) === 'too_large';
  if (filter !== 'FlateDecode') return false;
  return (await inflateBounded(data, limit, false)) === 'too_large';
}

/**
 * zlib's inflate as a stream, stopped once the output passes `limit`. On damage the output so far
 * counts: readers (pdf.js does not check the Adler-32 at the end) use what inflated before it.
 */
function inflateBounded(data: Buffer, limit: number, keep: boolean): Promise<Bounded | number> {
  return new Promise((resolve) => {
    const inflate = createInflate({ chunkSize: 256 * 1024 });
    const parts: Buffer[] = [];
    let total = 0;
    let settled = false;
    const settle = (result: Bounded | number) => {
      if (settled) return;
      settled = true;
      inflate.destroy();
      resolve(result);
    };
    const done = () => settle(keep ? Buffer.concat(parts) : total);
    inflate.on('data', (chunk: Buffer) => {
      total += chunk.length;
      if (total > limit) settle('too_large');
      else if (keep) parts.push(chunk);
    });
    inflate.on('end', done);
    inflate.on('error', done);
    inflate.end(data);
  });
}

/** LZW as PDF uses it (9–12 bit codes, 256 clear, 257 end), writing the output only when `keep` is set. */
function lzw(data: Buffer, earlyChange: number, limit: number, keep: boolean): Bounded | number {
  const prefix = new Int32Array(4096);
  const first = new Uint8Array(4096);
  const last = new Uint8Array(4096);
  const length = new Int32Array(4096);
  for (let c = 0; c < 256; c++) {
    first[c] = c;
    last[c] = c;
    length[c] = 1;
    prefix[c] = -1;
  }
  const out: Buffer[] = [];
  let total = 0;
  let codeLength = 9;
  let next = 258;
  let previous = -1;
  let bits = 0;
  let bitCount = 0;
  let at = 0;
  for (;;) {
    while (bitCount < codeLength && at < data.length) {
      bits = ((bits << 8) | data[at++]!) >>> 0;
      bitCount += 8;
    }
    if (bitCount < codeLength) break;
    const code = (bits >>> (bitCount - codeLength)) & ((1 << codeLength) - 1);
    bitCount -= codeLength;
    bits &= (1 << bitCount) - 1;
    if (code === 256) {
      codeLength = 9;
      next = 258;
      previous = -1;
      continue;
    }
    if (code === 257) break;
    let entry: number;
    if (code < 256 || (code >= 258 && code < next)) entry = code;
    else if (code === next && previous >= 0) entry = -2; // the entry being defined: previous + its own first byte
    else break;
    if (previous >= 0 && next < 4096) {
      prefix[next] = previous;
      first[next] = first[previous]!;
      last[next] = entry === -2 ? first[previous]! : first[entry]!;
      length[next] = length[previous]! + 1;
      if (entry === -2) entry = next;
      next++;
    }
    if (entry < 0) break;
    total += length[entry]!;
    if (total > limit) return 'too_large';
    if (keep) {
      const bytes = Buffer.allocUnsafe(length[entry]!);
      for (let c = entry, i = bytes.length - 1; c >= 0; c = prefix[c]!, i--) bytes[i] = last[c]!;
      out.push(bytes);
    }
    previous = entry;
    if (next + earlyChange >= 1 << codeLength && codeLength < 12) codeLength++;
  }
  return keep ? Buffer.concat(out) : total;
}

function runLength(data: Buffer, limit: number, keep: boolean): Bounded | number {
  const out: Buffer[] = [];
  let total = 0;
  for (let at = 0; at < data.length; ) {
    const n = data[at++]!;
    if (n === 128) break;
    const count = n < 128 ? n + 1 : 257 - n;
    total += count;
    if (total > limit) return 'too_large';
    if (keep) out.push(n < 128 ? data.subarray(at, at + count) : Buffer.alloc(count, data[at] ?? 0));
    at += n < 128 ? count : 1;
  }
  return keep ? Buffer.concat(out) : total;
}

function asciiHex(data: Buffer): Buffer {
  const text = data.toString('latin1');
  const end = text.indexOf('>');
  const digits = (end >= 0 ? text.slice(0, end) : text).replace(/[^0-9a-fA-F]/g, '');
  return Buffer.from(digits.length % 2 ? `${digits}0` : digits, 'hex');
}

function ascii85(data: Buffer): Buffer {
  const text = data.toString('latin1');
  const end = text.indexOf('~>');
  const body = (end >= 0 ? text.slice(0, end) : text).replace(/\s/g, '').replace(/^<~/, '');
  let zeros = 0;
  for (let i = body.indexOf('z'); i >= 0; i = body.indexOf('z', i + 1)) zeros++;
  const out = Buffer.alloc(Math.ceil((body.length * 4) / 5) + zeros * 4 + 4);
  let length = 0;
  let group: number[] = [];
  const flush = (count: number) => {
    while (group.length < 5) group.push(84);
    let value = 0;
    for (const digit of group) value = value * 85 + digit;
    for (let i = 0; i < count; i++) out[length++] = (value >>> (24 - 8 * i)) & 0xff;
    group = [];
  };
  for (const char of body) {
    if (char === 'z' && group.length === 0) {
      out.fill(0, length, length + 4);
      length += 4;
      continue;
    }
    const digit = char.charCodeAt(0) - 33;
    if (digit < 0 || digit > 84) continue;
    group.push(digit);
    if (group.length === 5) flush(4);
  }
  if (group.length > 1) flush(group.length - 1);
  return out.subarray(0, length);
}
