import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoData } from '../../../electron/services/demo/create-demo';
import { generateDocumentPdf } from '../../../electron/export/pdf/generate-document-pdf';
import { systemChromiumAvailable } from '../../../electron/export/printer/chromium-printer';
import { listReleases } from '../../../electron/store/repositories/release-repository';
import type { Item } from '../../../shared/domain/entities';
import { makeTestCerts, opensslAvailable, pdfsigAvailable, type TestCerts } from '../../fixtures/certs/make-test-certs';
import { runCli } from '../../helpers/run-cli';
import { tempApi } from '../../helpers/temp-db';
import { pdfsig, signatureLines } from './sign-helpers';

const chromium = systemChromiumAvailable();
const hasOpenssl = opensslAvailable();
const hasPdfsig = pdfsigAvailable();
const missing = [!chromium && 'chromium', !hasOpenssl && 'openssl', !hasPdfsig && 'pdfsig (poppler-utils)'].filter(Boolean);
if (missing.length > 0) console.log(`export-service.test.ts skipped: ${missing.join(', ')} missing.`);

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** The text of the page headed "Ændringer siden version …" (pdftotext, pages split on form feeds). */
function changePageText(file: string): string | undefined {
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  return text.split('\f').find((page) => page.includes('Ændringer siden version'))?.replace(/\s+/g, ' ');
}

describe.skipIf(missing.length > 0)('exportPacket through `dagsorden export`', () => {
  let env: ReturnType<typeof tempApi>;
  let certs: TestCerts;
  let meetingId: number;
  let items: Item[];
  const SIGN_ENV = { DAGSORDEN_TEST_P12_PASSWORD: '' };
  const out = (name: string) => join(env.dir, name);
  const exportArgs = (edition: 'members' | 'public', file: string, ...extra: string[]) => [
    'export', '--db', env.file, '--meeting', String(meetingId), '--document', 'agenda', '--edition', edition, '--out', file, ...extra,
  ];
  const signArgs = () => ['--sign', certs.p12Path, '--sign-password-env', 'DAGSORDEN_TEST_P12_PASSWORD'];
  const releases = (edition: 'members' | 'public') => listReleases(env.db, meetingId).filter((r) => r.document === 'agenda' && r.edition === edition);

  beforeAll(async () => {
    env = tempApi();
    meetingId = (await createDemoData(env.api)).meetingIds[1] as number;
    items = (await env.api.invoke('meetings:get', { id: meetingId })).items;
    certs = await makeTestCerts();
    SIGN_ENV.DAGSORDEN_TEST_P12_PASSWORD = certs.password;
  }, 120_000);
  afterAll(async () => {
    await certs?.cleanup();
    env?.close();
  });

  it('signs the members agenda: pdfsig says valid and total; an export is a copy, not a release', () => {
    const file = out('agenda-signed.pdf');
    const r = runCli(exportArgs('members', file, ...signArgs()), SIGN_ENV);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/\d+ sider, .* s\./);
    const bytes = readFileSync(file);
    const report = pdfsig(bytes, env.dir, certs.nssDir, 'check-1.pdf');
    console.log(signatureLines(report).join('\n'));
    expect(report).toContain('Signature is Valid.');
    expect(report).toContain('Total document signed');
    // An export of the planned meeting's agenda is a draft: the signature says so.
    expect(Buffer.from(bytes).toString('latin1')).toContain('/Reason (Udkast)');
    expect(releases('members')).toEqual([]);
    expect(r.stdout).toContain(sha256(bytes));
  }, 120_000);

  it('with --pdfa too: pdfaid part 2 in the XMP, still a valid signature', async () => {
    const file = out('agenda-pdfa-signed.pdf');
    const r = runCli(exportArgs('members', file, '--pdfa', ...signArgs()), SIGN_ENV);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const bytes = readFileSync(file);
    const report = pdfsig(bytes, env.dir, certs.nssDir, 'check-2.pdf');
    console.log(signatureLines(report).join('\n'));
    expect(report).toContain('Signature is Valid.');
    expect(report).toContain('Total document signed');
    const doc = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false }).promise;
    try {
      const { metadata } = await doc.getMetadata();
      expect(metadata?.get('pdfaid:part')).toBe('2');
      // The planned meeting's agenda is a draft until it is released.
      expect(metadata?.get('dc:title')).toMatch(/^Udkast: Dagsorden – Økonomiudvalget den \d+\. \p{L}+ \d{4}$/u);
    } finally {
      await doc.destroy();
    }
    expect(r.stdout).toContain(sha256(bytes));
  }, 120_000);

  it('released, changed and released again: version 2 has the change page; the public one leaks no closed title', async () => {
    const dir = out('released');
    const first = runCli(['release', '--db', env.file, '--meeting', String(meetingId), '--out', dir]);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('Dagsordenen er udsendt som version 1');
    const released = (edition: 'medlemmer' | 'offentlig', version: number) => readdirSync(dir).map((f) => join(dir, f))
      .find((f) => f.includes(`(${edition}) version ${version}.pdf`))!;
    expect(changePageText(released('offentlig', 1))).toBeUndefined();
    expect(releases('public')).toHaveLength(1);
    expect(releases('public')[0]).toMatchObject({ version: 1, sha256: sha256(readFileSync(released('offentlig', 1))) });
    expect((await env.api.invoke('meetings:get', { id: meetingId })).status).toBe('agenda_released');

    const open = items.find((i) => !i.isClosed && i.kind === 'ordinary') ?? items.find((i) => !i.isClosed);
    const closed = items.find((i) => i.isClosed);
    expect(open && closed).toBeTruthy();
    await env.api.invoke('items:update', { id: open!.id, title: 'Ny titel på sagen om ændringsrapport' });
    await env.api.invoke('items:update', { id: closed!.id, title: 'Hemmelig grundsalg Æblehaven' });
    const bilagPdf = await generateDocumentPdf({ title: 'Notat om tidsplan', paragraphs: ['# Notat', 'Tidsplanen er rykket.'] });
    await env.api.invoke('attachments:add', {
      itemId: open!.id, fileName: 'notat.pdf', title: 'Notat om tidsplan', distribution: 'distributed', dataBase64: Buffer.from(bilagPdf).toString('base64'),
    });

    const report = await env.api.invoke('releases:changes', { meetingId, document: 'agenda', edition: 'public' });
    expect(report?.previousVersion).toBe(1);
    expect(report?.itemsChanged.map((c) => c.id).sort()).toEqual([open!.id, closed!.id].sort());
    expect(report?.bilagAdded.map((b) => b.title)).toEqual(['Notat om tidsplan']);

    const second = runCli(['release', '--db', env.file, '--meeting', String(meetingId), '--out', dir]);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('version 2');
    const publicFile = released('offentlig', 2);
    const publicPage = changePageText(publicFile);
    expect(publicPage).toContain('Ændringer siden version 1');
    // The change page has its bookmark, right after the table of contents, on the page that holds it.
    const publicDoc = await getDocument({ data: new Uint8Array(readFileSync(publicFile)) }).promise;
    const outline = (await publicDoc.getOutline()) ?? [];
    expect(outline.slice(0, 2).map((entry) => entry.title)).toEqual(['Indholdsfortegnelse', 'Ændringer siden version 1']);
    const changeDest = outline[1]?.dest;
    const changePageIndex = Array.isArray(changeDest) ? await publicDoc.getPageIndex(changeDest[0] as { num: number; gen: number }) : -1;
    const changePageContent = await (await publicDoc.getPage(changePageIndex + 1)).getTextContent();
    expect(changePageContent.items.map((item) => ('str' in item ? item.str : '')).join(' ')).toContain('Ændringer siden version 1');
    await publicDoc.destroy();
    expect(publicPage).toContain('Ny titel på sagen om ændringsrapport');
    expect(publicPage).toContain('Notat om tidsplan');
    expect(publicPage).toContain('Et lukket punkt er ændret.');
    expect(publicPage).not.toContain('Hemmelig');
    expect(publicPage).not.toContain(closed!.title);

    const membersPage = changePageText(released('medlemmer', 2));
    expect(membersPage).toContain('Ændringer siden version 1');
    expect(membersPage).toContain('Hemmelig grundsalg Æblehaven');
    expect(membersPage).toContain('Notat om tidsplan');
    expect(releases('members').map((r) => r.version)).toEqual([1, 2]);
  }, 180_000);

  it('refuses --pdfa before the export when a bilag has a font that is not embedded, leaving an earlier file intact', async () => {
    const doc = await PDFDocument.create();
    doc.addPage().drawText('Gammelt skema', { font: await doc.embedFont(StandardFonts.Helvetica), x: 50, y: 700 });
    const target = items.find((i) => !i.isClosed)!;
    const bad = await env.api.invoke('attachments:add', {
      itemId: target.id, fileName: 'skema.pdf', title: 'Skema uden indlejret skrift', distribution: 'distributed',
      dataBase64: Buffer.from(await doc.save()).toString('base64'),
    });
    const file = out('earlier.pdf');
    writeFileSync(file, 'tidligere fil');
    const before = listReleases(env.db, meetingId).length;
    try {
      const r = runCli(exportArgs('members', file, '--pdfa'));
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('PDF/A-eksporten er ikke startet');
      expect(r.stderr).toContain('»Skema uden indlejret skrift«');
      expect(r.stderr).toContain('ikke er indlejret (Helvetica)');
      expect(readFileSync(file, 'utf8')).toBe('tidligere fil');
      expect(listReleases(env.db, meetingId)).toHaveLength(before);
    } finally {
      await env.api.invoke('attachments:delete', { id: bad.id });
    }
  }, 60_000);

  it('a wrong certificate password gives a Danish error and exit 1; the password is never a plain argument', () => {
    const file = out('wrong.pdf');
    const r = runCli(exportArgs('members', file, ...signArgs()), { DAGSORDEN_TEST_P12_PASSWORD: 'forkert' });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/Certifikatfilen .* kan ikke åbnes/);
    const noVariable = runCli(exportArgs('members', file, '--sign', certs.p12Path, '--sign-password-env', 'DAGSORDEN_FINDES_IKKE'));
    expect(noVariable.code).toBe(1);
    expect(noVariable.stderr).toContain('Miljøvariablen DAGSORDEN_FINDES_IKKE');
    const plain = runCli(exportArgs('members', file, '--sign', certs.p12Path, '--sign-password', 'x'));
    expect(plain.code).toBe(2);
  }, 60_000);
});
