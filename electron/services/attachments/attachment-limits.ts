/**
 * How much one bilag may ask of the process while it is checked. Together they keep a single upload or
 * import below 1 GB of memory (tests/unit/hostile/intake-memory.test.ts measures it).
 */

/** The largest bilag file taken (upload, desktop picker, meeting.json import). */
export const MAX_ATTACHMENT_BYTES = 300 * 1024 * 1024;

/** Pixels an image may have: pngjs needs about 10 bytes per pixel while it decodes. */
export const MAX_IMAGE_PIXELS = 50_000_000;

/**
 * Memory jpeg-js may use for one JPEG: it keeps every 8×8 block as its own typed array (about 640 bytes
 * each) until the picture is complete, so a 4:4:4 JPEG needs about 34 bytes per pixel, a 4:2:0 one 19.
 */
export const MAX_JPEG_DECODE_BYTES = 600 * 1024 * 1024;

/**
 * The most a Flate stream of a PDF may inflate to. pdf-lib (object streams) and pdf.js (page content,
 * fonts) inflate whole streams into memory; images and embedded files are never inflated while a PDF is
 * checked, so a larger size is allowed there (the largest sane scan: 300 megapixel RGB).
 */
export const MAX_INFLATED_STREAM_BYTES = 100 * 1024 * 1024;
export const MAX_INFLATED_IMAGE_BYTES = 1024 * 1024 * 1024;

/**
 * How long a check may take before the worker is stopped: a base (the worker may have to start and load
 * pdf-lib and pdf.js first) plus an allowance per MB. A valid 200 MB PDF takes 2–6 s; it is given 130 s.
 */
export const INSPECT_TIME_BASE_MS = 30_000;
export const INSPECT_TIME_PER_MB_MS = 500;

export function inspectTimeLimitMs(byteLength: number): number {
  return INSPECT_TIME_BASE_MS + Math.ceil((byteLength / (1024 * 1024)) * INSPECT_TIME_PER_MB_MS);
}
