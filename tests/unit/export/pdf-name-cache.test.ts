import { PDFDocument, PDFName } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { installPdfNameCache } from '../../../electron/export/pdf/pdf-name-cache';

describe('the PDFName lookup by spelling', () => {
  it('returns the very instance pdf-lib pools, also for escaped spellings, and parsed documents still compare names by identity', async () => {
    installPdfNameCache();
    installPdfNameCache();
    expect(PDFName.of('Type')).toBe(PDFName.Type);
    expect(PDFName.of('Fj#C6rde#20Plads')).toBe(PDFName.of('Fj\u00c6rde Plads'));
    expect(PDFName.of('Fj#C6rde#20Plads').asString()).toBe('/Fj#C6rde#20Plads');
    const made = await PDFDocument.create();
    made.addPage().node.set(PDFName.of('Dg#20Navn'), PDFName.of('V#E6rdi'));
    const parsed = await PDFDocument.load(await made.save());
    expect(parsed.getPage(0).node.get(PDFName.of('Dg Navn'))).toBe(PDFName.of('V\u00e6rdi'));
  });
});
