import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { ENV_DEMO_URL, REPO_ROOT, hostUrl } from './hosts';
import { agendaList, openMeeting, call } from './helpers';

/**
 * Mødet, the meeting screen, on the demo, driven by the keyboard where a secretary would: a released
 * Teknik- og Miljøudvalget meeting made for the spec through the API (so the demo's own meetings
 * stay as other specs expect them), then the tab from Dagsorden to Mødet by the arrow keys, the roll
 * call ("Alle til stede", an afbud with its reason), an item opened from the agenda listbox, its
 * outcome by its letter, a party vote typed in, a dissent the rule accepts and one it refuses, and the
 * preview following; the record is still there after a reload. Screenshots meeting-conduct-*.png at
 * 1280×800 and 1920×1080, each checked with axe.
 */
const SCREENSHOT_DIR = join(REPO_ROOT, 'test-results', 'screenshots');
const COMMITTEE = 'Teknik- og Miljøudvalget';
const DATE = '2026-11-25';
const LONG_DATE = '25. november 2026';
const ITEM = 'Trafiksikkerhedsplan 2027';
const RULE = 'kun et medlem eller et parti i det overstemte mindretal kan få sin afvigende mening ført til protokols (kommunestyrelseslovens § 13, stk. 2)';

test.beforeAll(() => mkdirSync(SCREENSHOT_DIR, { recursive: true }));

async function picture(page: Page, name: string): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  const { width, height } = page.viewportSize()!;
  await page.screenshot({ path: join(SCREENSHOT_DIR, `meeting-conduct-${name}-${width}x${height}.png`) });
}

async function noSevereAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
  const severe = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(severe, severe.map((v) => `${v.impact} ${v.id}: ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`).join('\n')).toEqual([]);
}

const paragraph = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

/**
 * The spec's own meeting: the standard items and two ordinary ones with their Indstilling, released
 * as version 1; made once, and its record emptied before each run.
 */
async function releasedMeeting(page: Page): Promise<void> {
  const committees = await call<{ id: number; name: string }[]>(page, 'committees:list', {});
  const committee = committees.find((c) => c.name === COMMITTEE)!;
  const existing = (await call<{ id: number; date: string }[]>(page, 'meetings:list', { committeeId: committee.id })).find((m) => m.date === DATE);
  if (existing) {
    const detail = await call<{ items: { id: number }[] }>(page, 'meetings:get', { id: existing.id });
    await call(page, 'attendance:set', { meetingId: existing.id, entries: [] });
    for (const item of detail.items) await call(page, 'decisions:set', { itemId: item.id, decisions: [] });
    return;
  }
  const meeting = await call<{ id: number }>(page, 'meetings:create', { committeeId: committee.id, date: DATE, startTime: '16:00', place: 'Mødelokale 3', applyStandardItems: true });
  const ordinary = async (title: string, points: string[], isClosed = false) => {
    const item = await call<{ id: number }>(page, 'items:create', { meetingId: meeting.id, title, kind: 'ordinary', isClosed, atIndex: 2 });
    await call(page, 'sections:update', { itemId: item.id, key: 'indstilling', content: paragraph('Forvaltningen foreslår, at') });
    await call(page, 'sections:update', { itemId: item.id, key: 'sagsfremstilling', content: paragraph('Sagen er beskrevet i bilaget, og der er gennemført høring af de berørte parter.') });
    await call(page, 'points:set', { itemId: item.id, points: points.map((text) => ({ text })) });
  };
  await ordinary('Salg af grund på Møllevej', ['grunden sælges til højestbydende'], true);
  await ordinary(ITEM, ['planen godkendes', 'anlægsrammen frigives']);
  await call(page, 'meetings:release', { id: meeting.id });
}

const preview = (page: Page) => page.getByTestId('record-preview');

for (const viewport of [{ width: 1280, height: 800 }, { width: 1920, height: 1080 }]) {
  test(`the meeting screen by keyboard at ${viewport.width}×${viewport.height}: roll call, an outcome, a party vote, dissent by the rule`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize(viewport);
    await page.goto(hostUrl(ENV_DEMO_URL));
    await releasedMeeting(page);
    await page.reload();
    await openMeeting(page, COMMITTEE, LONG_DATE);

    // Dagsorden → Mødet with the arrow keys (the ARIA tabs pattern).
    const agendaTab = page.getByRole('tab', { name: 'Dagsorden' });
    await agendaTab.focus();
    await page.keyboard.press('ArrowRight');
    const conductTab = page.getByRole('tab', { name: 'Mødet' });
    await expect(conductTab).toHaveAttribute('aria-selected', 'true');
    await expect(conductTab).toBeFocused();

    // The roll call: everyone present in one action, then one afbud with its reason.
    await page.getByRole('button', { name: 'Fremmøde' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Fremmøde' })).toBeVisible();
    const allPresent = page.getByRole('button', { name: 'Alle til stede' });
    await allPresent.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: 'Gemt' }).first()).toBeVisible();
    const finn = page.getByRole('group', { name: 'Fremmøde for Finn Ørskov (O)' });
    await finn.getByRole('radio', { name: 'Til stede' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(finn.getByRole('radio', { name: 'Afbud' })).toBeChecked();
    await page.getByRole('textbox', { name: 'Grund til afbud (valgfri) for Finn Ørskov (O)' }).fill('ferie');
    await expect(page.getByRole('button', { name: /Fremmøde/ })).toContainText('6 af 7 til stede');
    await expect(page.getByText('Gemt', { exact: true })).toBeVisible();
    await picture(page, 'roll-call');
    await noSevereAxeViolations(page);

    // An item from the agenda listbox, by keyboard.
    const list = agendaList(page);
    await list.focus();
    for (let i = 0; i < 8; i++) {
      if ((await list.getAttribute('aria-activedescendant')) === (await list.getByRole('option', { name: new RegExp(ITEM) }).getAttribute('id'))) break;
      await page.keyboard.press('ArrowDown');
    }
    await page.keyboard.press('Enter');
    const title = page.getByRole('heading', { level: 2, name: ITEM });
    await expect(title).toBeVisible();
    await expect(page.getByTestId('quorum')).toHaveText('Beslutningsdygtigt: 6 af 7');

    // Points 1 and 2 in one decision; the outcome by its letter.
    const decision = page.getByRole('region', { name: 'Beslutning 1' });
    await decision.getByRole('checkbox', { name: /Punkt 1/ }).check();
    await decision.getByRole('checkbox', { name: /Punkt 2/ }).check();
    await decision.getByRole('radio', { name: /Fri tekst/ }).focus();
    await page.keyboard.press('g');
    await expect(decision.getByRole('radio', { name: /Godkendt/ })).toBeChecked();
    await expect(decision.getByRole('radio', { name: /Godkendt/ })).toBeFocused();
    await expect(preview(page)).toContainText('Ad 1 + 2) Godkendt.');

    // A vote by party, typed in: the over-count is refused at once with the rule's words.
    await decision.getByRole('button', { name: 'Tilføj afstemning' }).click();
    const count = (party: string, choice: string) => decision.getByRole('spinbutton', { name: `${party}: ${choice}` });
    await count('B', 'For').fill('2');
    await expect(decision.getByText('Parti B har afgivet 2 stemmer, men kun 1 medlem med stemmeret er til stede.')).toBeVisible();
    await count('B', 'For').fill('1');
    for (const party of ['V', 'A', 'C']) await count(party, 'For').fill('1');
    await count('I', 'Imod').fill('1');
    await count('Ø', 'Imod').fill('1');
    await expect(preview(page)).toContainText('Ad 1 + 2) Godkendt med et flertal bestående af 4 (A, B, C og V). Imod stemmer 2 (I og Ø).');

    // A dissent by the minority, then the votes change so that party is in the majority: refused by the rule.
    await decision.getByRole('button', { name: 'Mindretalsudtalelse' }).click();
    await decision.getByRole('combobox', { name: 'Parti i mindretallet' }).selectOption({ label: 'Ø – Enhedslisten – De Rød-Grønne' });
    await decision.getByRole('textbox', { name: 'Udtalelsen' }).fill('idet planen ikke prioriterer cyklister');
    await expect(preview(page)).toContainText('Ø stemmer imod, idet planen ikke prioriterer cyklister.');
    await picture(page, 'item');
    await noSevereAxeViolations(page);

    await count('Ø', 'Imod').fill('');
    await count('Ø', 'For').fill('1');
    await expect(decision.getByText(`Gemmes ikke: Parti Ø er ikke i mindretallet, der stemte imod: ${RULE}.`)).toBeVisible();
    await expect(preview(page)).not.toContainText('cyklister');
    await picture(page, 'dissent-refused');
    await expect(page.getByText('Gemt', { exact: true })).toBeVisible();

    // Reloaded: the screen, the item and its record are as they were saved.
    await page.reload();
    await expect(page.getByRole('tab', { name: 'Mødet' })).toHaveAttribute('aria-selected', 'true');
    await expect(preview(page)).toContainText('Ad 1 + 2) Godkendt med et flertal bestående af 5 (A, B, C, V og Ø). Imod stemmer 1 (I).');
  });
}
