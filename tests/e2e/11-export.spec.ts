import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { ENV_DEMO_URL, REPO_ROOT, hostUrl } from './hosts';
import { openMeeting } from './helpers';

const SCREENSHOT_DIR = join(REPO_ROOT, 'test-results', 'screenshots');

/** The held demo meeting: export the public minutes, wait for the job, download the PDF through the link. */
test('export: public minutes of the held meeting as a downloadable PDF', async ({ page }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(hostUrl(ENV_DEMO_URL));
  await openMeeting(page, 'Erhvervs- og Beskæftigelsesudvalget', '27. oktober 2026');

  const opener = page.getByRole('button', { name: 'Eksportér' });
  await opener.click();
  const dialog = page.getByRole('dialog', { name: 'Eksportér' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toHaveAttribute('aria-modal', 'true');
  // A choice made while the dialog's first load re-renders it can be lost: choose until it holds.
  await expect(async () => {
    await dialog.getByLabel('Referat').check();
    await dialog.getByLabel('Offentlig').check();
  }).toPass({ timeout: 10_000 });

  await dialog.getByRole('button', { name: 'Start eksport' }).click();
  await expect(dialog.getByRole('button', { name: 'Annuller' })).toBeVisible();
  // The minutes of a held meeting are a draft until approved: "Udkast" in the file name and on every page.
  const link = dialog.getByRole('link', { name: /^Hent Udkast til referat Erhvervs- og Beskæftigelsesudvalget 2026-10-27 \(offentlig\)\.pdf$/ });
  await expect(link).toBeVisible({ timeout: 150_000 });
  await expect(dialog.getByTestId('export-facts')).toContainText(/^\d+ sider · [\d,]+ (kB|MB)$/);

  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'export-dialog-1280x800.png') });

  const downloadPromise = page.waitForEvent('download');
  await link.click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe('Udkast til referat Erhvervs- og Beskæftigelsesudvalget 2026-10-27 (offentlig).pdf');
  const file = await download.path();
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(bytes.length).toBeGreaterThan(100 * 1024);

  // Escape closes the dialog and gives the focus back to the button.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
});
