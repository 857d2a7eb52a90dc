import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { ENV_EMPTY_URL, hostUrl, REPO_ROOT } from './hosts';
import { agendaList, itemTitle, openSettings, sidebar, LOGO_PNG } from './helpers';

/**
 * A new secretary on an empty database sets everything up in the UI: municipality, parties,
 * people, a committee with members and a substitute, a template change, and the first meeting.
 */
const parties = [
  { letter: 'A', name: 'Socialdemokratiet' },
  { letter: 'V', name: 'Venstre' },
  { letter: 'C', name: 'Det Konservative Folkeparti' },
  { letter: 'Ø', name: 'Enhedslisten – De Rød-Grønne' },
];

const people = [
  { name: 'Åse Bødker', party: 'A', title: 'Formand', email: 'aase.boedker@havbjerg.dk', role: 'Formand' },
  { name: 'Niels Ærø', party: 'V', title: '', email: '', role: 'Næstformand' },
  { name: 'Søren Kjær', party: 'A', title: '', email: '', role: 'Medlem' },
  { name: 'Lærke Østergaard', party: 'V', title: '', email: 'laerke@havbjerg.dk', role: 'Medlem' },
  { name: 'Bjørn Dahl', party: 'C', title: '', email: '', role: 'Medlem' },
  { name: 'Karen Sørensen', party: 'C', title: '', email: '', role: 'Medlem' },
  { name: 'Mette Frøslev', party: 'Ø', title: '', email: '', role: 'Medlem' },
  { name: 'Jørgen Hald', party: 'A', title: '', email: '', role: 'Stedfortræder' },
];

const COMMITTEE = 'Børne- og Skoleudvalget';

/** Pictures of the first-run screens to look at; their time is left out of the measured set-up time. */
let pictureTime = 0;
async function picture(page: Page, name: string): Promise<void> {
  const start = Date.now();
  await page.screenshot({ path: join(REPO_ROOT, 'test-results', 'screenshots', `first-setup-${name}.png`) });
  pictureTime += Date.now() - start;
}

test('a new user sets up municipality, parties, people, a committee and its first meeting', async ({ page }) => {
  const started = Date.now();
  await page.goto(hostUrl(ENV_EMPTY_URL));

  // Empty database: the app says what to do first.
  await expect(page.getByText('Opret dit første udvalg under Indstillinger')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Angiv kommunens navn' })).toBeVisible();
  await picture(page, '1-empty');

  // Kommune
  await openSettings(page, 'Kommune');
  await page.getByLabel('Kommunens navn', { exact: true }).fill('Havbjerg Kommune');
  await page.getByLabel('Logo', { exact: true }).setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: LOGO_PNG });
  await expect(page.getByRole('img', { name: 'Kommunens logo' })).toBeVisible();
  await page.getByRole('form', { name: 'Kommune' }).getByRole('button', { name: 'Gem', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Gemt.' })).toBeVisible();
  await expect(page.locator('.topbar')).toContainText('Havbjerg Kommune');

  // Partier
  await openSettings(page, 'Partier');
  for (const party of parties) {
    await page.getByLabel('Bogstav', { exact: true }).fill(party.letter);
    await page.getByLabel('Navn', { exact: true }).fill(party.name);
    await page.getByLabel('Navn', { exact: true }).press('Enter');
    await expect(page.getByRole('status').filter({ hasText: `Partiet ${party.letter} er tilføjet.` })).toBeVisible();
  }
  await expect(page.locator('table tbody tr')).toHaveCount(4);

  // Personer
  await openSettings(page, 'Personer');
  for (const person of people) {
    const partyName = parties.find((p) => p.letter === person.party)!.name;
    await page.getByLabel('Navn', { exact: true }).fill(person.name);
    await page.getByLabel('Parti', { exact: true }).selectOption({ label: `${person.party} – ${partyName}` });
    await page.getByLabel('Titel', { exact: true }).fill(person.title);
    await page.getByLabel('E-mail', { exact: true }).fill(person.email);
    await page.getByRole('button', { name: 'Tilføj person' }).click();
    await expect(page.getByRole('status').filter({ hasText: `${person.name} er tilføjet.` })).toBeVisible();
  }
  await expect(page.locator('table tbody tr')).toHaveCount(8);
  await expect(page.locator('table')).toContainText('Lærke Østergaard');

  // Udvalg
  await openSettings(page, 'Udvalg');
  await page.getByLabel('Navn', { exact: true }).fill(COMMITTEE);
  await page.getByLabel('Type', { exact: true }).selectOption({ label: 'Fagudvalg' });
  await page.getByLabel('Fast mødested', { exact: true }).fill('Mødelokale 3, Rådhuset');
  await page.getByLabel('Fast starttidspunkt', { exact: true }).fill('16:00');
  await page.getByRole('button', { name: 'Opret udvalg' }).click();
  await expect(page.getByRole('heading', { name: 'Medlemmer' })).toBeVisible();
  await expect(sidebar(page).getByRole('heading', { name: COMMITTEE })).toBeVisible();
  await picture(page, '2-committee-created');

  const members = page.getByRole('form', { name: 'Tilføj medlem' });
  for (const person of people) {
    await members.getByLabel('Person', { exact: true }).selectOption({ label: `${person.name} (${person.party})` });
    await members.getByLabel('Rolle', { exact: true }).selectOption({ label: person.role });
    await members.getByLabel('Fra', { exact: true }).fill('2026-01-01');
    await members.getByRole('button', { name: 'Tilføj medlem' }).click();
    await expect(page.locator('table tbody tr').filter({ hasText: person.name })).toBeVisible();
  }
  const memberRows = page.locator('table tbody tr');
  await expect(memberRows).toHaveCount(8);
  await expect(page.getByText('8 medlemskaber, 7 med stemmeret')).toBeVisible();
  await expect(memberRows.filter({ hasText: 'Jørgen Hald' })).toContainText('Stedfortræder');
  await expect(memberRows.filter({ hasText: 'Jørgen Hald' })).toContainText('Nej');
  await expect(memberRows.filter({ hasText: 'Åse Bødker' })).toContainText('Formand');
  await expect(members).toContainText('Alle personer er allerede medlem af udvalget.');

  // Afsnitsskabelon: rename, remove, move and add a section, then save.
  await openSettings(page, 'Afsnitsskabelon');
  await page.getByLabel('Overskrift for afsnit 5', { exact: true }).fill('Økonomiske konsekvenser');
  await page.getByRole('button', { name: 'Fjern Høring' }).click();
  await page.getByRole('button', { name: 'Flyt Lovgrundlag ned' }).click();
  await page.getByLabel('Overskrift', { exact: true }).fill('Bæredygtighed');
  // The section's key is made from the heading and never shown.
  await expect(page.getByLabel('Nøgle', { exact: true })).toHaveCount(0);
  await page.getByRole('button', { name: 'Tilføj afsnit' }).click();
  await expect(page.getByText('Ikke gemt')).toBeVisible();
  await page.getByRole('button', { name: 'Gem skabelon' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Skabelonen er gemt' })).toBeVisible();
  const headings = await page.locator('.edit-table input').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
  expect(headings).toEqual(['Resume', 'Indstilling', 'Sagsfremstilling', 'Økonomiske konsekvenser', 'Lovgrundlag', 'Beslutningskompetence', 'Kommunikation', 'Bæredygtighed']);

  // The first meeting: time and place come from the committee.
  await sidebar(page).getByRole('button', { name: `Nyt møde i ${COMMITTEE}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nyt møde' })).toBeVisible();
  await expect(page.getByLabel('Starttidspunkt', { exact: true })).toHaveValue('16:00');
  await expect(page.getByLabel('Sted', { exact: true })).toHaveValue('Mødelokale 3, Rådhuset');
  await page.getByLabel('Dato', { exact: true }).fill('2026-12-03');
  await expect(page.getByText('torsdag den 3. december 2026')).toBeVisible();
  await picture(page, '3-new-meeting');
  await page.getByRole('button', { name: 'Opret møde' }).click();

  const header = page.locator('.meeting-header');
  await expect(header.getByRole('heading', { level: 1, name: COMMITTEE })).toBeVisible();
  await expect(header).toContainText('3. december 2026');
  await expect(header).toContainText('kl. 16.00');
  await expect(header).toContainText('Mødelokale 3, Rådhuset');
  await expect(header).toContainText('planlagt');
  await expect(sidebar(page).getByRole('button', { name: /3\. december 2026/ })).toHaveAttribute('aria-current', 'page');
  await expect(agendaList(page).getByRole('option')).toHaveCount(3);
  await expect(agendaList(page).getByRole('option').nth(0)).toContainText('Godkendelse af dagsorden');
  await expect(agendaList(page).getByRole('option').nth(2)).toContainText('Eventuelt');

  // An item with a title goes in before Eventuelt and gets the changed template.
  await page.getByRole('button', { name: 'Tilføj punkt' }).click();
  await page.getByLabel('Punktets titel', { exact: true }).fill('Skolestruktur 2027–2030');
  await page.getByLabel('Punktets titel', { exact: true }).press('Enter');
  await expect(agendaList(page).getByRole('option')).toHaveCount(4);
  await expect(agendaList(page).getByRole('option').nth(2)).toContainText('3.Skolestruktur 2027–2030');
  await expect(itemTitle(page)).toHaveText('Skolestruktur 2027–2030');
  // The meeting is planned, so the item opens in the editor with the committee's changed template.
  const sectionHeadings = page.locator('.item-section .section-heading');
  await expect(sectionHeadings.filter({ hasText: 'Økonomiske konsekvenser' })).toHaveCount(1);
  await expect(sectionHeadings.filter({ hasText: 'Bæredygtighed' })).toHaveCount(1);
  await expect(sectionHeadings.filter({ hasText: 'Høring' })).toHaveCount(0);

  await picture(page, '4-first-meeting');

  const seconds = (Date.now() - started - pictureTime) / 1000;
  console.log(`Opsætning fra tom database til første møde: ${seconds.toFixed(1)} s`);
  test.info().annotations.push({ type: 'opsætningstid', description: `${seconds.toFixed(1)} s` });
});
