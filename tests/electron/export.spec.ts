import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron, expect, test } from '@playwright/test';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { electronBinary, hasDisplay, NO_DISPLAY_REASON, SKIP_REASON } from './electron-binary';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const MAIN_BUNDLE = join(ROOT, 'out/main/index.cjs');
const CLI = join(ROOT, 'electron/cli/bin.mjs');
const ELECTRON = electronBinary();

/** The print window's temp folders: none may be left once an export is done. */
const printFolders = () => readdirSync(tmpdir()).filter((name) => name.startsWith('dagsorden-print-'));

test.describe('export in the desktop app', () => {
  test.skip(ELECTRON === null, SKIP_REASON);
  test.skip(ELECTRON !== null && !hasDisplay(), NO_DISPLAY_REASON);

  test('exports the demo agenda printed by Electron and saves it with "Gem som …"', async () => {
    test.setTimeout(240_000);
    const dir = mkdtempSync(join(tmpdir(), 'dagsorden-electron-export-'));
    const dbFile = join(dir, 'demo.sqlite');
    execFileSync(process.execPath, [CLI, 'demo', '--db', dbFile], { stdio: 'pipe' });
    const env: Record<string, string> = {};
    for (const [name, value] of Object.entries(process.env)) if (value !== undefined && name !== 'ELECTRON_RUN_AS_NODE') env[name] = value;
    const foldersBefore = new Set(printFolders());
    const app = await _electron.launch({
      executablePath: ELECTRON!,
      args: [MAIN_BUNDLE, `--db=${dbFile}`],
      cwd: ROOT,
      env: { ...env, DAGSORDEN_USER_DATA_DIR: join(dir, 'user-data') },
    });
    try {
      const page = await app.firstWindow();
      const target = join(dir, 'Gemt dagsorden.pdf');
      // The native dialog cannot be clicked by Playwright: answer it with the target path.
      await app.evaluate(({ dialog }, filePath) => {
        const recorded = globalThis as unknown as { saveDialogOptions?: unknown };
        dialog.showSaveDialog = (async (...args: unknown[]) => {
          recorded.saveDialogOptions = args.at(-1);
          return { canceled: false, filePath };
        }) as typeof dialog.showSaveDialog;
      }, target);

      const sidebar = page.getByRole('navigation', { name: 'Udvalg og møder' });
      const entry = sidebar.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Økonomiudvalget', exact: true }) });
      await entry.getByRole('button', { name: /2\. december 2026/ }).click();
      await page.getByRole('button', { name: 'Eksportér' }).click();
      const dialog = page.getByRole('dialog', { name: 'Eksportér' });
      await dialog.getByLabel('Dagsorden').check();
      await dialog.getByLabel('Medlemmer').check();
      await dialog.getByRole('button', { name: 'Start eksport' }).click();

      const save = dialog.getByRole('button', { name: 'Gem som …' });
      await expect(save).toBeVisible({ timeout: 180_000 });
      await expect(dialog.getByRole('link', { name: /^Hent / })).toHaveCount(0);
      await save.click();
      await expect(dialog.getByTestId('export-saved')).toHaveText(`Gemt i ${target}`);

      const options = (await app.evaluate(() => (globalThis as unknown as { saveDialogOptions: { defaultPath: string; filters: unknown } }).saveDialogOptions)) as { defaultPath: string; filters: unknown };
      expect(options.defaultPath).toMatch(/Dagsorden Økonomiudvalget 2026-12-02 \(medlemmer\)\.pdf$/);
      expect(options.filters).toEqual([{ name: 'PDF-dokument', extensions: ['pdf'] }]);

      // The print window is gone, and so are its temp files.
      expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
      expect(printFolders().filter((name) => !foldersBefore.has(name))).toEqual([]);

      const bytes = new Uint8Array(readFileSync(target));
      const doc = await pdfjs.getDocument({ data: bytes, useSystemFonts: false, isEvalSupported: false }).promise;
      expect(doc.numPages).toBeGreaterThan(3);
      const outline = (await doc.getOutline()) ?? [];
      expect(outline.map((o) => o.title)).toContain('Indholdsfortegnelse');
      expect(outline.some((o) => /^1\. /.test(o.title))).toBe(true);
      const first = await (await doc.getPage(1)).getTextContent();
      const text = first.items.map((i) => ('str' in i ? i.str : '')).join(' ');
      expect(text).toContain('Økonomiudvalget');
      const tree = await (await doc.getPage(2)).getStructTree();
      expect(tree, 'a tagged PDF (generateTaggedPDF)').toBeTruthy();
      await doc.destroy();
    } finally {
      await app.close();
      if (existsSync(dir)) rmSync(dir, { recursive: true, force: true });
    }
  });
});
