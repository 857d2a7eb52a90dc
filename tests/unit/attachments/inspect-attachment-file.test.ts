import { createHash } from 'node:crypto';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { inspectAttachmentFile } from '../../../electron/services/attachments/inspect-attachment-file';
import {
  makeCropBoxPdf,
  makeInternalLinkPdf,
  makeLeadingJunkPdf,
  makeRotatedPdf,
  makeSamplePdf,
} from '../../fixtures/pdf/make-bad-pdfs';
import { TINY_LANDSCAPE_JPEG, makePng } from '../../fixtures/pdf/tiny-images';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('inspectAttachmentFile: PDFs', () => {
  it('accepts a three-page PDF, keeps its bytes and extracts its Danish text intact', async () => {
    const bytes = await makeSamplePdf(3);
    const result = await inspectAttachmentFile(bytes, 'høringssvar.pdf');

    expect(result.mediaType).toBe('application/pdf');
    expect(result.originalMediaType).toBe('application/pdf');
    expect(result.pageCount).toBe(3);
    expect(result.pdfBytes).toBe(bytes);
    expect(result.sha256).toBe(sha256(bytes));
    expect(result.sha256).toMatch(/^[0-9a-f]{64}$/);
    for (const word of ['Østergårdsvej', 'Miljøudvalgets', 'grønne fællesarealer', 'bør afvente', '12.500 m²', '½', '§ 15', '“trafikken', '1.000.000 €', 'lokalplanen – se']) {
      expect(result.text).toContain(word);
    }
    expect(result.text).toContain('Side 3 af 3');
    expect(result.text).not.toMatch(/[ \t]{2,}|\n{3,}|\u00a0/);
  });

  it('does not detach or alter the caller’s buffer (pdf.js gets a copy)', async () => {
    const bytes = await makeSamplePdf(2);
    const before = sha256(bytes);
    await inspectAttachmentFile(bytes, 'a.pdf');
    expect(bytes.byteLength).toBeGreaterThan(0);
    expect(sha256(bytes)).toBe(before);
  });

  it.each([
    ['rotated 90°', makeRotatedPdf],
    ['with a CropBox off the origin', makeCropBoxPdf],
    ['with an internal link to page 2', makeInternalLinkPdf],
    ['behind 200 bytes of leading junk', makeLeadingJunkPdf],
  ])('accepts a PDF %s', async (_label, make) => {
    const bytes = await make();
    const result = await inspectAttachmentFile(bytes, 'bilag.pdf');
    expect(result.pageCount).toBe(3);
    expect(result.pdfBytes).toBe(bytes);
    expect(result.text).toContain('Østergårdsvej');
  });
});

describe('inspectAttachmentFile: images', () => {
  it('wraps a portrait PNG in a one-page portrait A4 PDF', async () => {
    const png = makePng(30, 60);
    const result = await inspectAttachmentFile(png, 'kort.png');

    expect(result.originalMediaType).toBe('image/png');
    expect(result.mediaType).toBe('application/pdf');
    expect(result.pageCount).toBe(1);
    expect(result.text).toBe('');
    expect(result.sha256).toBe(sha256(result.pdfBytes));
    const doc = await PDFDocument.load(result.pdfBytes);
    expect(doc.getPageCount()).toBe(1);
    const { width, height } = doc.getPage(0).getSize();
    expect([Math.round(width), Math.round(height)]).toEqual([595, 842]);
  });

  it('wraps a landscape JPEG in a one-page landscape A4 PDF', async () => {
    const result = await inspectAttachmentFile(TINY_LANDSCAPE_JPEG, 'foto.jpg');

    expect(result.originalMediaType).toBe('image/jpeg');
    expect(result.pageCount).toBe(1);
    const doc = await PDFDocument.load(result.pdfBytes);
    const { width, height } = doc.getPage(0).getSize();
    expect([Math.round(width), Math.round(height)]).toEqual([842, 595]);
  });

  it('detects the type by content, not by the file name', async () => {
    const result = await inspectAttachmentFile(makePng(4, 4), 'scanning.pdf');
    expect(result.originalMediaType).toBe('image/png');
  });

  it('gives the same PDF for the same image, whatever the file is called', async () => {
    const png = makePng(20, 10);
    const first = await inspectAttachmentFile(png, 'a.png');
    const second = await inspectAttachmentFile(png, 'b.png');
    expect(second.sha256).toBe(first.sha256);
  });

  it('scales a large image down to fit within the margins', async () => {
    const result = await inspectAttachmentFile(makePng(2000, 1000), 'stor.png');
    const doc = await PDFDocument.load(result.pdfBytes);
    expect(Math.round(doc.getPage(0).getWidth())).toBe(842);
  });
});
