import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFStream, StandardFonts } from 'pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyPdfA2b } from '../../../electron/export/pdfa/make-pdfa';
import { findPdfAProblems } from '../../../electron/export/pdfa/find-pdfa-problems';
import { signPdf } from '../../../electron/export/sign/sign-pdf';
import { verifyPdf } from '../../../electron/export/sign/verify-pdf';
import { makeTestCerts, opensslAvailable, pdfsigAvailable, toolAvailable, type TestCerts } from '../../fixtures/certs/make-test-certs';
import { makeActiveContentPdf, makeFilledFormPdf, makeOrphanFieldPdf } from '../../fixtures/pdf/make-active-pdfs';
import { makeEncryptedPdf, makeSamplePdf, qpdfAvailable } from '../../fixtures/pdf/make-bad-pdfs';
import { pdfsig, signatureLines } from './sign-helpers';

const TITLE = 'Referat – Økonomiudvalget, Fjordby Kommune (æøå ÆØÅ)';
const CREATED = new Date('2025-01-24T14:00:00Z');
const MODIFIED = new Date('2025-01-25T09:15:30Z');
const hasPoppler = toolAvailable('pdfinfo', ['-v']);
const hasOpenssl = opensslAvailable();
if (!hasPoppler) console.log('pdfa.test: pdfinfo/pdffonts/pdfsig checks skipped, poppler-utils is not installed');
if (!hasOpenssl) console.log('pdfa.test: signing a PDF/A skipped, openssl is not installed');

/** A bilag from generateDocumentPdf (via makeSamplePdf), made PDF/A-2b. */
async function makePdfA(): Promise<Uint8Array> {
  const doc = await PDFDocument.load(await makeSamplePdf(2), { updateMetadata: false });
  await applyPdfA2b(doc, {
    title: TITLE,
    language: 'da',
    author: 'Fjordby Kommune – Udvalgssekretariatet',
    subject: 'Beslutningsprotokol',
    keywords: ['referat', 'økonomiudvalget'],
    created: CREATED,
    modified: MODIFIED,
  });
  return doc.save({ useObjectStreams: false });
}

describe('PDF/A-2b', () => {
  let dir: string;
  let pdfa: Uint8Array;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dagsorden-pdfa-'));
    pdfa = await makePdfA();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('gives the same bytes for the same input', async () => {
    expect(Buffer.from(await makePdfA()).equals(Buffer.from(pdfa))).toBe(true);
  });

  it('has XMP with pdfaid 2/B in sync with the Info dictionary (pdfjs)', async () => {
    const document = await getDocument({ data: new Uint8Array(pdfa), verbosity: 0, isEvalSupported: false }).promise;
    try {
      const { info, metadata } = await document.getMetadata();
      expect(metadata?.get('pdfaid:part')).toBe('2');
      expect(metadata?.get('pdfaid:conformance')).toBe('B');
      expect(metadata?.get('dc:title')).toBe(TITLE);
      expect(metadata?.get('dc:creator')).toEqual(['Fjordby Kommune – Udvalgssekretariatet']);
      expect(metadata?.get('pdf:producer')).toBe('Dagsorden');
      expect(metadata?.get('xmp:createdate')).toBe('2025-01-24T14:00:00Z');
      expect(metadata?.get('xmp:modifydate')).toBe('2025-01-25T09:15:30Z');
      expect(metadata?.get('xmpmm:documentid')).toMatch(/^uuid:[0-9a-f-]{36}$/);
      const infoRecord = info as Record<string, unknown>;
      expect(infoRecord.Title).toBe(TITLE);
      expect(infoRecord.Author).toBe('Fjordby Kommune – Udvalgssekretariatet');
      expect(infoRecord.Producer).toBe('Dagsorden');
      expect(infoRecord.CreationDate).toBe('D:20250124140000Z');
      expect(infoRecord.ModDate).toBe('D:20250125091530Z');
      expect(infoRecord.Keywords).toBe(metadata?.get('pdf:keywords'));
    } finally {
      await document.destroy();
    }
  });

  it('has an sRGB OutputIntent, /Lang and a trailer /ID of two equal 16-byte strings', async () => {
    const doc = await PDFDocument.load(pdfa, { updateMetadata: false });
    const intent = doc.catalog.lookup(PDFName.of('OutputIntents'), PDFArray).lookup(0, PDFDict);
    expect(intent.get(PDFName.of('S'))).toBe(PDFName.of('GTS_PDFA1'));
    const profile = intent.lookup(PDFName.of('DestOutputProfile'), PDFStream);
    expect(profile.dict.get(PDFName.of('N'))?.toString()).toBe('3');
    expect(doc.catalog.get(PDFName.of('Lang'))?.toString()).toBe('(da)');
    const id = doc.context.trailerInfo.ID as PDFArray;
    const [first, second] = [id.get(0), id.get(1)] as PDFHexString[];
    expect(first?.asString()).toMatch(/^[0-9a-f]{32}$/);
    expect(second?.asString()).toBe(first?.asString());
  });

  it.skipIf(!hasPoppler)('shows the metadata in pdfinfo and only embedded fonts in pdffonts', () => {
    const file = join(dir, 'pdfa.pdf');
    writeFileSync(file, pdfa);
    const info = execFileSync('pdfinfo', ['-isodates', file], { encoding: 'utf8' });
    expect(info).toContain(`Title:           ${TITLE}`);
    expect(info).toContain('Producer:        Dagsorden');
    expect(info).toContain('Metadata Stream: yes');
    expect(info).toMatch(/PDF version:\s+1\.7/);
    const meta = execFileSync('pdfinfo', ['-meta', file], { encoding: 'utf8' });
    expect(meta).toContain('<pdfaid:part>2</pdfaid:part>');
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' }).trim().split('\n').slice(2);
    expect(fonts.length).toBeGreaterThan(0);
    for (const line of fonts) expect(line.split(/\s+/).at(-5), line).toBe('yes');
  });

  describe.skipIf(!hasOpenssl)('signed after conversion', () => {
    let certs: TestCerts;
    beforeAll(async () => {
      certs = await makeTestCerts();
    }, 60_000);
    afterAll(() => certs?.cleanup());

    it('keeps the metadata and the signature is valid', async () => {
      const signed = await signPdf(pdfa, { p12: certs.p12, password: certs.password, reason: 'Arkivering', signingTime: MODIFIED });
      if (pdfsigAvailable()) {
        const report = pdfsig(signed, dir, certs.nssDir, 'pdfa-signed.pdf');
        console.log(signatureLines(report).join('\n'));
        expect(report).toContain('Signature is Valid.');
        expect(report).toContain('Total document signed');
      }
      expect((await verifyPdf(signed)).signatures[0]?.integrity).toBe('valid');
      const document = await getDocument({ data: new Uint8Array(signed), verbosity: 0, isEvalSupported: false }).promise;
      try {
        const { info, metadata } = await document.getMetadata();
        expect(metadata?.get('pdfaid:part')).toBe('2');
        expect((info as Record<string, unknown>).ModDate).toBe('D:20250125091530Z');
        expect((info as Record<string, unknown>).Producer).toBe('Dagsorden');
      } finally {
        await document.destroy();
      }
      const doc = await PDFDocument.load(signed, { updateMetadata: false });
      expect((doc.context.trailerInfo.ID as PDFArray).size()).toBe(2);
    });
  });
});

describe('findPdfAProblems', () => {
  it('finds nothing in a generated bilag with embedded fonts', async () => {
    expect(await findPdfAProblems(await makeSamplePdf(1), 'Høringssvar.pdf')).toEqual([]);
  });

  it('flags a font that is not embedded (standard Helvetica), naming the bilag', async () => {
    const doc = await PDFDocument.create({ updateMetadata: false });
    const font = await doc.embedFont(StandardFonts.Helvetica);
    doc.addPage().drawText('Budget 2026', { font, x: 50, y: 700 });
    const problems = await findPdfAProblems(await doc.save(), 'Budgetoverslag.pdf');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('Bilaget »Budgetoverslag.pdf«');
    expect(problems[0]).toContain('ikke er indlejret (Helvetica)');
  });

  it.skipIf(!qpdfAvailable())('flags an encrypted bilag', async () => {
    const problems = await findPdfAProblems(await makeEncryptedPdf({ userPassword: '' }), 'Kontrakt.pdf');
    expect(problems.some((p) => p.includes('Bilaget »Kontrakt.pdf« er krypteret'))).toBe(true);
  });

  it('does not refuse JavaScript, additional actions or attached files: the packet strips them when it copies the bilag', async () => {
    const doc = await PDFDocument.load(await makeSamplePdf(1), { updateMetadata: false });
    doc.catalog.set(PDFName.of('OpenAction'), doc.context.obj({ S: 'JavaScript', JS: PDFHexString.fromText('app.alert(1)') }));
    expect(await findPdfAProblems(await doc.save(), 'Skema.pdf')).toEqual([]);
    expect(await findPdfAProblems(await makeActiveContentPdf(), 'Ansøgning.pdf')).toEqual([]);
  });

  it('looks at a filled-in form as it is drawn into the packet: its appearance fonts count, and a value that cannot be drawn is reported', async () => {
    // pdf-lib's own form appearances use standard Helvetica, which is not embedded.
    expect(await findPdfAProblems(await makeFilledFormPdf(), 'Skema.pdf')).toEqual([expect.stringContaining('ikke er indlejret (Helvetica)')]);
    expect(await findPdfAProblems(await makeOrphanFieldPdf(), 'Beløb.pdf')).toEqual([
      expect.stringMatching(/^Bilaget »Beløb\.pdf« kan ikke bruges, fordi formularfeltet »beløb« er udfyldt/),
    ]);
  });
});
