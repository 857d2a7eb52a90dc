import fontkit from '@pdf-lib/fontkit';
import type { PDFDocument } from 'pdf-lib';

type Fontkit = Parameters<PDFDocument['registerFontkit']>[0];

const parsed = new WeakMap<Uint8Array, ReturnType<Fontkit['create']>>();

/**
 * fontkit with each font file parsed once per process, for doc.registerFontkit. Every export
 * embeds the same DejaVu files (readFontBytes hands out one Uint8Array per font), and parsing
 * one cost ~30 ms per export; a parsed font is reusable, since each embedding makes its own subset.
 */
export const sharedFontkit: Fontkit = {
  create(bytes, postscriptName) {
    if (postscriptName !== undefined) return fontkit.create(bytes, postscriptName);
    let font = parsed.get(bytes);
    if (!font) parsed.set(bytes, (font = fontkit.create(bytes)));
    return font;
  },
};
