import { createHash } from 'node:crypto';
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { generateDocumentPdf, type DocumentPdfSpec } from '../../../electron/export/pdf/generate-document-pdf';
import { extractPdfText } from '../../../electron/services/attachments/extract-pdf-text';

const spec: DocumentPdfSpec = {
  title: 'Budgetopfølgning 2025 – Økonomiudvalget',
  subtitle: 'Bilag 1 til punkt 4, mødet den 24. januar 2025',
  paragraphs: [
    '# Økonomi',
    'Der forventes et merforbrug på 0,6 mio. kr. på ældreområdet. “Særlige forhold” gør sig gældende jf. § 17, stk. 4; arealet er ½ hektar (5.000 m²) og EU-tilskuddet 12.000\u00a0€ (no-break space).',
    'Kørsel til og fra dagcentrene steg med 1,3 pct., og Søren Ærø (Ø) bad om en redegørelse til næste møde.',
  ],
  table: {
    header: ['Område', 'Budget', 'Forbrug'],
    rows: Array.from({ length: 12 }, (_, index) => [`Område ${index + 1} – hjemmepleje`, '7.462.000 kr.', '7.100.000 kr.']),
  },
  minPages: 3,
};

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

async function text(bytes: Uint8Array): Promise<string> {
  const result = await extractPdfText(bytes);
  if (!result.ok) throw new Error(`pdf.js could not read the document: ${result.reason}`);
  return result.text;
}

describe('generateDocumentPdf', () => {
  it('gives the same bytes for the same spec', async () => {
    const first = await generateDocumentPdf(spec);
    const second = await generateDocumentPdf(spec);
    expect(sha256(second)).toBe(sha256(first));
  });

  it('reaches minPages, numbers the pages "Side N af M" and repeats the title as header', async () => {
    const bytes = await generateDocumentPdf(spec);
    const doc = await PDFDocument.load(bytes);
    expect(doc.getPageCount()).toBe(3);
    const content = await text(bytes);
    for (const footer of ['Side 1 af 3', 'Side 2 af 3', 'Side 3 af 3']) expect(content).toContain(footer);
    expect(content.split('Budgetopfølgning 2025 – Økonomiudvalget').length - 1).toBeGreaterThanOrEqual(4);
  });

  it('renders Danish letters and typographic characters as text', async () => {
    const content = await text(await generateDocumentPdf(spec));
    for (const fragment of ['ældreområdet', 'Søren Ærø (Ø)', '“Særlige forhold”', '§ 17', '½ hektar', '5.000 m²', '12.000 €', 'Område 12 – hjemmepleje', '7.462.000 kr.']) {
      expect(content).toContain(fragment);
    }
  });

  it('embeds its fonts and sets title, language and fixed producer metadata', async () => {
    const doc = await PDFDocument.load(await generateDocumentPdf(spec), { updateMetadata: false });
    expect(doc.getTitle()).toBe(spec.title);
    expect(doc.getProducer()).toBe('Dagsorden');
    expect(doc.getCreator()).toBe('Dagsorden');
    expect(doc.getCreationDate()?.toISOString()).toBe('2000-01-01T00:00:00.000Z');
    expect(doc.catalog.lookup(PDFName.of('Lang'), PDFString).decodeText()).toBe('da');
  });

  it('makes landscape pages on request and a single page by default', async () => {
    const doc = await PDFDocument.load(await generateDocumentPdf({ title: 'Kort', paragraphs: ['Én linje.'], pageSize: 'A4-landscape' }));
    expect(doc.getPageCount()).toBe(1);
    const { width, height } = doc.getPage(0).getSize();
    expect(width).toBeGreaterThan(height);
  });

  it('adds blank numbered pages when there are no paragraphs to repeat', async () => {
    const bytes = await generateDocumentPdf({ title: 'Tom skabelon', paragraphs: [], minPages: 2 });
    expect((await PDFDocument.load(bytes)).getPageCount()).toBe(2);
    expect(await text(bytes)).toContain('Side 2 af 2');
  });
});
