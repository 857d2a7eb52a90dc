import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterAll, describe, expect, it } from 'vitest';
import { packetFontCss } from '../../../electron/export/html/packet-css';
import { printedPageText } from '../../../electron/export/html/printed-characters';
import { createChromiumPrinter, systemChromiumAvailable } from '../../../electron/export/printer/chromium-printer';

const chromium = systemChromiumAvailable();
if (!chromium) console.log('printed-characters.test.ts skipped: /usr/bin/chromium is missing.');

const page = (body: string) => `<!DOCTYPE html><html lang="da"><head><meta charset="utf-8"><title>Prøvetryk</title>
<style>${packetFontCss()} body{font-family:'Packet Serif'} h2{font-family:'Packet Sans'} .caps{text-transform:uppercase} table{border-collapse:collapse} td{border:1px solid}</style></head><body>${body}</body></html>`;

/** Letters and digits, case-folded and sorted: what the printed-text check compares. */
const letters = (text: string) => (text.normalize('NFKC').toLowerCase().match(/[\p{Script=Latin}\p{Nd}]/gu) ?? []).sort().join('');

describe.skipIf(!chromium)('reading Chromium’s printed text from the content streams', () => {
  const printer = createChromiumPrinter();
  afterAll(() => printer.close());

  it('finds on every page the letters and digits pdf.js finds: æøå, bold, italics, capitals, ligatures, tables, several pages', async () => {
    const paragraph = 'Udvalget godkendte effektiviseringen af affaldsområdet; fiskeriet og Ærøs fjernvarme (7.462.000 kr.) – § 14, ½ m². ';
    const body = [
      '<h2>Punkt 1. Godkendelse af dagsorden</h2>',
      `<p>${paragraph.repeat(40)}</p>`,
      '<p><b>Fed tekst: Blåbærgrød</b> <i>kursiv: Øresund</i> <span class="caps">versaler: æblegrød</span></p>',
      '<table><tr><td>Kolonne 1</td><td>Beløb 12.345 kr.</td></tr><tr><td>Ålborg</td><td>Sønderborg</td></tr></table>',
      `<h2>Punkt 2. Økonomi</h2><p>${paragraph.repeat(60)}</p>`,
    ].join('');
    const bytes = await printer.print(page(body), { title: 'Prøvetryk' });
    const parsed = await PDFDocument.load(bytes);
    const pdf = await pdfjs.getDocument({ data: bytes.slice(), useSystemFonts: false, isEvalSupported: false, disableFontFace: true }).promise;
    expect(pdf.numPages).toBeGreaterThan(2);
    const fonts = new Map();
    for (let index = 0; index < pdf.numPages; index++) {
      const content = await (await pdf.getPage(index + 1)).getTextContent();
      const byPdfJs = content.items.map((item) => ('str' in item ? item.str : '')).join(' ');
      const read = printedPageText(parsed, index, fonts);
      expect(read, `page ${index + 1}`).toBeDefined();
      expect(letters(read!), `page ${index + 1}`).toBe(letters(byPdfJs));
    }
    await pdf.destroy();
  }, 60_000);

  it('gives up on a page it cannot read (a font without ToUnicode, an inline image), so pdf.js decides', async () => {
    const doc = await PDFDocument.create();
    const helvetica = await doc.embedFont(StandardFonts.Helvetica);
    doc.addPage().drawText('Blåbærgrød', { font: helvetica, x: 50, y: 700 });
    const withImage = doc.addPage();
    withImage.node.addContentStream(doc.context.register(doc.context.stream('q 10 0 0 10 0 0 cm BI /W 1 /H 1 /CS /G /BPC 8 ID x EI Q')));
    expect(printedPageText(doc, 0, new Map())).toBeUndefined();
    expect(printedPageText(doc, 1, new Map())).toBeUndefined();
  });
});
