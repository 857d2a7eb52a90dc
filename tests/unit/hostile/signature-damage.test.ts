import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDocumentPdf } from '../../../electron/export/pdf/generate-document-pdf';
import { signPdf } from '../../../electron/export/sign/sign-pdf';
import { isIntactAndComplete, verifyPdf } from '../../../electron/export/sign/verify-pdf';
import { makeTestCerts, opensslAvailable, type TestCerts } from '../../fixtures/certs/make-test-certs';
import { runCli } from '../../helpers/run-cli';
import { tempApi } from '../../helpers/temp-db';

const hasOpenssl = opensslAvailable();
if (!hasOpenssl) console.log('signature-damage: skipped, openssl is not installed (apt-get install openssl)');

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');
const fromLatin1 = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'));

/**
 * A signed file damaged on the way (a download cut short, a copy that stopped, a repair tool) is
 * reported as damaged, by verifyPdf, `dagsorden verify` and 'exports:verify' alike: never as
 * unsigned, and never as changed after signing when the bytes are simply missing.
 */
describe.skipIf(!hasOpenssl)('a damaged signed PDF', () => {
  let certs: TestCerts;
  let dir: string;
  let signed: Uint8Array;
  let api: ReturnType<typeof tempApi>;

  beforeAll(async () => {
    certs = await makeTestCerts();
    dir = mkdtempSync(join(tmpdir(), 'dagsorden-sign-damage-'));
    api = tempApi();
    // Enough pages that the signature dictionary (written after the content) lies past the middle,
    // as in an exported packet: cutting the file in half removes the signature altogether.
    const pdf = await generateDocumentPdf({
      title: 'Referat – Økonomiudvalget den 24. januar 2025',
      paragraphs: Array.from({ length: 40 }, (_, i) => `Punkt ${i + 1}: Godkendt med ${i % 7} stemmer imod. Søren Ærø (A) var fraværende under punktets behandling, sag ${1000 + i * 37}.`),
      minPages: 60,
    });
    signed = await signPdf(pdf, { p12: certs.p12, password: certs.password, p12FileName: certs.p12Path, reason: 'Godkendelse af referat' });
    expect((await verifyPdf(signed)).signatures[0]?.integrity).toBe('valid');
    expect(latin1(signed).indexOf('/ByteRange')).toBeGreaterThan(signed.length / 2);
  }, 60_000);
  afterAll(async () => {
    api?.close();
    await certs?.cleanup();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** The three reports for one file: verifyPdf's, the CLI's (exit code and text) and the app's lines. */
  async function reports(bytes: Uint8Array, name: string) {
    const report = await verifyPdf(bytes);
    const file = join(dir, name);
    writeFileSync(file, bytes);
    const cli = runCli(['verify', file]);
    const app = await api.api.call('exports:verify', { dataBase64: Buffer.from(bytes).toString('base64') });
    if (!app.ok) throw new Error(app.error.message);
    return { report, cli, cliText: cli.stdout + cli.stderr, app: (app.value as { lines: string[] }).lines.join('\n') };
  }

  function expectDamaged(result: Awaited<ReturnType<typeof reports>>, why: RegExp) {
    expect(result.report.damaged).toBe(true);
    expect(isIntactAndComplete(result.report)).toBe(false);
    expect(result.report.messages[0]).toMatch(/^Filen er beskadiget/);
    expect(result.report.messages.join('\n')).toMatch(why);
    for (const text of [result.report.messages.join('\n'), result.cliText, result.app]) {
      expect(text).not.toContain('Filen er ikke underskrevet');
      expect(text).not.toContain('ændret efter underskrift');
      expect(text).toContain('Filen er beskadiget');
    }
    expect(result.cli.code).toBe(1);
  }

  it('cut at 50 % (the signature itself is gone)', async () => {
    const result = await reports(signed.subarray(0, Math.floor(signed.length / 2)), 'halv.pdf');
    expectDamaged(result, /afkortet/);
  }, 60_000);

  it('cut at 90 % (the signature is there, its byte range runs past the end)', async () => {
    const result = await reports(signed.subarray(0, Math.floor(signed.length * 0.9)), 'ni-tiendedele.pdf');
    expectDamaged(result, /afkortet/);
    expect(result.report.signatures).toHaveLength(1);
    expect(result.report.signatures[0]?.integrity).toBe('damaged');
    expect(result.cli.stdout).toContain('Integritet: BESKADIGET');
  }, 60_000);

  it('with the trailing %%EOF removed', async () => {
    const text = latin1(signed);
    const cut = text.replace(/%%EOF\s*$/, '');
    expect(cut.length).toBeLessThan(text.length);
    const result = await reports(fromLatin1(cut), 'uden-eof.pdf');
    expectDamaged(result, /afkortet|%%EOF/);
  }, 60_000);

  it('with a ByteRange that points past the end of an otherwise complete file', async () => {
    const text = latin1(signed);
    const match = /\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/.exec(text)!;
    const original = match[0];
    // Same length, so every offset in the file stays right: the last length grows by 9 × 10^(n-1).
    const longer = original.replace(/(\d+)(\s*\])$/, (_, digits: string, tail: string) => `${'9'.repeat(digits.length)}${tail}`);
    expect(longer).toHaveLength(original.length);
    const result = await reports(fromLatin1(text.replace(original, longer)), 'byterange.pdf');
    expectDamaged(result, /byteområde.*slutning/);
  }, 60_000);

  it('with a /Contents that is not hexadecimal', async () => {
    const text = latin1(signed);
    const at = text.indexOf('/Contents <', text.indexOf('/ByteRange') - 2000) + '/Contents <'.length;
    expect(at).toBeGreaterThan('/Contents <'.length);
    const broken = `${text.slice(0, at + 10)}zz${text.slice(at + 12)}`;
    const result = await reports(fromLatin1(broken), 'contents.pdf');
    expectDamaged(result, /Contents.*hex/);
  }, 60_000);

  it('still reports an intact signed file as valid and an unsigned complete file as unsigned', async () => {
    const intact = await reports(signed, 'intakt.pdf');
    expect(intact.report.damaged).toBe(false);
    expect(intact.cli.code).toBe(0);
    const unsigned = await verifyPdf(await generateDocumentPdf({ title: 'Bilag', paragraphs: ['Tekst.'] }));
    expect(unsigned).toMatchObject({ signed: false, damaged: false, messages: ['Filen er ikke underskrevet.'] });
  }, 60_000);
});
