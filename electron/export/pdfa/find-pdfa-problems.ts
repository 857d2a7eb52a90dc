import { PDFArray, PDFDict, PDFDocument, PDFName, PDFStream, type PDFObject } from 'pdf-lib';
import { flattenFormWidgets, FormFlattenRefusal } from '../packet/flatten-form-widgets';
import { scanActiveContent } from '../packet/scan-active-content';
import { stripActiveContent } from '../packet/strip-active-content';
import { classifyPdfLoadError } from '../pdf/pdf-errors';

/**
 * What in a bilag would break PDF/A-2b once it is merged into the packet, in Danish and naming the
 * bilag, so the secretary hears about it before the export starts: fonts that are not embedded and
 * encryption. Transparency groups are allowed in PDF/A-2 and are not reported. JavaScript, additional
 * actions, attached files and the like are not reported either: the packet strips them when it copies
 * the bilag, so the check looks at the bilag as it will be merged (cleaned and its form drawn into the
 * page by the same code) and reports a form the export would refuse.
 * An empty list means nothing was found (it is a pre-check, not a full validator).
 */
export async function findPdfAProblems(bytes: Uint8Array, name: string): Promise<string[]> {
  const problems: string[] = [];
  const label = `Bilaget »${name}«`;
  let doc: PDFDocument;
  try {
    doc = await PDFDocument.load(bytes, { updateMetadata: false });
  } catch (error) {
    const kind = classifyPdfLoadError(error);
    if (kind !== 'encrypted') {
      return [`${label} kan ikke læses som PDF (${kind === 'not_pdf' ? 'det er ikke en PDF-fil' : 'filen er beskadiget'}), så det kan ikke indgå i en PDF/A-fil.`];
    }
    problems.push(`${label} er krypteret (beskyttet med adgangskode eller rettigheder). Det er ikke tilladt i PDF/A: gem bilaget uden kryptering.`);
    try {
      doc = await PDFDocument.load(bytes, { updateMetadata: false, ignoreEncryption: true });
    } catch {
      return problems;
    }
  }

  try {
    const scan = scanActiveContent(doc);
    try {
      await flattenFormWidgets(doc, scan);
    } catch (error) {
      if (!(error instanceof FormFlattenRefusal)) throw error;
      problems.push(`${label} kan ikke bruges, fordi ${error.reason}.`);
    }
    stripActiveContent(doc, scan);
    const missing = fontsNotEmbedded(doc);
    if (missing.length > 0) {
      const shown = missing.slice(0, 5).join(', ') + (missing.length > 5 ? ` og ${missing.length - 5} flere` : '');
      problems.push(`${label} bruger skrifttyper, der ikke er indlejret (${shown}). Det er ikke tilladt i PDF/A: gem eller udskriv bilaget til PDF igen med indlejrede skrifttyper.`);
    }
  } catch {
    // An encrypted file's object streams cannot be read without decrypting: encryption is reported already.
    if (problems.length === 0) problems.push(`${label} kan ikke undersøges for PDF/A: filens indre struktur kan ikke læses.`);
  }
  return problems;
}

/** Base font names of every font used on a page, in a form XObject or in an annotation appearance without its program embedded. */
function fontsNotEmbedded(doc: PDFDocument): string[] {
  const missing = new Set<string>();
  const visitedResources = new Set<PDFObject>();
  const visitedFonts = new Set<PDFObject>();

  const checkResources = (resources: PDFDict | undefined) => {
    if (!resources || visitedResources.has(resources)) return;
    visitedResources.add(resources);
    const fonts = resources.lookupMaybe(PDFName.of('Font'), PDFDict);
    for (const [, value] of fonts?.entries() ?? []) {
      const font = doc.context.lookup(value);
      if (font instanceof PDFDict && !visitedFonts.has(font)) {
        visitedFonts.add(font);
        const problem = fontProblem(font);
        if (problem) missing.add(problem);
        // Type3 glyph procedures have resources of their own.
        checkResources(font.lookupMaybe(PDFName.of('Resources'), PDFDict));
      }
    }
    const xObjects = resources.lookupMaybe(PDFName.of('XObject'), PDFDict);
    for (const [, value] of xObjects?.entries() ?? []) {
      const xObject = doc.context.lookup(value);
      if (xObject instanceof PDFStream && xObject.dict.lookupMaybe(PDFName.of('Subtype'), PDFName) === PDFName.of('Form')) {
        checkResources(xObject.dict.lookupMaybe(PDFName.of('Resources'), PDFDict));
      }
    }
  };

  for (const page of doc.getPages()) {
    const resources = page.node.Resources();
    checkResources(resources);
    const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
    for (let index = 0; index < (annots?.size() ?? 0); index++) {
      const appearance = annots?.lookupMaybe(index, PDFDict)?.lookupMaybe(PDFName.of('AP'), PDFDict);
      for (const [, value] of appearance?.entries() ?? []) {
        const streams = doc.context.lookup(value);
        const candidates = streams instanceof PDFDict ? streams.entries().map(([, v]) => doc.context.lookup(v)) : [streams];
        for (const stream of candidates) if (stream instanceof PDFStream) checkResources(stream.dict.lookupMaybe(PDFName.of('Resources'), PDFDict));
      }
    }
  }
  return [...missing].sort();
}

function fontProblem(font: PDFDict): string | undefined {
  const subtype = font.lookupMaybe(PDFName.of('Subtype'), PDFName)?.decodeText();
  const baseFont = font.lookupMaybe(PDFName.of('BaseFont'), PDFName)?.decodeText() ?? 'uden navn';
  if (subtype === 'Type3') return undefined;
  let descriptorOwner: PDFDict | undefined = font;
  if (subtype === 'Type0') {
    descriptorOwner = font.lookupMaybe(PDFName.of('DescendantFonts'), PDFArray)?.lookupMaybe(0, PDFDict);
  }
  const descriptor = descriptorOwner?.lookupMaybe(PDFName.of('FontDescriptor'), PDFDict);
  const embedded = ['FontFile', 'FontFile2', 'FontFile3'].some((key) => descriptor?.has(PDFName.of(key)));
  return embedded ? undefined : baseFont.replace(/^[A-Z]{6}\+/, '');
}
