import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { ENV_DEMO_URL, hostUrl, REPO_ROOT } from './hosts';
import { agendaList, itemTitle, openMeeting } from './helpers';

const SCREENSHOT_DIR = join(REPO_ROOT, 'test-results', 'screenshots');

test('the secretary writes a section with a bold word and a list; it is saved and survives a reload', async ({ page }) => {
  await page.goto(hostUrl(ENV_DEMO_URL));
  await openMeeting(page, 'Økonomiudvalget', '2. december 2026');
  await agendaList(page).getByRole('option', { name: /Mødeplan for Økonomiudvalget 2027/ }).click();
  await expect(itemTitle(page)).toContainText('Mødeplan for Økonomiudvalget 2027');

  const text = page.getByRole('textbox', { name: 'Tekst til Sagsfremstilling' });
  await text.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Mødeplanen skal vedtages ');
  await page.keyboard.press('Control+B');
  await page.keyboard.type('inden vinteren');
  await page.keyboard.press('Control+B');
  await page.keyboard.type('. Den omfatter:');
  await page.keyboard.press('Enter');
  await page.getByRole('toolbar', { name: 'Formatering af Sagsfremstilling' }).getByRole('button', { name: 'Punktliste' }).click();
  await page.keyboard.type('Ordinære møder');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Budgetseminar');

  await expect(text.locator('strong', { hasText: 'inden vinteren' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /^Gemt$/ })).toBeVisible();

  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'editor-1280x800.png') });

  await page.reload();
  await expect(itemTitle(page)).toContainText('Mødeplan for Økonomiudvalget 2027');
  const after = page.getByRole('textbox', { name: 'Tekst til Sagsfremstilling' });
  await expect(after).toContainText('Mødeplanen skal vedtages inden vinteren. Den omfatter:');
  await expect(after.locator('strong')).toHaveText('inden vinteren');
  await expect(after.locator('ul > li')).toHaveText(['Ordinære møder', 'Budgetseminar']);
});
