import { expect, test, type Page } from '@playwright/test';
import { ENV_DEMO_URL, hostUrl } from './hosts';
import { agendaList, itemTitle, openMeeting, sidebar } from './helpers';

async function focusedId(page: Page): Promise<string> {
  return page.evaluate(() => document.activeElement?.id ?? '');
}

/** Presses Tab until the element with the id has focus; fails after max presses. */
async function tabTo(page: Page, id: string, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    if ((await focusedId(page)) === id) return;
    await page.keyboard.press('Tab');
  }
  expect(await focusedId(page), `Tab nåede ikke #${id}`).toBe(id);
}

test('the agenda list works with arrow keys, Home, End and Enter', async ({ page }) => {
  await page.goto(hostUrl(ENV_DEMO_URL));
  await openMeeting(page, 'Økonomiudvalget', '2. december 2026');
  const list = agendaList(page);
  const options = list.getByRole('option');
  const titles = await options.locator('.agenda-title').allTextContents();
  expect(titles.length).toBeGreaterThan(4);

  // From the "Tilføj punkt" button, Tab passes the filter box and the item actions and reaches the list.
  await page.getByRole('button', { name: 'Tilføj punkt' }).focus();
  for (let presses = 0; presses < 10 && !(await list.evaluate((el) => el === document.activeElement)); presses++) {
    await page.keyboard.press('Tab');
  }
  await expect(list).toBeFocused();

  await page.keyboard.press('Home');
  await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(options.nth(2)).toHaveAttribute('aria-selected', 'true');
  await expect(list).toHaveAttribute('aria-activedescendant', (await options.nth(2).getAttribute('id'))!);
  await page.keyboard.press('Enter');
  await expect(itemTitle(page)).toHaveText(titles[2]!);
  await expect(options.nth(2)).toHaveAttribute('aria-current', 'true');

  await page.keyboard.press('ArrowUp');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  // Moving the selection does not open; Enter does.
  await expect(itemTitle(page)).toHaveText(titles[2]!);
  await page.keyboard.press('Enter');
  await expect(itemTitle(page)).toHaveText(titles[1]!);

  await page.keyboard.press('End');
  await expect(options.last()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown');
  await expect(options.last()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press(' ');
  await expect(itemTitle(page)).toHaveText(titles[titles.length - 1]!);
  await expect(list).toBeFocused();
});

test('a party is added with the keyboard alone, and Escape cancels', async ({ page }) => {
  await page.goto(hostUrl(ENV_DEMO_URL));
  await expect(sidebar(page)).toBeVisible();

  // Into settings: Tab to the sidebar's Indstillinger and press Enter.
  const settingsButton = sidebar(page).getByRole('button', { name: 'Indstillinger' });
  for (let i = 0; i < 60 && !(await settingsButton.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(settingsButton).toBeFocused();
  await page.keyboard.press('Enter');

  const partiesTab = page.getByRole('navigation', { name: 'Indstillinger' }).getByRole('button', { name: 'Partier' });
  for (let i = 0; i < 10 && !(await partiesTab.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(partiesTab).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Partier' })).toBeVisible();

  // Tab order: letter, name, submit.
  await tabTo(page, 'party-letter');
  await page.keyboard.type('K');
  await page.keyboard.press('Tab');
  expect(await focusedId(page)).toBe('party-name');
  await page.keyboard.type('Kristendemokraterne');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Tilføj parti' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter');

  await expect(page.getByRole('status').filter({ hasText: 'Partiet K er tilføjet.' })).toBeVisible();
  await expect(page.locator('table tbody tr').filter({ hasText: 'Kristendemokraterne' })).toHaveCount(1);
  // The form is ready for the next party.
  expect(await focusedId(page)).toBe('party-letter');

  // Escape empties the form without saving.
  await page.keyboard.type('Q');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Fortrudt Parti');
  await page.keyboard.press('Escape');
  await expect(page.locator('#party-letter')).toHaveValue('');
  await expect(page.locator('#party-name')).toHaveValue('');
  await expect(page.locator('table')).not.toContainText('Fortrudt Parti');

  // Edit with the keyboard: Enter on "Rediger parti K", change the name, Enter saves.
  await page.getByRole('button', { name: 'Rediger parti K' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#party-letter')).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('Kristendemokraterne (KD)');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Partiet K er gemt.' })).toBeVisible();
  await expect(page.locator('table')).toContainText('Kristendemokraterne (KD)');
});
