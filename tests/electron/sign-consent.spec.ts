import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron, expect, test } from '@playwright/test';
import { makeTestCerts, opensslAvailable } from '../fixtures/certs/make-test-certs';
import { electronBinary, hasDisplay, NO_DISPLAY_REASON, SKIP_REASON } from './electron-binary';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const MAIN_BUNDLE = join(ROOT, 'out/main/index.cjs');
const CLI = join(ROOT, 'electron/cli/bin.mjs');
const EXAMPLE = join(ROOT, 'resources/meeting-json/example/meeting.json');
const ELECTRON = electronBinary();
const NO_KEYRING_REASON = 'safeStorage has no OS keyring here (Linux basic_text): no password can be remembered, so there is nothing to confirm';

type Envelope = { ok: true; value: unknown } | { ok: false; error: { code: string; message: string } };

/**
 * A script in the page asks to sign with a certificate whose password the OS keeps: the main
 * process shows a native dialog naming the document, and "Annuller" refuses the export.
 */
test.describe('signing with a remembered password', () => {
  test.skip(ELECTRON === null, SKIP_REASON);
  test.skip(ELECTRON !== null && !hasDisplay(), NO_DISPLAY_REASON);
  test.skip(!opensslAvailable(), 'openssl is needed for a test certificate');

  test('is asked about in a native dialog and refused on Annuller', async () => {
    test.setTimeout(120_000);
    const dir = mkdtempSync(join(tmpdir(), 'dagsorden-electron-sign-'));
    const certs = await makeTestCerts();
    const dbFile = join(dir, 'møde.sqlite');
    execFileSync(process.execPath, [CLI, 'import', '--db', dbFile, EXAMPLE], { stdio: 'pipe' });
    const env: Record<string, string> = {};
    for (const [name, value] of Object.entries(process.env)) if (value !== undefined && name !== 'ELECTRON_RUN_AS_NODE') env[name] = value;
    const app = await _electron.launch({ executablePath: ELECTRON!, args: [MAIN_BUNDLE, `--db=${dbFile}`], cwd: ROOT, env: { ...env, DAGSORDEN_USER_DATA_DIR: join(dir, 'user-data') } });
    try {
      const page = await app.firstWindow();
      const keyring = await app.evaluate(({ safeStorage }) => safeStorage.isEncryptionAvailable() && (process.platform !== 'linux' || safeStorage.getSelectedStorageBackend() !== 'basic_text'));
      test.skip(!keyring, NO_KEYRING_REASON);
      // The native dialog cannot be clicked by Playwright: record it and answer "Annuller".
      await app.evaluate(({ dialog }) => {
        const recorded = globalThis as unknown as { signDialogs?: unknown[] };
        const original = dialog.showMessageBox.bind(dialog);
        dialog.showMessageBox = (async (...args: unknown[]) => {
          const options = args.at(-1) as { buttons: string[] };
          if (!options.buttons.includes('Underskriv')) return original(...(args as Parameters<typeof original>));
          (recorded.signDialogs ??= []).push(options);
          return { response: options.buttons.indexOf('Annuller'), checkboxChecked: false };
        }) as typeof dialog.showMessageBox;
      });

      const p12Base64 = Buffer.from(certs.p12).toString('base64');
      const outcome = await page.evaluate(async ({ p12, password }) => {
        const api = (window as unknown as { dagsorden: { invoke(method: string, args: unknown): Promise<Envelope> } }).dagsorden;
        const imported = await api.invoke('certificates:import', { fileName: 'sekretariat.p12', dataBase64: p12, password, rememberPassword: true, label: 'Sekretariatets certifikat' });
        const meetings = await api.invoke('meetings:list', {});
        if (!imported.ok || !meetings.ok) return { imported, meetings };
        const meetingId = (meetings.value as { id: number }[])[0]!.id;
        const certificateId = (imported.value as { id: number }).id;
        const started = await api.invoke('exports:start', { meetingId, document: 'minutes', edition: 'public', sign: { certificateId } });
        const releases = await api.invoke('releases:list', { meetingId });
        return { imported, started, releases };
      }, { p12: p12Base64, password: certs.password });

      expect(outcome.imported).toMatchObject({ ok: true, value: { passwordStored: true } });
      expect(outcome.started).toMatchObject({ ok: false, error: { code: 'signing_not_confirmed' } });
      expect((outcome.started as { error: { message: string } }).error.message).toMatch(/^Referat .+ \(offentlig\) er ikke underskrevet, og eksporten er ikke startet/);
      expect(outcome.releases).toEqual({ ok: true, value: [] });
      const dialogs = (await app.evaluate(() => (globalThis as unknown as { signDialogs?: { message: string; buttons: string[] }[] }).signDialogs ?? [])) as { message: string; buttons: string[] }[];
      expect(dialogs).toHaveLength(1);
      expect(dialogs[0]!.message).toMatch(/^Vil du underskrive Referat .+ \(offentlig\) med certifikatet "Sekretariatets certifikat"\?$/);
      expect(dialogs[0]!.buttons).toEqual(['Annuller', 'Underskriv']);
    } finally {
      await app.close();
      await certs.cleanup();
      if (existsSync(dir)) rmSync(dir, { recursive: true, force: true });
    }
  });
});
