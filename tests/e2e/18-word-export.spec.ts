import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { docxParts, xmlText } from '../helpers/docx-package';
import { ENV_DEMO_URL, REPO_ROOT, hostUrl } from './hosts';
import { openMeeting, call } from './helpers';

const SCREENSHOT_DIR = join(REPO_ROOT, 'test-results', 'screenshots');
const COMMITTEE = 'Erhvervs- og Beskæftigelsesudvalget';
const PUBLIC_ZIP = 'Udkast til referat Erhvervs- og Beskæftigelsesudvalget 2026-10-27 (offentlig).zip';
const MEMBERS_DOCX = 'Udkast til referat Erhvervs- og Beskæftigelsesudvalget 2026-10-27 (medlemmer).docx';

interface ItemRow { title: string; isClosed: boolean; attachments: { title: string; isClosed: boolean }[] }

/** The titles of the closed items and of every closed bilag: the public Word packet must hold none of them, anywhere. */
async function closedTitles(page: Page): Promise<string[]> {
  const committee = (await call<{ id: number; name: string }[]>(page, 'committees:list', {})).find((c) => c.name === COMMITTEE)!;
  const meetingId = (await call<{ id: number; date: string }[]>(page, 'meetings:list', { committeeId: committee.id })).find((m) => m.date === '2026-10-27')!.id;
  const { items } = await call<{ items: ItemRow[] }>(page, 'meetings:get', { id: meetingId });
  return items.flatMap((item) => [
    ...(item.isClosed ? [item.title] : []),
    ...item.attachments.filter((a) => item.isClosed || a.isClosed).map((a) => a.title),
  ]);
}

async function exportAs(dialog: Locator, edition: 'Medlemmer' | 'Offentlig', format: 'Word (DOCX)' | 'Word med bilag (zip-fil)'): Promise<void> {
  // A choice made while the dialog's first load re-renders it can be lost: choose until it holds.
  await expect(async () => {
    await dialog.getByLabel('Referat').check();
    await dialog.getByLabel(edition).check();
    await dialog.getByLabel(format).check();
  }).toPass({ timeout: 10_000 });
  await dialog.getByRole('button', { name: /^(Start eksport|Eksportér igen)$/ }).click();
}

async function download(page: Page, link: Locator): Promise<{ name: string; bytes: Buffer }> {
  const downloadPromise = page.waitForEvent('download');
  await link.click();
  const done = await downloadPromise;
  return { name: done.suggestedFilename(), bytes: readFileSync(await done.path()) };
}

/** The held demo meeting's minutes as Word: the public edition with its bilag in a .zip, then the members' .docx. */
test('Word export: the public minutes with bilag as a zip, the members’ minutes as a .docx', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(hostUrl(ENV_DEMO_URL));
  const closed = await closedTitles(page);
  expect(closed.length).toBeGreaterThan(0);
  await openMeeting(page, COMMITTEE, '27. oktober 2026');

  await page.getByRole('button', { name: 'Eksportér' }).click();
  const dialog = page.getByRole('dialog', { name: 'Eksportér' });
  await expect(dialog).toBeVisible();
  await exportAs(dialog, 'Offentlig', 'Word med bilag (zip-fil)');
  // The PDF's own options give way to a note while Word is chosen.
  await expect(dialog.getByLabel('PDF/A (arkiv)')).toHaveCount(0);
  await expect(dialog.getByTestId('export-word-no-pdf-options')).toHaveText('PDF/A, bilagenes placering og digital underskrift findes kun for PDF.');
  const zipLink = dialog.getByRole('link', { name: `Hent ${PUBLIC_ZIP}` });
  await expect(zipLink).toBeVisible({ timeout: 60_000 });
  await expect(dialog.getByTestId('export-facts')).toHaveText(/^Word-dokument og \d+ bilag i zip-fil · [\d,]+ (kB|MB)$/);
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'export-dialog-word-1280x800.png') });

  const zipFile = await download(page, zipLink);
  expect(zipFile.name).toBe(PUBLIC_ZIP);
  const zip = await JSZip.loadAsync(zipFile.bytes);
  const names = Object.keys(zip.files);
  const bilagNames = names.filter((n) => n.endsWith('.pdf'));
  expect(bilagNames.length).toBeGreaterThan(0);
  expect(bilagNames.every((n) => /^Punkt \d+ - Bilag \d+ - .+\.pdf$/.test(n))).toBe(true);
  const docxName = PUBLIC_ZIP.replace(/\.zip$/, '.docx');
  expect(names).toContain(docxName);
  const publicParts = [...(await docxParts(await zip.file(docxName)!.async('uint8array'))).values()].map(xmlText).join('\n');
  expect(publicParts).toContain('Personsag');
  for (const title of closed) {
    expect(publicParts.includes(title), `»${title}« i den offentlige Word-udgave`).toBe(false);
    expect(names.some((n) => n.includes(title)), `»${title}« i et filnavn i zip-filen`).toBe(false);
  }

  // The members' edition is the whole minutes: the closed titles are there.
  await exportAs(dialog, 'Medlemmer', 'Word (DOCX)');
  const docxLink = dialog.getByRole('link', { name: `Hent ${MEMBERS_DOCX}` });
  await expect(docxLink).toBeVisible({ timeout: 60_000 });
  await expect(dialog.getByTestId('export-facts')).toHaveText(/^Word-dokument · [\d,]+ kB$/);
  const membersFile = await download(page, docxLink);
  expect(membersFile.name).toBe(MEMBERS_DOCX);
  expect(membersFile.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  const membersParts = [...(await docxParts(membersFile.bytes)).values()].map(xmlText).join('\n');
  for (const title of closed) expect(membersParts.replace(/\s+/g, ' ')).toContain(title);
});
