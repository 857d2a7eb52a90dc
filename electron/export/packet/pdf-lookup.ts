import type { PDFDict, PDFName } from 'pdf-lib';

/** pdf-lib's lookupMaybe throws on a type mismatch; a bilag may hold anything, so check softly. */
type PdfClass<T> = { prototype: T };

export function asType<T>(value: unknown, type: PdfClass<T>): T | undefined {
  return value instanceof (type as unknown as new () => T) ? value : undefined;
}

export function lookupAs<T>(dict: PDFDict, key: PDFName, type: PdfClass<T>): T | undefined {
  try {
    return asType(dict.lookup(key), type);
  } catch {
    return undefined;
  }
}
