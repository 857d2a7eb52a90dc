import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { LARGE_PDF_PAGES, writeLargePdf } from '../fixtures/pdf/make-large-pdf';
import { ENV_DEMO_URL, hostUrl } from './hosts';
import { addItem, agendaList, itemTitle, openMeeting } from './helpers';

const ITEM = 'Stort bilag: skitseprojekt med luftfotos';
const FILE_NAME = 'Skitseprojekt luftfotos.pdf';

let dir: string;
let file: string;
let size: number;

test.beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dagsorden-e2e-large-'));
  file = join(dir, FILE_NAME);
  const started = Date.now();
  size = await writeLargePdf(file, 200);
  console.info(`200 MB bilag: ${(size / 1e6).toFixed(1)} MB written to ${file} in ${Date.now() - started} ms`);
});

test.afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('a 200 MB PDF uploads with progress while the window keeps working', async ({ page }) => {
  test.setTimeout(240_000);
  await page.goto(hostUrl(ENV_DEMO_URL));
  await openMeeting(page, 'Økonomiudvalget', '2. december 2026');
  const options = agendaList(page).getByRole('option');
  const other = (await options.first().locator('.agenda-title').textContent()) ?? '';
  expect(other).not.toBe('');

  await addItem(page, ITEM);

  // The browser streams the file to POST /upload: "Sender NN %" with a determinate progress bar.
  const started = Date.now();
  await page.getByTestId('bilag-file-input').setInputFiles(file);
  const uploads = page.getByRole('list', { name: 'Filer der tilføjes' });
  const stage = uploads.getByRole('status');
  await expect(stage).toHaveText(/^Sender \d+ %$|^Kontrollerer …$/, { timeout: 30_000 });
  const seen = new Set<string>();
  let uploadedMs: number | undefined;
  for (;;) {
    const text = (await stage.textContent({ timeout: 1_000 }).catch(() => null)) ?? '';
    if (text) seen.add(text.replace(/\d+/, 'N'));
    if (text.startsWith('Kontrollerer') || text === '') {
      uploadedMs ??= Date.now() - started;
      break;
    }
    if (Date.now() - started > 120_000) throw new Error('the upload did not finish in 2 minutes');
    await page.waitForTimeout(100);
  }
  expect([...seen].some((s) => /^Sender N %$/.test(s))).toBe(true);

  // While the host inspects the file, the window still answers: another item opens at once.
  const clickedAt = Date.now();
  await options.filter({ hasText: other }).first().click();
  await expect(itemTitle(page)).toHaveText(other, { timeout: 5_000 });
  const otherOpenedMs = Date.now() - clickedAt;

  // Back on the item: the bilag is there with its page count.
  await options.filter({ hasText: ITEM }).click();
  await expect(itemTitle(page)).toHaveText(ITEM);
  const bilag = page.getByRole('list', { name: 'Punktets bilag' });
  await expect(bilag.getByText(`${LARGE_PDF_PAGES} sider`)).toBeVisible({ timeout: 120_000 });
  await expect(bilag.getByLabel('Titel på bilag 1')).toHaveValue('Skitseprojekt luftfotos');
  console.info(
    `200 MB bilag in the browser: upload ${uploadedMs} ms (stages ${[...seen].join(', ')}), ` +
      `another item opened ${otherOpenedMs} ms after the click, bilag listed after ${Date.now() - started} ms`,
  );
});
