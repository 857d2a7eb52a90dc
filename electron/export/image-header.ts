/** What an image's header says about it, read before anything is decoded. */
export interface PngHeader {
  width: number;
  height: number;
  bitDepth: number;
  colourType: number;
  interlaced: boolean;
}

export interface JpegHeader {
  width: number;
  height: number;
  /** Horizontal and vertical sampling factor of each component. */
  components: { h: number; v: number }[];
  /** Offset of the first start-of-scan marker: the picture data follows it. */
  scanAt: number;
}

/** IHDR, which the PNG specification puts first, right after the signature; undefined when it is not there. */
export function readPngHeader(bytes: Uint8Array): PngHeader | undefined {
  if (bytes.length < 33) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const type = String.fromCharCode(...bytes.subarray(12, 16));
  if (view.getUint32(8) !== 13 || type !== 'IHDR') return undefined;
  return {
    width: view.getUint32(16),
    height: view.getUint32(20),
    bitDepth: bytes[24]!,
    colourType: bytes[25]!,
    interlaced: bytes[28] === 1,
  };
}

/** Start-of-frame markers: baseline, extended, progressive, lossless (Huffman and arithmetic coding). */
const SOF_MARKERS = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);
const START_OF_SCAN = 0xda;

/**
 * The frame header (SOFn) and where the picture data starts, found by walking the marker segments
 * from SOI; undefined when the file has no frame header before its first scan.
 */
export function readJpegHeader(bytes: Uint8Array): JpegHeader | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let frame: Omit<JpegHeader, 'scanAt'> | undefined;
  let at = 2; // after SOI
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff) return undefined;
    const marker = bytes[at + 1]!;
    if (marker === 0xff) {
      at += 1; // fill byte
      continue;
    }
    if (marker === START_OF_SCAN) return frame && { ...frame, scanAt: at };
    if ((marker >= 0xd0 && marker <= 0xd8) || marker === 0x01) {
      at += 2; // a marker without a segment
      continue;
    }
    const length = view.getUint16(at + 2);
    if (length < 2 || at + 2 + length > bytes.length) return undefined;
    if (SOF_MARKERS.has(marker)) {
      if (length < 8) return undefined;
      const count = bytes[at + 9]!;
      if (length < 8 + 3 * count) return undefined;
      const components = Array.from({ length: count }, (_, i) => {
        const sampling = bytes[at + 11 + 3 * i]!;
        return { h: sampling >> 4, v: sampling & 0x0f };
      });
      frame = { height: view.getUint16(at + 5), width: view.getUint16(at + 7), components };
    }
    at += 2 + length;
  }
  return undefined;
}

/**
 * Bytes jpeg-js will hold while it decodes: one 64-sample block per 8×8 of each component (a typed
 * array of its own, about 640 bytes with its object), plus the component lines and the output.
 */
export function estimateJpegDecodeBytes(header: JpegHeader): number {
  const maxH = Math.max(1, ...header.components.map((c) => c.h));
  const maxV = Math.max(1, ...header.components.map((c) => c.v));
  const mcusPerLine = Math.ceil(header.width / 8 / maxH);
  const mcusPerColumn = Math.ceil(header.height / 8 / maxV);
  let blocks = 0;
  for (const c of header.components) blocks += mcusPerLine * Math.max(1, c.h) * mcusPerColumn * Math.max(1, c.v);
  const BYTES_PER_BLOCK = 640;
  const linesAndOutput = header.width * header.height * 4;
  return blocks * BYTES_PER_BLOCK + linesAndOutput;
}

/** Bytes zlib must produce for a non-interlaced or an Adam7-interlaced PNG (each row has a filter byte). */
export function expectedPngDataBytes(header: PngHeader): number {
  const channels = ({ 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 } as Record<number, number>)[header.colourType] ?? 4;
  const bitsPerPixel = channels * header.bitDepth;
  const rowBytes = (width: number) => (width === 0 ? 0 : Math.ceil((width * bitsPerPixel) / 8) + 1);
  if (!header.interlaced) return rowBytes(header.width) * header.height;
  const passes = [[0, 0, 8, 8], [4, 0, 8, 8], [0, 4, 4, 8], [2, 0, 4, 4], [0, 2, 2, 4], [1, 0, 2, 2], [0, 1, 1, 2]] as const;
  let total = 0;
  for (const [x0, y0, dx, dy] of passes) {
    const width = Math.ceil(Math.max(0, header.width - x0) / dx);
    const height = Math.ceil(Math.max(0, header.height - y0) / dy);
    if (width > 0 && height > 0) total += rowBytes(width) * height;
  }
  return total;
}
