import { MAX_INFLATED_IMAGE_BYTES, MAX_INFLATED_STREAM_BYTES } from './attachment-limits';
import { EXPANDING_FILTERS, decodeBounded, filterName, outputExceeds } from './pdf-stream-filters';

/** How far back from `stream` the stream's dictionary is looked for. */
const DICTIONARY_WINDOW = 64 * 1024;
/** Deflate cannot expand more than about 1032:1; LZW about 2,700:1 (12-bit codes for strings of up to 4,096 bytes). */
const MAX_RATIO = 2800;

export interface StreamBomb {
  /** The limit the stream's output passed, in bytes. */
  limit: number;
}

/**
 * Finds a compressed stream that inflates beyond what any real bilag holds (a compression bomb),
 * before pdf-lib or pdf.js sees the file: both inflate whole streams into memory (pdf-lib the
 * object streams while it loads, pdf.js the page content while it extracts text), and a 2 MB
 * stream of zeros inflates to 2 GB. The raw bytes are scanned for `stream` keywords, so a stream is
 * found wherever it is, whatever the cross-reference table says. Each filter chain is followed:
 * text filters (ASCIIHex, ASCII85) and all but the last expanding filter are decoded in memory up
 * to the limit, the last is only counted.
 */
export async function findStreamBomb(bytes: Uint8Array): Promise<StreamBomb | undefined> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let from = 0; ; ) {
    const keyword = buffer.indexOf('stream', from, 'latin1');
    if (keyword < 0) return undefined;
    from = keyword + 6;
    if (keyword >= 3 && buffer.toString('latin1', keyword - 3, keyword) === 'end') continue;
    const eol = buffer[keyword + 6];
    if (eol !== 0x0a && eol !== 0x0d) continue;
    const start = keyword + 6 + (eol === 0x0d && buffer[keyword + 7] === 0x0a ? 2 : 1);
    const endAt = buffer.indexOf('endstream', start, 'latin1');
    const end = endAt < 0 ? buffer.length : endAt;
    from = end;

    const objectAt = buffer.lastIndexOf('obj', keyword, 'latin1');
    const dictionary = buffer.toString('latin1', Math.max(objectAt + 3, keyword - DICTIONARY_WINDOW, 0), keyword);
    const filters = filtersOf(dictionary);
    if (!filters.some((f) => EXPANDING_FILTERS.has(f))) continue;
    // Readers never inflate images or embedded files while a PDF is read for text; those may be larger.
    const limit = /\/Subtype\s*\/Image\b|\/Type\s*\/EmbeddedFile\b/.test(dictionary) ? MAX_INFLATED_IMAGE_BYTES : MAX_INFLATED_STREAM_BYTES;
    if (await exceeds(buffer.subarray(start, end), filters, earlyChangeOf(dictionary), limit)) return { limit };
  }
}

async function exceeds(data: Buffer, filters: string[], earlyChange: number, limit: number): Promise<boolean> {
  const lastExpanding = filters.findLastIndex((f) => EXPANDING_FILTERS.has(f));
  let current = data;
  for (let i = 0; i < lastExpanding; i++) {
    const decoded = await decodeBounded(filters[i]!, current, MAX_INFLATED_STREAM_BYTES, earlyChange);
    if (decoded === 'too_large') return true;
    if (decoded === undefined) return false; // an image filter (DCT, JBIG2…) before the expanding one: nothing a reader would inflate
    current = decoded;
  }
  if (current.length * MAX_RATIO <= limit) return false;
  return outputExceeds(filters[lastExpanding]!, current, limit, earlyChange);
}

/** `/Filter /FlateDecode` or `/Filter [/ASCII85Decode /FlateDecode]`, as names without the slash. */
function filtersOf(dictionary: string): string[] {
  const match = /\/Filter\s*(?:\[([^\]]*)\]|\/([^\s/[\]<>()]+)|(\d+\s+\d+\s+R))/.exec(dictionary);
  if (!match) return [];
  // A filter given by reference is not resolved here: the data is tried as Flate (anything else fails at once).
  if (match[3] !== undefined) return ['FlateDecode'];
  const names = match[1] !== undefined ? [...match[1].matchAll(/\/([^\s/[\]<>()]+)/g)].map((m) => m[1]!) : [match[2]!];
  return names.map((name) => filterName(name.replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))));
}

function earlyChangeOf(dictionary: string): number {
  const match = /\/EarlyChange\s+(\d)/.exec(dictionary);
  return match ? Number(match[1]) : 1;
}
