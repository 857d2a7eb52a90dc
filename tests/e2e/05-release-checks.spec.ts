import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { ENV_DEMO_URL, hostUrl, REPO_ROOT } from './hosts';
import { itemTitle, openMeeting } from './helpers';

/** "Klar til udsendelse" on the demo's planned meeting (Økonomiudvalget): the panel, its summary, a jump to an item, a screenshot and axe. */
const SCREENSHOT_DIR = join(REPO_ROOT, 'test-results', 'screenshots');

test.use({ viewport: { width: 1280, height: 800 } });

test('release checks list the findings by item and lead to the item', async ({ page }) => {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.goto(hostUrl(ENV_DEMO_URL));
  await openMeeting(page, 'Økonomiudvalget', '2. december 2026');

  const toggle = page.getByRole('button', { name: 'Klar til udsendelse' });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const panel = page.getByRole('region', { name: 'Klar til udsendelse?' });
  const summary = panel.getByRole('status');
  await expect(summary).toHaveText(/fund|Ingen fund – dagsordenen er klar til udsendelse\./);

  const groups = panel.getByRole('heading', { level: 3 });
  if ((await groups.count()) > 0) {
    const first = (await groups.first().textContent()) ?? '';
    const title = first.replace(/^Punkt \d+\. /, '');
    await expect(panel.locator('.release-severity').first()).toHaveText(/Fejl|Advarsel|Spørgsmål/);
    await panel.getByRole('button', { name: /^Vis punkt/ }).first().click();
    await expect(itemTitle(page)).toContainText(title);
  }

  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'release-checks-1280x800.png') });

  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
  const severe = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(severe, severe.map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`).join('\n')).toEqual([]);

  await panel.getByRole('button', { name: 'Luk' }).click();
  await expect(panel).toHaveCount(0);
});
