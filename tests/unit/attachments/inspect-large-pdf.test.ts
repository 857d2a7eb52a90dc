import { PDFDocument } from 'pdf-lib';
import { expect, it } from 'vitest';
import { inspectAttachmentFile } from '../../../electron/services/attachments/inspect-attachment-file';
import { MAX_EXTRACTED_TEXT_LENGTH } from '../../../electron/services/attachments/extract-pdf-text';
import { generateDocumentPdf } from '../../../electron/export/pdf/generate-document-pdf';

/** 1000 dense pages: ten generated pages copied a hundred times (generating 1000 takes ~11 s). */
async function makeThousandPagePdf(): Promise<Uint8Array> {
  const source = await PDFDocument.load(
    await generateDocumentPdf({
      title: 'Kommuneplan 2025 – samlet redegørelse',
      paragraphs: [
        'Kommunalbestyrelsen har vedtaget en strategi for bæredygtig byudvikling. Økonomiudvalget følger op på målene én gang årligt, og forvaltningen udarbejder en status på de enkelte indsatsområder.',
        'Tilskuddet udgør 1.250.000 kr., og arealet omfatter ca. 4.500 m² jf. § 11 a. Særlige forhold: “grønne kiler” og ½ af parkeringsnormen.',
      ],
      minPages: 10,
    }),
  );
  const target = await PDFDocument.create();
  const indices = Array.from({ length: 1000 }, (_, index) => index % source.getPageCount());
  for (const page of await target.copyPages(source, indices)) target.addPage(page);
  return target.save();
}

it('inspects a 1000-page PDF within seconds and caps the extracted text', async () => {
  const bytes = await makeThousandPagePdf();
  const started = performance.now();
  const result = await inspectAttachmentFile(bytes, 'kommuneplan.pdf');
  const elapsed = performance.now() - started;
  console.info(`inspectAttachmentFile: 1000 pages, ${(bytes.length / 1e6).toFixed(1)} MB in ${Math.round(elapsed)} ms`);

  expect(result.pageCount).toBe(1000);
  expect(result.text.length).toBe(MAX_EXTRACTED_TEXT_LENGTH);
  expect(result.text).toContain('bæredygtig byudvikling');
  expect(elapsed).toBeLessThan(20_000); // generous for slow CI; a laptop takes about 3 s
}, 60_000);
