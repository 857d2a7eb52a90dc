import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/** The bundled TrueType fonts (DejaVu, see resources/fonts/LICENSE-DejaVu.txt). */
export type FontName =
  | 'DejaVuSans'
  | 'DejaVuSans-Bold'
  | 'DejaVuSans-Oblique'
  | 'DejaVuSans-BoldOblique'
  | 'DejaVuSerif'
  | 'DejaVuSerif-Bold';

/**
 * resources/fonts, found relative to this source file so it works the same under tsx and vitest.
 * A packaged build that moves resources elsewhere must change this one place.
 */
const fontsDirectoryUrl = new URL('../../../resources/fonts/', import.meta.url);

export function fontPath(name: FontName): string {
  return fileURLToPath(new URL(`${name}.ttf`, fontsDirectoryUrl));
}

const cache = new Map<FontName, Promise<Uint8Array>>();

/** The font file's bytes, read once per process. */
export function readFontBytes(name: FontName): Promise<Uint8Array> {
  let bytes = cache.get(name);
  if (!bytes) {
    bytes = readFile(fontPath(name)).then((buffer) => new Uint8Array(buffer));
    bytes.catch(() => cache.delete(name));
    cache.set(name, bytes);
  }
  return bytes;
}
