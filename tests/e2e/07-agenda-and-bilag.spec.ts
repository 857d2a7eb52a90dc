import { mkdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';
import { ENV_DEMO_URL, REPO_ROOT, hostUrl } from './hosts';
import { agendaList, itemTitle, openMeeting } from './helpers';

/** A two-page A4 PDF made here, so the test needs no fixture file. */
async function twoPagePdf(): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const [i, text] of ['Budgetnotat – side 1', 'Budgetnotat – side 2'].entries()) {
    const page = doc.addPage([595, 842]);
    page.drawText(text, { x: 60, y: 760, size: 24, font });
    page.drawRectangle({ x: 60, y: 520 - i * 40, width: 475, height: 200, borderWidth: 1, color: rgb(0.93, 0.95, 0.98), borderColor: rgb(0.6, 0.65, 0.72) });
  }
  return Buffer.from(await doc.save());
}

test('agenda: add, move by keyboard, close, bilag up and refused, delete and undo', async ({ page }) => {
  await page.goto(hostUrl(ENV_DEMO_URL));
  await openMeeting(page, 'Økonomiudvalget', '2. december 2026');
  const list = agendaList(page);
  const options = list.getByRole('option');
  const before = await options.count();

  // Add an ordinary item with a case number; it lands before the closing standard items and opens.
  await page.getByRole('button', { name: 'Tilføj punkt' }).click();
  const form = page.getByRole('form', { name: 'Tilføj punkt' });
  await form.getByLabel('Punktets titel').fill('Kantineordning på rådhuset');
  await form.getByLabel('Sagsnummer').fill('00.15.00-A00-9-26');
  await form.getByRole('button', { name: 'Tilføj', exact: true }).click();
  await expect(itemTitle(page)).toHaveText('Kantineordning på rådhuset');
  await expect(options).toHaveCount(before + 1);
  const row = options.filter({ hasText: 'Kantineordning på rådhuset' });
  const number = Number((await row.locator('.agenda-number').textContent())?.replace('.', ''));
  expect(number).toBeGreaterThan(1);

  // Alt+ArrowUp moves it one up; the numbers change at once and the new place is announced.
  await row.click();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(row.locator('.agenda-number')).toHaveText(`${number - 1}.`);
  await expect(page.getByTestId('agenda-announcer')).toHaveText(`Punkt flyttet til plads ${number - 1}`);
  const titles = await options.locator('.agenda-title').allTextContents();
  expect(titles[number - 2]).toBe('Kantineordning på rådhuset');
  const numbers = await options.locator('.agenda-number').allTextContents();
  expect(numbers).toEqual(numbers.map((_, i) => `${Number(numbers[0]!.replace('.', '')) + i}.`));

  // Closed: lock, "Lukket" and colour in the list.
  await page.getByRole('button', { name: 'Lukket punkt' }).click();
  await expect(page.getByRole('button', { name: 'Lukket punkt' })).toHaveAttribute('aria-pressed', 'true');
  await expect(row.locator('.badge-closed')).toHaveText('Lukket');

  // A two-page PDF: page count and a thumbnail rendered by pdf.js.
  const input = page.getByTestId('bilag-file-input');
  await input.setInputFiles({ name: 'Notat om kantinen.pdf', mimeType: 'application/pdf', buffer: await twoPagePdf() });
  const bilag = page.getByRole('list', { name: 'Punktets bilag' });
  await expect(bilag.getByText('2 sider')).toBeVisible();
  await expect(bilag.getByLabel('Titel på bilag 1')).toHaveValue('Notat om kantinen');
  const thumb = bilag.getByRole('img', { name: 'Første side af bilag 1' });
  await expect(thumb).toBeVisible();
  expect(await thumb.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(50);
  await expect(row.getByText('1 bilag')).toBeVisible();

  // A text file is refused with the API's Danish message; nothing else changes.
  await input.setInputFiles({ name: 'noter.txt', mimeType: 'text/plain', buffer: Buffer.from('Bare noter') });
  await expect(page.getByRole('alert').filter({ hasText: 'Bilaget "noter.txt" kan ikke bruges' })).toBeVisible();
  await expect(bilag.getByRole('listitem')).toHaveCount(1);

  mkdirSync(`${REPO_ROOT}test-results/screenshots`, { recursive: true });
  await page.screenshot({ path: `${REPO_ROOT}test-results/screenshots/agenda-bilag-1280x800.png` });

  // Delete happens at once and offers Fortryd, which brings the item back whole, its bilag included (items:restore).
  await page.getByRole('button', { name: `Slet punkt ${number - 1}` }).click();
  await expect(page.locator('.toast').getByText(`Punkt ${number - 1} slettet`)).toBeVisible();
  await expect(options).toHaveCount(before);
  await page.locator('.toast').getByRole('button', { name: 'Fortryd' }).click();
  await expect(options).toHaveCount(before + 1);
  const restored = options.filter({ hasText: 'Kantineordning på rådhuset' });
  await expect(restored.locator('.agenda-number')).toHaveText(`${number - 1}.`);
  await expect(restored.locator('.badge-closed')).toBeVisible();
  await expect(restored.getByText('1 bilag')).toBeVisible();
  await expect(itemTitle(page)).toHaveText('Kantineordning på rådhuset');
});
