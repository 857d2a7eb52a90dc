import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyPdf } from '../../../electron/export/sign/verify-pdf';
import { systemChromiumAvailable } from '../../../electron/export/printer/chromium-printer';
import { makeTestCerts, opensslAvailable, type TestCerts } from '../../fixtures/certs/make-test-certs';
import { runCli } from '../../helpers/run-cli';
import { tempDir } from '../../helpers/temp-db';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const DRIVER = fileURLToPath(new URL('./main-bundle-driver.mjs', import.meta.url));
const EXAMPLE = join(ROOT, 'resources/meeting-json/example/meeting.json');
const missing = [!opensslAvailable() && 'openssl', !systemChromiumAvailable() && 'chromium'].filter(Boolean);
if (missing.length) console.log(`signing-consent: skipped, ${missing.join(' and ')} missing`);

/**
 * The built main bundle under the stand-in 'electron' (see main-bundle-driver.mjs) with a keyring:
 * a certificate whose password is remembered, and 'exports:start' asking to sign with it and no
 * password, as a script in the page could. The main process asks in a native dialog first.
 */
describe.skipIf(missing.length > 0)('signing with a remembered password from the desktop app', () => {
  let dir: string;
  let cleanup: () => void;
  let appRoot: string;
  let certs: TestCerts;
  let dbFiles: { yes: string; no: string };

  function drive(answer: 'yes' | 'no') {
    const result = spawnSync(process.execPath, [DRIVER, join(appRoot, 'out/main/index.cjs'), join(appRoot, 'out/main'), join(dir, 'ingen.pdf'), `--db=${dbFiles[answer]}`], {
      encoding: 'utf8',
      env: {
        ...process.env,
        DAGSORDEN_USER_DATA_DIR: join(dir, `user-data-${answer}`),
        DRIVER_SIGN: answer,
        DRIVER_P12: certs.p12Path,
        DRIVER_P12_PASSWORD: certs.password,
        DRIVER_SAVE_PATH: join(dir, `referat-${answer}`),
      },
      timeout: 180_000,
    });
    expect(result.status, result.stderr).toBe(0);
    return JSON.parse(result.stdout.trim().split('\n').at(-1) ?? '{}');
  }

  beforeAll(async () => {
    ({ dir, cleanup } = tempDir('dagsorden-sign-consent-'));
    certs = await makeTestCerts();
    appRoot = join(dir, 'app');
    mkdirSync(join(appRoot, 'out/renderer'), { recursive: true });
    writeFileSync(join(appRoot, 'package.json'), '{"name":"dagsorden-test","main":"out/main/index.cjs"}');
    writeFileSync(join(appRoot, 'out/renderer/index.html'), '<!doctype html><title>Dagsorden</title>');
    symlinkSync(join(ROOT, 'node_modules'), join(appRoot, 'node_modules'), 'junction');
    symlinkSync(join(ROOT, 'resources'), join(appRoot, 'resources'), 'junction');
    const build = spawnSync(process.execPath, [join(ROOT, 'electron/main/build.mjs'), `--out=${join(appRoot, 'out')}`], { encoding: 'utf8' });
    expect(build.status, build.stderr).toBe(0);
    dbFiles = { yes: join(dir, 'ja.sqlite'), no: join(dir, 'nej.sqlite') };
    for (const file of Object.values(dbFiles)) expect(runCli(['import', '--db', file, EXAMPLE]).code).toBe(0);
  }, 180_000);
  afterAll(async () => {
    await certs?.cleanup();
    cleanup?.();
  });

  // The meeting is held, not approved: its minutes are a draft, and the question names the file as it will be called.
  const question = /^Vil du underskrive Udkast til referat .+ \(offentlig\) med certifikatet "Sekretariatets certifikat"\?$/;

  it('refuses in Danish and starts nothing when the user answers Annuller', () => {
    const report = drive('no');
    expect(report.imported).toMatchObject({ ok: true, value: { passwordStored: true } });
    expect(report.signDialogs).toHaveLength(1);
    expect(report.signDialogs[0]).toMatchObject({ type: 'question', buttons: ['Annuller', 'Underskriv'], cancelId: 0, defaultId: 0 });
    expect(report.signDialogs[0].message).toMatch(question);
    expect(report.started).toEqual({
      ok: false,
      error: { code: 'signing_not_confirmed', message: expect.stringMatching(/^Udkast til referat .+ \(offentlig\) er ikke underskrevet, og eksporten er ikke startet: underskriften med certifikatet "Sekretariatets certifikat" blev ikke godkendt\.$/) },
    });
    expect(report.prints).toBe(0);
    expect(report.releases).toEqual({ ok: true, value: [] });
    expect(report.dialogsForTypedPassword).toBe(0);
  }, 200_000);

  it('signs with the remembered password when the user answers Underskriv', async () => {
    const report = drive('yes');
    expect(report.signDialogs).toHaveLength(1);
    expect(report.signDialogs[0].message).toMatch(question);
    expect(report.started.ok).toBe(true);
    expect(report.status).toMatchObject({ state: 'done', result: { fileName: expect.stringMatching(/^Udkast til referat .+ \(offentlig\)\.pdf$/) } });
    expect(report.saved).toEqual({ ok: true, value: join(dir, 'referat-yes.pdf') });
    const verified = await verifyPdf(new Uint8Array(readFileSync(join(dir, 'referat-yes.pdf'))));
    expect(verified.signatures[0]).toMatchObject({ integrity: 'valid', coversWholeDocument: true });
    expect(report.dialogsForTypedPassword).toBe(0);
  }, 200_000);
});
