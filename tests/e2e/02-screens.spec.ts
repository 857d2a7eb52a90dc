import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { ENV_DEMO_URL, hostUrl, REPO_ROOT } from './hosts';
import { agendaList, itemTitle, openMeeting, openSettings } from './helpers';

/** Every main screen of the demo at both window sizes: a screenshot to look at and an axe check. */
export const SCREENSHOT_DIR = join(REPO_ROOT, 'test-results', 'screenshots');

const viewports = [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
];

interface Screen {
  name: string;
  open(page: Page): Promise<void>;
}

const screens: Screen[] = [
  {
    name: 'meeting',
    async open(page) {
      await openMeeting(page, 'Erhvervs- og Beskæftigelsesudvalget', '27. oktober 2026');
      await agendaList(page).getByRole('option', { name: /Erhvervs- og turismestrategi/ }).click();
      await expect(itemTitle(page)).toContainText('Erhvervs- og turismestrategi');
    },
  },
  {
    name: 'meeting-decisions',
    async open(page) {
      await openMeeting(page, 'Erhvervs- og Beskæftigelsesudvalget', '27. oktober 2026');
      await agendaList(page).getByRole('option', { name: /Beskæftigelsesplan/ }).click();
      await page.locator('.decisions').scrollIntoViewIfNeeded();
    },
  },
  {
    name: 'meeting-closed-item',
    async open(page) {
      await openMeeting(page, 'Økonomiudvalget', '2. december 2026');
      await agendaList(page).getByRole('option', { name: /Lukket/ }).first().click();
      await expect(page.locator('.item-badges .badge-closed')).toBeVisible();
    },
  },
  { name: 'settings-kommune', open: (page) => openSettings(page, 'Kommune') },
  { name: 'settings-partier', open: (page) => openSettings(page, 'Partier') },
  { name: 'settings-personer', open: (page) => openSettings(page, 'Personer') },
  { name: 'settings-udvalg', open: (page) => openSettings(page, 'Udvalg') },
  { name: 'settings-skabelon', open: (page) => openSettings(page, 'Afsnitsskabelon') },
  { name: 'settings-standardpunkter', open: (page) => openSettings(page, 'Standardpunkter') },
];

test.beforeAll(() => {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
});

for (const viewport of viewports) {
  test.describe(`${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    for (const screen of screens) {
      test(`${screen.name}: screenshot and no serious or critical axe violations`, async ({ page }) => {
        await page.goto(hostUrl(ENV_DEMO_URL));
        await screen.open(page);
        // Fonts and layout settle before the picture is taken.
        await page.evaluate(() => document.fonts.ready);
        await page.screenshot({ path: join(SCREENSHOT_DIR, `${screen.name}-${viewport.width}x${viewport.height}.png`) });

        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
        const severe = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
        const report = severe.map((v) => `${v.impact} ${v.id}: ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`).join('\n');
        expect(severe, report).toEqual([]);
      });
    }
  });
}
