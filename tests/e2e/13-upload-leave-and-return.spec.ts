import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { LARGE_PDF_PAGES, writeLargePdf } from '../fixtures/pdf/make-large-pdf';
import { ENV_DEMO_URL, hostUrl, REPO_ROOT } from './hosts';
import { addItem, agendaList, itemTitle, openMeeting } from './helpers';

const ITEM = 'Lokalplan for havnefronten med kortbilag';
const FILE_NAME = 'Lokalplan havnefronten kort.pdf';
const SCREENSHOTS = `${REPO_ROOT}test-results/screenshots`;

let dir: string;
let file: string;

test.beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dagsorden-e2e-return-'));
  file = join(dir, FILE_NAME);
  await writeLargePdf(file, 200);
  mkdirSync(SCREENSHOTS, { recursive: true });
});

test.afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('a running upload is shown again after visiting another item, and the agenda row says so meanwhile', async ({ page }) => {
  test.setTimeout(240_000);
  await page.goto(hostUrl(ENV_DEMO_URL));
  await openMeeting(page, 'Økonomiudvalget', '2. december 2026');
  const options = agendaList(page).getByRole('option');
  const other = (await options.first().locator('.agenda-title').textContent()) ?? '';
  expect(other).not.toBe('');

  await addItem(page, ITEM);
  const row = options.filter({ hasText: ITEM });
  const rowUpload = row.locator('.agenda-upload');
  await expect(rowUpload).toHaveAttribute('aria-live', 'polite');

  // Loopback is fast: throttle the upload (about 40 MB/s, some 5 s for 200 MB) so the
  // "Sender NN %" stage is still running when the secretary comes back.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: 40 * 1024 * 1024 });

  await page.getByTestId('bilag-file-input').setInputFiles(file);
  const uploads = page.getByRole('list', { name: 'Filer der tilføjes' });
  await expect(uploads.getByRole('status')).toHaveText(/^Sender \d+ %$/, { timeout: 30_000 });
  await expect(rowUpload).toHaveText('Sender bilag …');

  // Another item: no upload list there, but the agenda row of the first item says an upload runs.
  await options.filter({ hasText: other }).first().click();
  await expect(itemTitle(page)).toHaveText(other);
  await expect(uploads).toHaveCount(0);
  await expect(rowUpload).toHaveText('Sender bilag …');
  await row.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SCREENSHOTS}/upload-other-item-1280x800.png` });

  // Back on the item: the upload is shown again, with its file name and its stage.
  await row.click();
  await expect(itemTitle(page)).toHaveText(ITEM);
  await expect(uploads.getByText(FILE_NAME)).toBeVisible();
  const stage = (await uploads.getByRole('status').textContent()) ?? '';
  expect(stage).toMatch(/^Sender \d+ %$|^Kontrollerer …$/);
  await uploads.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SCREENSHOTS}/upload-returned-1280x800.png` });
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });

  // Done: the bilag is listed, the upload list and the row's mark are gone.
  const bilag = page.getByRole('list', { name: 'Punktets bilag' });
  await expect(bilag.getByText(`${LARGE_PDF_PAGES} sider`)).toBeVisible({ timeout: 150_000 });
  await expect(bilag.getByLabel('Titel på bilag 1')).toHaveValue('Lokalplan havnefronten kort');
  await expect(uploads).toHaveCount(0);
  await expect(rowUpload).toHaveText('');
  await expect(row).toContainText('1 bilag');
  await bilag.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SCREENSHOTS}/upload-done-1280x800.png` });
  console.info(`upload shown again on return at stage "${stage}"`);
});
