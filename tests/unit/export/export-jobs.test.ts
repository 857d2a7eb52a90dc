import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { tempApi } from '../../helpers/temp-db';
import { setUpCommittee } from '../services/committee-setup';
import { paragraphs } from '../../../shared/content/content-builders';
import { systemChromiumAvailable } from '../../../electron/export/printer/chromium-printer';
import { exportJobFile } from '../../../electron/services/export/export-jobs';
import { makeTestCerts, opensslAvailable, pdfsigAvailable, type TestCerts } from '../../fixtures/certs/make-test-certs';
import { pdfsig } from './sign-helpers';

const missing = [!systemChromiumAvailable() && 'chromium', !opensslAvailable() && 'openssl', !pdfsigAvailable() && 'pdfsig (poppler-utils)'].filter(Boolean);
if (missing.length) console.warn(`Skipping export job signing tests: ${missing.join(', ')} missing.`);

describe.skipIf(missing.length > 0)('export jobs from the app', () => {
  let t: ReturnType<typeof tempApi>;
  let certs: TestCerts;
  let meetingId: number;
  let certificateId: number;

  beforeAll(async () => {
    t = tempApi();
    certs = await makeTestCerts();
    const { committee } = await setUpCommittee(t.api);
    const meeting = await t.api.invoke('meetings:create', { committeeId: committee.id, date: '2026-12-03' });
    const item = await t.api.invoke('items:create', { meetingId: meeting.id, title: 'Ny cykelsti langs Fjordvej' });
    await t.api.invoke('sections:update', { itemId: item.id, key: 'resume', content: paragraphs('Forvaltningen foreslår en cykelsti.') });
    meetingId = meeting.id;
    // No secret store here (as in browser mode): the password is not kept and must come with each export.
    const imported = await t.api.invoke('certificates:import', {
      fileName: 'sekretariat.p12', dataBase64: Buffer.from(certs.p12).toString('base64'), password: certs.password, rememberPassword: true,
    });
    certificateId = imported.id;
  }, 120_000);
  afterAll(async () => {
    t?.close();
    await certs?.cleanup();
  });

  it('refuses to start signing without a password when none is stored, in Danish', async () => {
    const result = await t.api.call('exports:start', { meetingId, document: 'agenda', edition: 'members', sign: { certificateId } });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/adgangskode/i);
  });

  it('signs the packet with the imported certificate: pdfsig says valid and total', async () => {
    const { jobId } = await t.api.invoke('exports:start', { meetingId, document: 'agenda', edition: 'members', sign: { certificateId, password: certs.password } });
    let status = await t.api.invoke('exports:status', { jobId });
    for (let waited = 0; status.state === 'running' && waited < 60_000; waited += 200) {
      await new Promise((r) => setTimeout(r, 200));
      status = await t.api.invoke('exports:status', { jobId });
    }
    expect(status.state, status.message).toBe('done');
    const report = pdfsig(readFileSync(exportJobFile(jobId)!.path), t.dir, certs.nssDir);
    expect(report).toContain('Signature is Valid.');
    expect(report).toContain('Total document signed');
    // An export is a copy of the meeting; only a release (udsendelse) records a version.
    expect(await t.api.invoke('releases:list', { meetingId })).toEqual([]);
  }, 120_000);
});
