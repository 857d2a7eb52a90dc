import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { ENV_DEMO_URL, REPO_ROOT, hostUrl } from './hosts';
import { openMeeting, sidebar, call } from './helpers';

/**
 * The meeting's life in the app, as a secretary goes through it on the demo: a new meeting whose
 * time and place are corrected, cancelled with a reason; another one deleted before it was ever
 * released; the planned Økonomiudvalget meeting released through the dialog after a planted
 * placeholder first stops it; the held meeting's agenda locked with one reason. Each changed screen
 * is photographed at 1280×800 and the dialogs are checked with axe.
 */
const SCREENSHOT_DIR = join(REPO_ROOT, 'test-results', 'screenshots');
const COMMITTEE = 'Teknik- og Miljøudvalget';

test.use({ viewport: { width: 1280, height: 800 } });
test.beforeAll(() => mkdirSync(SCREENSHOT_DIR, { recursive: true }));

async function picture(page: Page, name: string): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: join(SCREENSHOT_DIR, `lifecycle-${name}-1280x800.png`) });
}

async function noSevereAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
  const severe = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(severe, severe.map((v) => `${v.impact} ${v.id}: ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`).join('\n')).toEqual([]);
}

/** Calls the API as the page does (same origin): for the text a secretary would type in the editor. */
const header = (page: Page) => page.locator('.meeting-header');
const steps = (page: Page) => page.getByRole('group', { name: 'Mødets trin' });

async function newMeeting(page: Page, date: string, long: string): Promise<void> {
  await sidebar(page).getByRole('button', { name: `Nyt møde i ${COMMITTEE}` }).click();
  await page.getByLabel('Dato', { exact: true }).fill(date);
  await page.getByRole('button', { name: 'Opret møde' }).click();
  await expect(header(page)).toContainText(long);
}

/** Opens "Flere handlinger" from the keyboard and takes the step named, by the arrow keys. */
async function stepFromMenu(page: Page, name: string): Promise<void> {
  const button = steps(page).getByRole('button', { name: 'Flere handlinger' });
  await button.focus();
  await page.keyboard.press('Enter');
  const menu = page.getByRole('menu', { name: 'Flere handlinger' });
  await expect(menu).toBeVisible();
  for (let i = 0; i < 10 && !(await menu.getByRole('menuitem', { name }).evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('ArrowDown');
  }
  await expect(menu.getByRole('menuitem', { name })).toBeFocused();
  await page.keyboard.press('Enter');
}

test('a new meeting: time and place corrected, a slip in the year refused once, then cancelled with a reason', async ({ page }) => {
  await page.goto(hostUrl(ENV_DEMO_URL));
  await newMeeting(page, '13-01-2027', '13. januar 2027');
  const entry = sidebar(page).getByRole('listitem').filter({ has: page.getByRole('heading', { name: COMMITTEE, exact: true }) });
  await expect(entry).toHaveAttribute('aria-current', 'true');

  // Rediger mødet: a modal dialog, errors at the field.
  const opener = steps(page).getByRole('button', { name: 'Rediger mødet' });
  await opener.click();
  const dialog = page.getByRole('dialog', { name: 'Rediger mødet' });
  await expect(dialog.getByLabel('Dato', { exact: true })).toBeFocused();
  await dialog.getByLabel('Dato', { exact: true }).fill('01-01-9999');
  await dialog.getByLabel('Starttidspunkt').fill('16.00');
  await dialog.getByLabel('Sluttidspunkt').fill('18.00');
  await dialog.getByLabel('Sted').fill('Byrådssalen, Rådhuset');
  await dialog.getByRole('button', { name: 'Gem ændringer' }).click();
  const message = 'Skriv datoen som DD-MM-ÅÅÅÅ med et år fra 1900 til 2100, f.eks. 03-12-2026.';
  await expect(dialog.getByText(message)).toBeVisible();
  await expect(dialog.getByText(/DD-MM-ÅÅÅÅ/)).toHaveCount(1);
  await expect(dialog.getByRole('alert')).toHaveCount(0);
  await picture(page, 'edit-dialog');
  await noSevereAxeViolations(page);

  await dialog.getByLabel('Dato', { exact: true }).fill('13-01-2027');
  await dialog.getByLabel('Sted').press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect(opener).toBeFocused();
  await expect(header(page)).toContainText('kl. 16.00-18.00');
  await expect(header(page)).toContainText('Byrådssalen, Rådhuset');
  await picture(page, 'edited');

  // Aflys mødet: the reason is required, then the sidebar and the banner say so.
  await stepFromMenu(page, 'Aflys mødet …');
  const cancel = page.getByRole('dialog', { name: 'Aflys mødet' });
  await expect(cancel).toContainText(`Mødet i ${COMMITTEE} 13. januar 2027 aflyses.`);
  await cancel.getByRole('button', { name: 'Aflys mødet' }).click();
  await expect(cancel.getByText('Grunden til aflysningen må ikke være tom')).toBeVisible();
  await noSevereAxeViolations(page);
  await cancel.getByLabel('Grund til aflysningen').fill('Ingen sager til behandling');
  await page.keyboard.press('Enter');
  await expect(cancel).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Mødet er aflyst: Ingen sager til behandling' })).toBeVisible();
  await expect(entry.getByRole('button', { name: /13\. januar 2027/ })).toContainText('aflyst');
  await expect(header(page).locator('.status-cancelled')).toHaveText('aflyst');
  await expect(page.getByRole('button', { name: 'Tilføj punkt' })).toBeDisabled();
  await expect(steps(page).getByRole('button', { name: 'Rediger mødet' })).toHaveAttribute('aria-disabled', 'true');
  await picture(page, 'cancelled');
});

test('a meeting that was never released is deleted after a confirmation naming it', async ({ page }) => {
  await page.goto(hostUrl(ENV_DEMO_URL));
  await newMeeting(page, '10-02-2027', '10. februar 2027');
  await stepFromMenu(page, 'Slet mødet …');
  const confirm = page.getByRole('alertdialog', { name: 'Slet mødet' });
  await expect(confirm).toContainText(new RegExp(`Slet mødet i ${COMMITTEE} 10\\. februar 2027 med \\d+ punkt(er)?\\?`));
  await expect(confirm.getByRole('button', { name: 'Annuller' })).toBeFocused();
  await picture(page, 'delete-confirm');
  await noSevereAxeViolations(page);
  await confirm.getByRole('button', { name: 'Slet mødet' }).click();
  await expect(confirm).toHaveCount(0);
  await expect(sidebar(page).getByRole('button', { name: /10\. februar 2027/ })).toHaveCount(0);
  await expect(page.getByTestId('step-announcer')).toHaveText(`Mødet i ${COMMITTEE} 10. februar 2027 er slettet.`);
  await picture(page, 'deleted');
});

test('the planned Økonomiudvalget meeting: stopped by a placeholder, overridden with a reason, released as version 1', async ({ page }) => {
  test.setTimeout(300_000);
  await page.goto(hostUrl(ENV_DEMO_URL));
  await openMeeting(page, 'Økonomiudvalget', '2. december 2026');

  // The planted placeholder, as the secretary left it in the text.
  const meetings = await call<{ id: number; committeeName: string; date: string }[]>(page, 'meetings:list', {});
  const meeting = meetings.find((m) => m.committeeName === 'Økonomiudvalget' && m.date === '2026-12-02')!;
  const detail = await call<{ items: { id: number; number: number; title: string; isClosed: boolean; kind: string; sections: { key: string }[] }[] }>(page, 'meetings:get', { id: meeting.id });
  const target = detail.items.find((i) => i.kind === 'ordinary' && !i.isClosed && i.sections.some((s) => s.key === 'oekonomi'))!;
  await call(page, 'sections:update', {
    itemId: target.id, key: 'oekonomi',
    content: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Udgiften udgør [indsæt beløb] kr. og afholdes af kassebeholdningen.' }] }] },
  });
  await page.reload();
  await expect(header(page)).toContainText('2. december 2026');

  const opener = steps(page).getByRole('button', { name: 'Udsend dagsorden …' });
  await opener.click();
  const dialog = page.getByRole('dialog', { name: 'Udsend dagsorden' });
  await expect(dialog.getByRole('paragraph').filter({ hasText: `Punkt ${target.number} »${target.title}«: pladsholder »[indsæt beløb]«` })).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Udsend version 1' })).toBeVisible();

  // Without a reason the release is refused, and the refusal names the finding.
  await dialog.getByRole('button', { name: 'Udsend version 1' }).click();
  const refusal = dialog.getByRole('alert');
  await expect(refusal).toContainText('Dagsordenen er ikke udsendt');
  await expect(refusal.getByRole('listitem').filter({ hasText: `Punkt ${target.number} »${target.title}«: pladsholder »[indsæt beløb]«` })).toBeVisible();
  await picture(page, 'release-blocked');
  await noSevereAxeViolations(page);

  // A reason for the placeholder (and for any other error the demo has by now), then the release.
  const placeholderGroup = dialog.getByRole('listitem').filter({ hasText: 'pladsholder »[indsæt beløb]«' });
  await placeholderGroup.getByLabel(/^Tilsidesæt med begrundelse/).fill('Beløbet oplyses på mødet af økonomichefen');
  const fields = dialog.getByLabel(/^Tilsidesæt med begrundelse/);
  for (let i = 0; i < (await fields.count()); i++) {
    if (!(await fields.nth(i).inputValue())) await fields.nth(i).fill('Kendt og accepteret af sekretariatet');
  }
  await dialog.getByRole('button', { name: 'Udsend version 1' }).click();
  await expect(dialog.getByRole('status').filter({ hasText: 'Udsender version 1' })).toBeVisible();

  const done = page.getByRole('dialog', { name: 'Version 1 udsendt' });
  await expect(done).toBeVisible({ timeout: 240_000 });
  await expect(done.getByText('Medlemmernes udgave', { exact: true })).toBeVisible();
  await expect(done.getByText('Offentlig udgave', { exact: true })).toBeVisible();
  await expect(done.getByText('Begrundelse: Beløbet oplyses på mødet af økonomichefen')).toBeVisible();
  await picture(page, 'release-done');
  await noSevereAxeViolations(page);

  await page.keyboard.press('Escape');
  await expect(done).toHaveCount(0);
  const next = steps(page).getByRole('button', { name: 'Udsend version 2 …' });
  await expect(next).toBeFocused();
  await expect(header(page).locator('.badge-status')).toHaveText('dagsorden udsendt');
  await expect(sidebar(page).getByRole('button', { name: /2\. december 2026/ })).toContainText('dagsorden udsendt');
  await expect(page.getByText('Dagsordenen er udsendt som version 1. Ændringer kommer med i næste udsendelse, version 2.')).toBeVisible();
  await picture(page, 'released');
});

test('the held meeting: the agenda locked with one reason, and the steps that are left', async ({ page }) => {
  await page.goto(hostUrl(ENV_DEMO_URL));
  await openMeeting(page, 'Erhvervs- og Beskæftigelsesudvalget', '27. oktober 2026');
  const reason = 'Mødet er afholdt: dagsordenens punkter, tekster og bilag kan ikke længere ændres. Fremmøde og beslutninger kan stadig registreres, indtil referatet er godkendt.';
  await expect(page.getByText(reason)).toHaveCount(1);
  await expect(page.getByRole('button', { name: 'Tilføj punkt' })).toBeDisabled();
  await expect(steps(page).getByRole('button', { name: /^Udsend/ })).toHaveCount(0);

  await steps(page).getByRole('button', { name: 'Flere handlinger' }).focus();
  await page.keyboard.press('ArrowDown');
  const menu = page.getByRole('menu', { name: 'Flere handlinger' });
  await expect(menu.getByRole('menuitem')).toHaveText(['Genåbn mødet', 'Godkend referatet …', 'Aflys mødet …', 'Slet mødet …']);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  const cancel = menu.getByRole('menuitem', { name: 'Aflys mødet …' });
  await expect(cancel).toBeFocused();
  await expect(cancel).toHaveAttribute('aria-disabled', 'true');
  await expect(page.getByText('Et afholdt møde kan ikke aflyses.')).toBeVisible();
  await picture(page, 'held-menu');
  await noSevereAxeViolations(page);
  await page.keyboard.press('Escape');
  await expect(menu).toHaveCount(0);
  await expect(steps(page).getByRole('button', { name: 'Flere handlinger' })).toBeFocused();
});
