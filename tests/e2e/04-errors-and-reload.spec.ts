import { expect, test } from '@playwright/test';
import { ENV_DEMO_URL, hostUrl } from './hosts';
import { agendaList, itemTitle, openMeeting, openSettings } from './helpers';

test('API errors show their Danish message next to the action', async ({ page }) => {
  await page.goto(hostUrl(ENV_DEMO_URL));
  await openSettings(page, 'Partier');

  // A letter that exists: the service's message, in an alert by the form.
  await page.getByLabel('Bogstav', { exact: true }).fill('A');
  await page.getByLabel('Navn', { exact: true }).fill('Alternativet');
  await page.getByRole('button', { name: 'Tilføj parti' }).click();
  const form = page.getByRole('form', { name: 'Tilføj parti' });
  await expect(form.getByRole('alert')).toHaveText('Partibogstavet A bruges allerede af Socialdemokratiet.');
  await expect(page.locator('table tbody tr').filter({ hasText: 'Alternativet' })).toHaveCount(0);

  // A validation issue with a path: the message stands at the field.
  await page.getByLabel('Bogstav', { exact: true }).fill('Å');
  await page.getByLabel('Navn', { exact: true }).fill('   ');
  await page.getByRole('button', { name: 'Tilføj parti' }).click();
  await expect(page.locator('#party-name-error')).toHaveText('Partiets navn må ikke være tom');
  await expect(page.getByLabel('Navn', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Navn', { exact: true })).toHaveAttribute('aria-describedby', 'party-name-error');
  // Said once, at the field: no alert repeats it.
  await expect(form.getByRole('alert')).toHaveCount(0);

  // Deleting a party in use: refused with the reason.
  await page.getByRole('button', { name: 'Slet parti A' }).click();
  await page.getByRole('button', { name: 'Slet A' }).click();
  const refusal = page.getByRole('alert').filter({ hasText: 'Partiet A (Socialdemokratiet) har' });
  await expect(refusal).toBeVisible();
  await expect(refusal).toContainText('kan ikke slettes');
  await expect(page.locator('table tbody tr').filter({ hasText: 'Socialdemokratiet' })).toHaveCount(1);
});

test('a reload keeps the selected committee, meeting and item', async ({ page }) => {
  await page.goto(hostUrl(ENV_DEMO_URL));
  await openMeeting(page, 'Økonomiudvalget', '2. december 2026');
  const option = agendaList(page).getByRole('option').nth(4);
  const title = (await option.locator('.agenda-title').textContent())!;
  await option.click();
  await expect(itemTitle(page)).toHaveText(title);

  await page.reload();
  await expect(page.locator('.meeting-header').getByRole('heading', { level: 1 })).toHaveText('Økonomiudvalget');
  await expect(page.locator('.meeting-header')).toContainText('2. december 2026');
  await expect(itemTitle(page)).toHaveText(title);
  await expect(agendaList(page).getByRole('option').nth(4)).toHaveAttribute('aria-current', 'true');

  // Settings keep their place too.
  await openSettings(page, 'Personer');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Personer' })).toBeVisible();
});

test('the language switch is remembered across reloads', async ({ page }) => {
  await page.goto(hostUrl(ENV_DEMO_URL));
  await openSettings(page, 'Sprog');
  await page.getByLabel('English').check();
  await expect(page.getByRole('heading', { level: 1, name: 'Language' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Language' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Committees and meetings' })).toBeVisible();
  await page.getByLabel('Dansk').check();
  await expect(page.getByRole('heading', { level: 1, name: 'Sprog' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'da');
});
