import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { ENV_DEMO_URL, REPO_ROOT, hostUrl } from './hosts';
import { openMeeting } from './helpers';

const SCREENSHOT_DIR = join(REPO_ROOT, 'test-results', 'screenshots');
const COMMITTEE = 'Økonomiudvalget';
const DATE = '2. december 2026';

/** Calls the API as the page does (same origin), for the change a secretary would make in the editor. */
async function call<T>(page: Page, method: string, args: unknown): Promise<T> {
  const envelope = await page.evaluate(
    async ({ method, args }) => (await fetch(`./api/${method}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(args) })).json(),
    { method, args },
  );
  expect(envelope.ok, JSON.stringify(envelope)).toBe(true);
  return envelope.value as T;
}

async function exportAgenda(page: Page) {
  const dialog = page.getByRole('dialog', { name: 'Eksportér som PDF' });
  await dialog.getByLabel('Dagsorden').check();
  await dialog.getByLabel('Medlemmer').check();
  await dialog.getByRole('button', { name: /^(Start eksport|Eksportér igen)$/ }).click();
  await expect(dialog.getByRole('link', { name: /^Hent Dagsorden Økonomiudvalget .*\(medlemmer\)\.pdf$/ })).toBeVisible({ timeout: 150_000 });
  return dialog;
}

/**
 * The coming Økonomiudvalget meeting: release the members' agenda, rename an item, and the export
 * dialog lists that change (before exporting again and, for the new version, after).
 */
test('export: a re-released agenda lists its changes since the previous version', async ({ page }) => {
  test.setTimeout(300_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(hostUrl(ENV_DEMO_URL));
  await openMeeting(page, COMMITTEE, DATE);

  // A first (or another) release, so there is a version to compare with.
  const opener = page.getByRole('button', { name: 'Eksportér' });
  await opener.click();
  let dialog = await exportAgenda(page);
  const facts = await dialog.getByTestId('export-facts').textContent();
  const version = Number(/version (\d+)/.exec(facts ?? '')?.[1]);
  expect(version).toBeGreaterThan(0);
  await expect(dialog.getByTestId('export-changes')).toContainText(`Ændringer siden version ${version}`);
  await expect(dialog.getByTestId('export-changes')).toContainText('Intet er ændret siden sidste udgivelse.');
  await page.keyboard.press('Escape');

  // The change: the second item gets a new title.
  const meetings = await call<{ id: number; committeeName: string; date: string }[]>(page, 'meetings:list', {});
  const meeting = meetings.find((m) => m.committeeName === COMMITTEE && m.date === '2026-12-02');
  expect(meeting).toBeTruthy();
  const detail = await call<{ items: { id: number; number: number; title: string }[] }>(page, 'meetings:get', { id: meeting!.id });
  const item = detail.items[1] ?? detail.items[0]!;
  const newTitle = `${item.title.replace(/ \(revideret( \d+)?\)$/, '')} (revideret ${version})`;
  await call(page, 'items:update', { id: item.id, title: newTitle });
  const line = `Punkt ${item.number} »${newTitle}«: titlen er ændret (tidligere »${item.title}«).`;

  // Before exporting: the dialog lists the change under its group.
  await opener.click();
  dialog = page.getByRole('dialog', { name: 'Eksportér som PDF' });
  const changes = dialog.getByTestId('export-changes');
  await expect(changes.getByRole('heading', { name: `Ændringer siden version ${version}` })).toBeVisible();
  await expect(changes.getByRole('heading', { name: 'Punkter ændret' })).toBeVisible();
  await expect(changes.getByRole('listitem').filter({ hasText: line })).toBeVisible();

  // After exporting: the new version says what it changed; the next export would compare with it.
  dialog = await exportAgenda(page);
  const released = dialog.getByTestId('export-release-changes');
  await expect(released.getByRole('heading', { name: `Version ${version + 1} indeholder disse ændringer siden version ${version}:` })).toBeVisible();
  await expect(released.getByRole('listitem').filter({ hasText: line })).toBeVisible();
  await expect(changes.getByRole('heading', { name: `Ændringer siden version ${version + 1}` })).toBeVisible();
  await expect(changes).toContainText('Intet er ændret siden sidste udgivelse.');

  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await released.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'export-changes-1280x800.png') });
});
