import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isUserError } from '../../../shared/api/envelope';
import { generateDocumentPdf } from '../../../electron/export/pdf/generate-document-pdf';
import { signPdf } from '../../../electron/export/sign/sign-pdf';
import { verifyPdf } from '../../../electron/export/sign/verify-pdf';
import { makeTestCerts, opensslAvailable, pdfsigAvailable, type TestCerts } from '../../fixtures/certs/make-test-certs';
import { runCli } from '../../helpers/run-cli';
import { appendIncrementalUpdate, flipByteInContentStream, pdfsig, signatureLines } from './sign-helpers';

const hasOpenssl = opensslAvailable();
const hasPdfsig = pdfsigAvailable();
if (!hasOpenssl) console.log('sign.test: skipped, openssl is not installed (apt-get install openssl)');
if (!hasPdfsig) console.log('sign.test: pdfsig checks skipped, poppler-utils is not installed');

describe.skipIf(!hasOpenssl)('PAdES signature', () => {
  let certs: TestCerts;
  let dir: string;
  let pdf: Uint8Array;
  let signed: Uint8Array;
  const signingTime = new Date('2025-01-24T14:30:00Z');

  beforeAll(async () => {
    certs = await makeTestCerts();
    dir = mkdtempSync(join(tmpdir(), 'dagsorden-sign-'));
    pdf = await generateDocumentPdf({
      title: 'Referat – Økonomiudvalget den 24. januar 2025',
      paragraphs: ['# Godkendelse af dagsorden', 'Godkendt. Søren Ærø (A) var fraværende.', '# Budget 2026', 'Anbefalet – “med de ændringer, der fremgår af bilag 2”.'],
    });
    signed = await signPdf(pdf, {
      p12: certs.p12,
      password: certs.password,
      p12FileName: certs.p12Path,
      reason: 'Godkendelse af referat – “endelig”',
      name: 'Sekretær Åse Ærø',
      location: 'Fjordby Rådhus',
      signingTime,
    });
  }, 60_000);
  afterAll(async () => {
    await certs?.cleanup();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it.skipIf(!hasPdfsig)('is valid for pdfsig (Poppler/NSS) and covers the whole document', () => {
    const report = pdfsig(signed, dir, certs.nssDir);
    console.log(signatureLines(report).join('\n'));
    expect(report).toContain('Signature is Valid.');
    expect(report).toContain('Total document signed');
    expect(report).toContain('Sekretær Åse Ærø');
    expect(report).toContain('ETSI.CAdES.detached');
    if (certs.nssDir) expect(report).toContain('Certificate is Trusted.');
  });

  it('is valid for verifyPdf, with signer, issuer and time', async () => {
    const report = await verifyPdf(signed);
    expect(report.signed).toBe(true);
    expect(report.signatures).toHaveLength(1);
    expect(report.signatures[0]).toMatchObject({
      signer: 'Sekretær Åse Ærø (Fjordby Kommune – Udvalgssekretariatet)',
      issuer: 'Fjordby Kommunes Test-CA Ø (Fjordby Kommune)',
      subFilter: 'ETSI.CAdES.detached',
      reason: 'Godkendelse af referat - "endelig"',
      integrity: 'valid',
      coversWholeDocument: true,
      appendedAfterSigning: false,
    });
    expect(report.signatures[0]?.signingTime?.toISOString()).toBe(signingTime.toISOString());
    expect(report.messages.join('\n')).toContain('udsteder ikke kontrolleret mod en betroet liste');
  });

  it('reports an unsigned file as unsigned', async () => {
    const report = await verifyPdf(pdf);
    expect(report.signed).toBe(false);
    expect(report.messages).toContain('Filen er ikke underskrevet.');
  });

  it('detects one changed byte in a content stream (pdfsig, verifyPdf and the CLI)', async () => {
    const tampered = flipByteInContentStream(signed);
    if (hasPdfsig) {
      const report = pdfsig(tampered, dir, certs.nssDir, 'tampered.pdf');
      console.log(signatureLines(report).join('\n'));
      expect(report).toContain('Digest Mismatch');
    }
    const report = await verifyPdf(tampered);
    expect(report.signatures[0]?.integrity).toBe('tampered');
    const file = join(dir, 'tampered-cli.pdf');
    writeFileSync(file, tampered);
    const cli = runCli(['verify', file]);
    expect(cli.code).toBe(1);
    expect(cli.stdout + cli.stderr).toContain('Filen er ændret efter underskrift');
  });

  it('the CLI accepts the intact file with exit code 0 and a Danish report', () => {
    const file = join(dir, 'intact.pdf');
    writeFileSync(file, signed);
    const cli = runCli(['verify', file]);
    expect(cli.stderr).toBe('');
    expect(cli.code).toBe(0);
    for (const text of ['Underskriver: Sekretær Åse Ærø', 'Tidspunkt: 2025-01-24 kl. 14:30:00 UTC', 'Integritet: intakt', 'Tilføjet efter underskrift: nej']) {
      expect(cli.stdout).toContain(text);
    }
  });

  it('reports an incremental update appended after signing', async () => {
    const updated = appendIncrementalUpdate(signed);
    if (hasPdfsig) {
      const report = pdfsig(updated, dir, certs.nssDir, 'updated.pdf');
      console.log(signatureLines(report).join('\n'));
      expect(report).toContain('Signature is Valid.');
      expect(report).not.toContain('Total document signed');
    }
    const report = await verifyPdf(updated);
    expect(report.signatures[0]).toMatchObject({ integrity: 'valid', appendedAfterSigning: true, coversWholeDocument: false });
    const file = join(dir, 'updated-cli.pdf');
    writeFileSync(file, updated);
    const cli = runCli(['verify', file]);
    expect(cli.code).toBe(1);
    expect(cli.stdout).toContain('Tilføjet efter underskrift: ja');
  });

  it('refuses a wrong password with a Danish UserError naming the file', async () => {
    const error = await signPdf(pdf, { p12: certs.p12, password: 'forkert', p12FileName: certs.p12Path }).catch((e: unknown) => e);
    expect(isUserError(error)).toBe(true);
    expect((error as Error).message).toBe('Certifikatfilen leaf.p12 kan ikke åbnes: forkert adgangskode.');
  });

  it('refuses a file that is not a PKCS#12 with a Danish UserError', async () => {
    const error = await signPdf(pdf, { p12: new TextEncoder().encode('not a certificate'), password: 'x', p12FileName: 'noget.pfx' }).catch((e: unknown) => e);
    expect(isUserError(error)).toBe(true);
    expect((error as Error).message).toContain('Certifikatfilen noget.pfx kan ikke åbnes');
  });
});
