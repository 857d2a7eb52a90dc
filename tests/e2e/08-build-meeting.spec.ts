import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';
import { ENV_EMPTY_URL, hostUrl, REPO_ROOT } from './hosts';
import { agendaList, itemTitle, openSettings, sidebar } from './helpers';

/**
 * The "done when" for agenda building, as a new secretary would do it on the empty
 * database: a 10-item meeting from scratch with texts, points, a closed item, a member's request,
 * Meddelelser with three notices and 15 bilag (one closed); "Klar til udsendelse" then catches
 * the planted placeholder and phone number and nothing else; Ctrl+Z after a move restores the order.
 */
test.use({ viewport: { width: 1280, height: 800 } });
test.setTimeout(240_000);

const COMMITTEE = 'Børne- og Skoleudvalget';
const MEMBER = 'Åse Bødker';
const SCREENSHOT_DIR = join(REPO_ROOT, 'test-results', 'screenshots');

let pictureTime = 0;
async function picture(page: Page, name: string): Promise<void> {
  const start = Date.now();
  await page.screenshot({ path: join(SCREENSHOT_DIR, `build-meeting-${name}.png`) });
  pictureTime += Date.now() - start;
}

/** A small PDF of 1–3 pages with a little text, made here. */
async function smallPdf(title: string, pages: number): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let i = 1; i <= pages; i++) {
    const page = doc.addPage([595, 842]);
    page.drawText(title, { x: 60, y: 760, size: 20, font });
    page.drawText(`Side ${i} af ${pages}`, { x: 60, y: 730, size: 12, font, color: rgb(0.3, 0.3, 0.3) });
    page.drawText('Notat fra forvaltningen til udvalgets behandling.', { x: 60, y: 700, size: 12, font });
  }
  return Buffer.from(await doc.save());
}

/** The committee from spec 01 when it ran before; otherwise a minimal one with one member, made in settings. */
async function ensureCommittee(page: Page): Promise<void> {
  // The sidebar loads after the page: give it time to show spec 01's committee before deciding it is missing.
  const made = await sidebar(page).getByRole('heading', { name: COMMITTEE }).waitFor({ timeout: 8_000 }).then(() => true, () => false);
  if (made) return;
  await openSettings(page, 'Partier');
  await page.getByLabel('Bogstav', { exact: true }).fill('A');
  await page.getByLabel('Navn', { exact: true }).fill('Socialdemokratiet');
  await page.getByLabel('Navn', { exact: true }).press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Partiet A er tilføjet.' })).toBeVisible();
  await openSettings(page, 'Personer');
  await page.getByLabel('Navn', { exact: true }).fill(MEMBER);
  await page.getByLabel('Parti', { exact: true }).selectOption({ label: 'A – Socialdemokratiet' });
  await page.getByRole('button', { name: 'Tilføj person' }).click();
  await expect(page.getByRole('status').filter({ hasText: `${MEMBER} er tilføjet.` })).toBeVisible();
  await openSettings(page, 'Udvalg');
  await page.getByLabel('Navn', { exact: true }).fill(COMMITTEE);
  await page.getByLabel('Type', { exact: true }).selectOption({ label: 'Fagudvalg' });
  await page.getByLabel('Fast starttidspunkt', { exact: true }).fill('16:00');
  await page.getByRole('button', { name: 'Opret udvalg' }).click();
  await expect(page.getByRole('heading', { name: 'Medlemmer' })).toBeVisible();
  const members = page.getByRole('form', { name: 'Tilføj medlem' });
  await members.getByLabel('Person', { exact: true }).selectOption({ label: `${MEMBER} (A)` });
  await members.getByLabel('Rolle', { exact: true }).selectOption({ label: 'Formand' });
  await members.getByLabel('Fra', { exact: true }).fill('2026-01-01');
  await members.getByRole('button', { name: 'Tilføj medlem' }).click();
  await expect(page.locator('table tbody tr').filter({ hasText: MEMBER })).toBeVisible();
}

async function openItem(page: Page, title: string): Promise<void> {
  await agendaList(page).getByRole('option').filter({ hasText: title }).click();
  await expect(itemTitle(page)).toHaveText(title);
}

async function addItem(page: Page, title: string, options: { closed?: boolean; request?: { date: string; text: string } } = {}): Promise<void> {
  await page.getByRole('button', { name: 'Tilføj punkt' }).click();
  const form = page.getByRole('form', { name: 'Tilføj punkt' });
  if (options.request) {
    await form.getByLabel('Type', { exact: true }).selectOption({ label: 'Anmodning om optagelse af sag' });
    await form.getByLabel('Hvem anmoder', { exact: true }).selectOption({ label: `${MEMBER} (A)` });
    await form.getByLabel('Anmodet den', { exact: true }).fill(options.request.date);
    await form.getByLabel('Anmodningens tekst', { exact: true }).fill(options.request.text);
  }
  await form.getByLabel('Punktets titel', { exact: true }).fill(title);
  if (options.closed) await form.getByLabel('Lukket punkt', { exact: true }).check();
  await form.getByRole('button', { name: 'Tilføj', exact: true }).click();
  await expect(itemTitle(page)).toHaveText(title);
}

/** Types into a section's editor the way a user does, then leaves it (blur saves at once). */
async function typeSection(page: Page, section: string, text: string): Promise<void> {
  const editor = page.getByRole('textbox', { name: `Tekst til ${section}`, exact: true });
  await editor.click();
  await page.keyboard.type(text);
  await expect(editor).toContainText(text);
}

async function saved(page: Page): Promise<void> {
  // Leaving the field saves; the item's indicator says "Gemt".
  await page.locator('.item-header').click();
  await expect(page.locator('.item-edit-bar .save-status')).toHaveText('Gemt');
}

async function addPoints(page: Page, points: string[]): Promise<void> {
  for (const [i, text] of points.entries()) {
    await page.getByRole('button', { name: 'Tilføj indstillingspunkt' }).click();
    const field = page.getByRole('textbox', { name: `Punkt ${i + 1}`, exact: true });
    await expect(field).toBeFocused();
    await field.fill(text);
  }
}

async function uploadBilag(page: Page, names: string[]): Promise<void> {
  const files = await Promise.all(names.map(async (name, i) => ({ name: `${name}.pdf`, mimeType: 'application/pdf', buffer: await smallPdf(name, (i % 3) + 1) })));
  const list = page.getByRole('list', { name: 'Punktets bilag' });
  const before = await list.getByRole('listitem').count().catch(() => 0);
  await page.getByTestId('bilag-file-input').setInputFiles(files);
  await expect(list.getByRole('listitem')).toHaveCount(before + names.length, { timeout: 30_000 });
}

const PLACEHOLDER = '[indsæt beløb]';
const PHONE = '23 45 67 89';

test('a secretary builds a 10-item meeting from scratch and the release checks catch what was planted', async ({ page }) => {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.goto(hostUrl(ENV_EMPTY_URL));
  await ensureCommittee(page);
  const started = Date.now();
  pictureTime = 0;

  // A new meeting; the standard items come from the committee's template.
  await sidebar(page).getByRole('button', { name: `Nyt møde i ${COMMITTEE}` }).click();
  await page.getByLabel('Dato', { exact: true }).fill('2027-01-14');
  await page.getByRole('button', { name: 'Opret møde' }).click();
  await expect(page.locator('.meeting-header')).toContainText('14. januar 2027');
  const options = agendaList(page).getByRole('option');
  await expect(options).toHaveCount(3);
  await expect(options.nth(1)).toContainText('Meddelelser');
  await picture(page, '1-new-meeting');

  // Ordinary items with texts and recommendations.
  await addItem(page, 'Budgetopfølgning for skoleområdet');
  await typeSection(page, 'Resume', `Forvaltningen forventer et merforbrug på ${PLACEHOLDER} i 2027.`);
  await typeSection(page, 'Sagsfremstilling', 'Merforbruget skyldes flere elever i specialklasser.');
  await addPoints(page, ['orienteringen tages til efterretning', 'merforbruget søges dækket ved omplacering']);
  await saved(page);

  await addItem(page, 'Ny skolestruktur 2027–2030');
  await typeSection(page, 'Resume', 'Forslaget samler tre små skoler i ét skoledistrikt.');
  await addPoints(page, ['forslaget sendes i høring', 'høringsperioden er seks uger', 'sagen genoptages efter høringen']);
  await saved(page);
  await picture(page, '2-item-with-points');

  await addItem(page, 'Trafiksikre skoleveje');
  await typeSection(page, 'Resume', 'Skolebestyrelsen ønsker bedre cykelstier ved Nordskolen.');
  await typeSection(page, 'Indstilling', 'Forvaltningen foreslår, at orienteringen tages til efterretning.');
  await typeSection(page, 'Sagsfremstilling', `Skolebestyrelsens formand kan kontaktes på ${PHONE} om projektet.`);
  await saved(page);

  await addItem(page, 'Kvalitetsrapport for folkeskolen');
  await typeSection(page, 'Indstilling', 'Forvaltningen foreslår, at kvalitetsrapporten godkendes.');
  await saved(page);

  await addItem(page, 'Frokostordning i indskolingen');
  await typeSection(page, 'Indstilling', 'Forvaltningen foreslår, at forsøget forlænges et år.');
  await saved(page);

  await addItem(page, 'Personalesag på Østskolen', { closed: true });
  await typeSection(page, 'Indstilling', 'Forvaltningen foreslår, at indstillingen følges.');
  await saved(page);
  await expect(page.locator('.item-header .badge-closed')).toBeVisible();

  await addItem(page, 'Anmodning om skolebusser i landdistriktet', {
    request: { date: '2026-12-20', text: 'Jeg ønsker en drøftelse af skolebusserne i landdistriktet.' },
  });
  await expect(page.locator('.request-text')).toHaveText('»Jeg ønsker en drøftelse af skolebusserne i landdistriktet.«');
  await expect(options).toHaveCount(10);
  await picture(page, '3-ten-items');

  // Meddelelser: three numbered notices.
  await openItem(page, 'Meddelelser');
  const notices = [
    ['Nyt om vejarbejdet ved Vestskolen', 'Vejen åbner igen i uge 9.'],
    ['Ny skoleleder på Nordskolen', 'Hanne Lund tiltræder den 1. februar.'],
    ['Elevtal pr. 5. september', 'Elevtallet er steget med 42 elever.'],
  ];
  for (const [i, [title, text]] of notices.entries()) {
    await page.getByRole('button', { name: 'Tilføj meddelelse' }).click();
    const titleField = page.getByRole('textbox', { name: `Titel på meddelelse ${i + 1}`, exact: true });
    await expect(titleField).toBeFocused();
    await titleField.fill(title!);
    await page.getByRole('textbox', { name: `Tekst til meddelelse ${i + 1}`, exact: true }).click();
    await page.keyboard.type(text!);
  }
  await saved(page);
  await picture(page, '4-notices');

  // 15 bilag through the file input, one of them closed (on the closed item).
  const bilag: [string, string[]][] = [
    ['Budgetopfølgning for skoleområdet', ['Budgetnotat', 'Regnskabsoversigt', 'Elevtal']],
    ['Ny skolestruktur 2027–2030', ['Høringsmateriale', 'Kort over skoledistrikter', 'Økonomisk analyse']],
    ['Trafiksikre skoleveje', ['Skitse af cykelsti', 'Trafiktælling']],
    ['Kvalitetsrapport for folkeskolen', ['Kvalitetsrapport', 'Skolernes bemærkninger']],
    ['Frokostordning i indskolingen', ['Evaluering af forsøget', 'Forældreundersøgelse']],
    ['Personalesag på Østskolen', ['Sagsresume', 'Partshøring']],
    ['Anmodning om skolebusser i landdistriktet', ['Køreplan for skolebusser']],
  ];
  for (const [item, names] of bilag) {
    await openItem(page, item);
    await uploadBilag(page, names);
  }
  await openItem(page, 'Personalesag på Østskolen');
  // Checked once the server has saved it (a controlled box), so a click rather than check().
  await page.getByRole('checkbox', { name: 'Bilag 2 er lukket' }).click();
  await expect(page.getByRole('checkbox', { name: 'Bilag 2 er lukket' })).toBeChecked();
  const total = (await options.locator('.agenda-bilag').allTextContents()).reduce((sum, text) => sum + Number(/\d+/.exec(text)?.[0] ?? 0), 0);
  expect(total).toBe(15);
  await picture(page, '5-bilag');

  // Undo: a move by Alt+ArrowUp, then Ctrl+Z outside the editors brings the order back.
  const titles = () => options.locator('.agenda-title').allTextContents();
  const order = await titles();
  await openItem(page, 'Kvalitetsrapport for folkeskolen');
  await agendaList(page).focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(page.getByTestId('agenda-announcer')).toHaveText(/Punkt flyttet til plads/);
  expect(await titles()).not.toEqual(order);
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('history-status')).toHaveText(/^Fortrudt: Punkt \d+ flyttet$/);
  await expect.poll(titles).toEqual(order);
  await picture(page, '6-undo');

  // Klar til udsendelse: exactly the planted placeholder and phone number.
  await page.getByRole('button', { name: 'Klar til udsendelse' }).click();
  const panel = page.getByRole('region', { name: 'Klar til udsendelse?' });
  await expect(panel.getByRole('status')).toHaveText(/^2 fund/);
  const messages = await panel.locator('.release-issue-message').allTextContents();
  expect(messages).toHaveLength(2);
  expect(messages.some((m) => m.includes(`pladsholder »${PLACEHOLDER}«`))).toBe(true);
  expect(messages.some((m) => m.includes('Muligt telefonnummer'))).toBe(true);
  await expect(panel.getByRole('heading', { level: 3 })).toHaveText([/Budgetopfølgning for skoleområdet/, /Trafiksikre skoleveje/]);
  await expect(panel).toContainText(PHONE);
  await picture(page, '7-release-checks');

  const elapsed = Date.now() - started - pictureTime;
  console.log(`08-build-meeting: 10 items, 3 notices and 15 bilag built in ${(elapsed / 1000).toFixed(1)} s (screenshots not counted)`);
});
