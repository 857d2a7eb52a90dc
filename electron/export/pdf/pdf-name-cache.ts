import { PDFName } from 'pdf-lib';

let installed = false;

/**
 * PDFName.of runs a regular expression over every name it is given (to decode #xx escapes) before
 * it looks the name up in pdf-lib's pool of names; parsing a 1,000-page packet's bilag asks for
 * some 400,000 names, nearly all the same few hundred. This puts a lookup by the name as written
 * in front: the same PDFName instance comes back (pdf-lib compares names by identity), only the
 * first time a spelling is seen is it decoded. pdf-lib's pool keeps every name for the life of
 * the process anyway, so this holds nothing it would not.
 */
export function installPdfNameCache(): void {
  if (installed) return;
  installed = true;
  const decodeAndPool = PDFName.of.bind(PDFName);
  const bySpelling = new Map<string, PDFName>();
  PDFName.of = (name: string): PDFName => {
    let instance = bySpelling.get(name);
    if (instance === undefined) bySpelling.set(name, (instance = decodeAndPool(name)));
    return instance;
  };
}
