import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { ENV_DEMO_URL, hostUrl, REPO_ROOT } from './hosts';
import { agendaList, itemTitle, openMeeting, openSettings } from './helpers';

/** What a new user hit (issue 10, part 7), each as they met it, in the demo at 1280×800. */
const SCREENSHOT_DIR = join(REPO_ROOT, 'test-results', 'screenshots');

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: join(SCREENSHOT_DIR, `fixes-${name}-1280x800.png`) });
}

/** Økonomiudvalget 2. december 2026 with item 4 (Erhvervs- og turismestrategi: long text, points, two bilag) open. */
async function openStrategyItem(page: Page): Promise<void> {
  await page.goto(hostUrl(ENV_DEMO_URL));
  await openMeeting(page, 'Økonomiudvalget', '2. december 2026');
  await agendaList(page).getByRole('option', { name: /Erhvervs- og turismestrategi/ }).click();
  await expect(itemTitle(page)).toContainText('Erhvervs- og turismestrategi');
  await expect(page.locator('.bilag-row').first()).toBeVisible();
}

/** The elements Tab stops at in root: focusable, enabled, shown. */
function tabStops(root: Locator): Promise<{ all: number; toolbar: number; toolbars: number }> {
  return root.evaluate((el) => {
    const candidates = [...el.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, [tabindex], [contenteditable="true"]')];
    const stops = candidates.filter((c) => c.tabIndex >= 0 && !(c as HTMLButtonElement).disabled && c.getClientRects().length > 0 && getComputedStyle(c).visibility !== 'hidden');
    return { all: stops.length, toolbar: stops.filter((c) => c.closest('[role="toolbar"]')).length, toolbars: el.querySelectorAll('[role="toolbar"]').length };
  });
}

test('a: the window never scrolls as a whole, not even over the header; b: the panes keep their scrollbar room', async ({ page }) => {
  await page.goto(hostUrl(ENV_DEMO_URL));
  await openMeeting(page, 'Økonomiudvalget', '2. december 2026');
  const header = page.locator('.meeting-header');
  const headerButton = header.getByRole('button').last();
  const before = await headerButton.boundingBox();

  await agendaList(page).getByRole('option', { name: /Erhvervs- og turismestrategi/ }).click();
  await expect(page.locator('.bilag-row').first()).toBeVisible();
  // The bilag file input sits far down the long item: it used to stretch the document to about 3,200 px.
  expect(await page.evaluate(() => document.scrollingElement!.scrollHeight)).toBe(800);
  expect(await headerButton.boundingBox()).toEqual(before);

  const headerBox = (await header.boundingBox())!;
  await page.mouse.move(headerBox.x + headerBox.width / 2, headerBox.y + headerBox.height / 2);
  await page.mouse.wheel(0, 2000);
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => document.scrollingElement!.scrollTop)).toBe(0);
  expect(await header.boundingBox()).toEqual(headerBox);
  await shot(page, 'meeting');

  // b: every pane keeps the room of its scrollbar whether it scrolls (the long item) or not (the
  // sidebar), so nothing in it moves sideways when a scrollbar comes or goes.
  const gutter = (selector: string) =>
    page.locator(selector).first().evaluate((el: HTMLElement) => {
      const style = getComputedStyle(el);
      return { gutter: el.offsetWidth - el.clientWidth - parseFloat(style.borderLeftWidth) - parseFloat(style.borderRightWidth), scrolls: el.scrollHeight > el.clientHeight };
    });
  const detail = await gutter('.detail-pane');
  const side = await gutter('.sidebar-scroll');
  expect(detail.scrolls).toBe(true);
  expect(side.scrolls).toBe(false);
  expect(detail.gutter).toBeGreaterThan(0);
  expect(side.gutter).toBe(detail.gutter);
  expect((await gutter('.agenda-list')).gutter).toBe(detail.gutter);
  await agendaList(page).getByRole('option', { name: /Eventuelt/ }).click();
  await expect(itemTitle(page)).toHaveText('Eventuelt');
  expect(await headerButton.boundingBox()).toEqual(before);
});

test('c: a recommendation point shows all its text, growing with it', async ({ page }) => {
  await openStrategyItem(page);
  const points = page.locator('.point-text-input');
  await points.first().scrollIntoViewIfNeeded();
  expect(await points.count()).toBeGreaterThanOrEqual(2);
  for (const point of await points.all()) {
    const { scroll, client } = await point.evaluate((el) => ({ scroll: el.scrollHeight, client: el.clientHeight }));
    expect(scroll, 'no text hidden below the box').toBeLessThanOrEqual(client + 1);
  }
  // Typing more lines makes the box taller.
  const second = points.nth(1);
  const height = (await second.boundingBox())!.height;
  const original = await second.inputValue();
  await second.fill(`${original} ${'og en længere begrundelse for puljen '.repeat(4)}`);
  expect((await second.boundingBox())!.height).toBeGreaterThan(height + 20);
  expect(await second.evaluate((el) => el.scrollHeight <= el.clientHeight + 1)).toBe(true);
  await page.locator('.points-editor').scrollIntoViewIfNeeded();
  await shot(page, 'points');
  await second.fill(original);
  await second.blur();
  await expect(page.getByRole('status').filter({ hasText: /^Gemt$/ })).toBeVisible();
});

test('d: a long bilag title ends in an ellipsis, and the whole title is its tooltip', async ({ page }) => {
  await openStrategyItem(page);
  const title = page.getByLabel('Titel på bilag 1', { exact: true });
  const original = await title.inputValue();
  const long = 'Erhvervs- og turismestrategi 2027–2030 for Fjordby Kommune, udarbejdet sammen med Fjordby Erhvervsråd og turismeaktørerne i Nørre Vedby og Ålbæk';
  await title.fill(long);
  await title.press('Enter');
  await title.blur();
  await expect(title).toHaveAttribute('title', long);
  const look = await title.evaluate((el) => ({ overflow: getComputedStyle(el).textOverflow, cut: el.scrollWidth > el.clientWidth }));
  expect(look).toEqual({ overflow: 'ellipsis', cut: true });
  await page.locator('.bilag-list').scrollIntoViewIfNeeded();
  await shot(page, 'bilag');
  await title.fill(original);
  await title.press('Enter');
  await expect(title).toHaveAttribute('title', original);
});

test('e: a validation message stands once, at its field', async ({ page }) => {
  await page.goto(hostUrl(ENV_DEMO_URL));
  await openSettings(page, 'Partier');
  const form = page.getByRole('form', { name: 'Tilføj parti' });
  await page.getByLabel('Bogstav', { exact: true }).fill('Å');
  await page.getByLabel('Navn', { exact: true }).fill('   ');
  await page.getByRole('button', { name: 'Tilføj parti' }).click();
  await expect(page.locator('#party-name-error')).toHaveText('Partiets navn må ikke være tom');
  await expect(form.getByText('Partiets navn må ikke være tom')).toHaveCount(1);
  await expect(form.getByRole('alert')).toHaveCount(0);
  await shot(page, 'form-error');
});

test('f: a notice’s bar fits on one row, and Tab from its title goes into its text', async ({ page }) => {
  await page.goto(hostUrl(ENV_DEMO_URL));
  await openMeeting(page, 'Økonomiudvalget', '2. december 2026');
  await agendaList(page).getByRole('option', { name: /Meddelelser/ }).click();
  const title = page.getByRole('textbox', { name: 'Titel på meddelelse 1' });
  await expect(title).toBeVisible();
  const bar = page.getByRole('toolbar', { name: 'Formatering af Tekst til meddelelse 1' });
  const barHeight = (await bar.boundingBox())!.height;
  const buttonHeight = (await bar.getByRole('button').first().boundingBox())!.height;
  expect(barHeight, 'one row of buttons').toBeLessThan(buttonHeight * 2);

  await title.focus();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('textbox', { name: 'Tekst til meddelelse 1' })).toBeFocused();
  await shot(page, 'notices');
});

test('g: each toolbar is one tab stop; the arrows move inside it and Enter makes the selection bold', async ({ page }) => {
  await openStrategyItem(page);
  const stops = await tabStops(page.locator('.detail-pane'));
  console.log(`Tabulatorstop i punkt 4: ${stops.all} i alt, ${stops.toolbar} i ${stops.toolbars} værktøjslinjer`);
  expect(stops.toolbar).toBe(stops.toolbars);
  expect(stops.all).toBeLessThan(60);

  const text = page.getByRole('textbox', { name: 'Tekst til Resume' });
  const bar = page.getByRole('toolbar', { name: 'Formatering af Resume' });
  await text.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Tab');
  await expect(bar.getByRole('button', { name: 'Overskrift (Ctrl+Alt+1, 2 eller 3)' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(bar.getByRole('button', { name: 'Fed (Ctrl+B)' })).toBeFocused();
  await page.keyboard.press('End');
  await expect(bar.getByRole('button', { name: 'Link' })).toBeFocused();
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await expect(text.locator('strong')).toHaveCount(1);
  await expect(text).toBeFocused();
  await expect(bar.getByRole('button', { name: 'Fed (Ctrl+B)' })).toHaveAttribute('aria-pressed', 'true');
  await shot(page, 'toolbar');
  // Back as it was: Fortryd in the text.
  await page.keyboard.press('Control+Z');
  await expect(text.locator('strong')).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: /^Gemt$/ })).toBeVisible();
});

test('h: the section template shows headings, not the program’s keys', async ({ page }) => {
  await page.goto(hostUrl(ENV_DEMO_URL));
  await openSettings(page, 'Afsnitsskabelon');
  await expect(page.locator('.edit-table input').first()).toBeVisible();
  const text = await page.locator('main').innerText();
  expect(text).not.toMatch(/\b(resume|oekonomi|hoering|sagsfremstilling|indstilling)\b/);
  await expect(page.getByLabel('Nøgle')).toHaveCount(0);
  await shot(page, 'sections');
});

test('i: the bold, italic and underline letters follow the language', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('dagsorden.language', 'en'));
  await page.goto(hostUrl(ENV_DEMO_URL));
  await page.getByRole('navigation', { name: 'Committees and meetings' }).getByRole('button', { name: /2 December 2026/ }).click();
  await page.getByRole('listbox').first().getByRole('option', { name: /Erhvervs- og turismestrategi/ }).click();
  const bar = page.getByRole('toolbar', { name: 'Formatting of Resume' });
  await expect(bar.getByRole('button', { name: 'Bold (Ctrl+B)' })).toHaveText('B');
  await expect(bar.getByRole('button', { name: 'Italic (Ctrl+I)' })).toHaveText('I');
  await expect(bar.getByRole('button', { name: 'Underline (Ctrl+U)' })).toHaveText('U');
  await shot(page, 'toolbar-en');
});

test('j, k: one click on Start eksport downloads the PDF; a changed option takes the old result away', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto(hostUrl(ENV_DEMO_URL));
  await openMeeting(page, 'Erhvervs- og Beskæftigelsesudvalget', '27. oktober 2026');
  await page.getByRole('button', { name: 'Eksportér' }).click();
  const dialog = page.getByRole('dialog', { name: 'Eksportér' });
  await dialog.getByLabel('Referat').check();
  await dialog.getByLabel('Offentlig').check();

  const download = page.waitForEvent('download', { timeout: 150_000 });
  await dialog.getByRole('button', { name: 'Start eksport' }).click();
  const file = await download;
  // "Udkast til referat …" until the minutes are approved.
  expect(file.suggestedFilename()).toMatch(/[Rr]eferat Erhvervs- og Beskæftigelsesudvalget 2026-10-27 .*\.pdf$/);
  await expect(dialog.getByRole('link', { name: /^Hent .*[Rr]eferat/ })).toBeVisible();
  await shot(page, 'export');

  await dialog.getByLabel('Medlemmer').check();
  await expect(dialog.getByText('Eksporten er færdig.')).toHaveCount(0);
  await expect(dialog.getByRole('link', { name: /^Hent/ })).toHaveCount(0);
  await expect(dialog.getByRole('button', { name: 'Start eksport' })).toBeVisible();
});

/** `--db` on a fresh file, with everything the host prints kept. */
function spawnHost(command: string, args: string[]): { child: ChildProcess; output(): string; ready: Promise<string> } {
  const child = spawn(command, args, { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  const ready = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Værten startede ikke:\n${output}`)), 120_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Dagsorden kører på (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', () => reject(new Error(`Værten stoppede:\n${output}`)));
  });
  return { child, output: () => output, ready };
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(true));
  });
}

function groupIsGone(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return false;
  } catch {
    return true;
  }
}

test('l: an empty database says how to get the demo, in the terminal and on the first screen', async ({ page }) => {
  const dir = mkdtempSync(join(tmpdir(), 'dagsorden-e2e-empty-'));
  const host = spawnHost(join(REPO_ROOT, 'node_modules', '.bin', 'tsx'), ['electron/host/start-web.ts', '--db', join(dir, 'NY.sqlite'), '--port', '0']);
  try {
    const url = await host.ready;
    await expect.poll(host.output).toContain('npm run start:web -- --db');
    expect(host.output()).toContain(`Databasen ${join(dir, 'NY.sqlite')} er tom.`);
    expect(host.output()).toContain('npx dagsorden demo --db');

    await page.goto(url);
    const hint = page.getByRole('complementary', { name: 'Vil du først se programmet med demodata?' });
    await expect(hint).toBeVisible();
    await expect(hint).toContainText('npm run start:web -- --db demo.sqlite --demo');
    expect(await page.evaluate(() => document.scrollingElement!.scrollHeight)).toBe(800);
    await shot(page, 'empty');
  } finally {
    if (host.child.pid && !groupIsGone(host.child.pid)) process.kill(-host.child.pid, 'SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
});

for (const [signal, what] of [
  ['SIGTERM', 'SIGTERM to npm alone'],
  ['SIGKILL', 'npm killed outright (it forwards nothing)'],
] as const) {
  test(`n: the host stops, closing its database, on ${what}`, async () => {
    test.setTimeout(120_000);
    const dir = mkdtempSync(join(tmpdir(), 'dagsorden-e2e-stop-'));
    // npm runs the host as `npm run start:web` does: npm → sh -c → tsx → node, all in one new process group.
    const host = spawnHost('npm', ['exec', '--', 'tsx', 'electron/host/start-web.ts', '--db', join(dir, 'stop.sqlite'), '--port', '0']);
    try {
      const url = await host.ready;
      const port = Number(new URL(url).port);
      expect(await portIsFree(port)).toBe(false);
      process.kill(host.child.pid!, signal);
      const started = Date.now();
      await expect.poll(() => portIsFree(port), { timeout: 5000, intervals: [100] }).toBe(true);
      await expect.poll(() => groupIsGone(host.child.pid!), { timeout: 5000, intervals: [100] }).toBe(true);
      console.log(`${what}: porten ${port} fri efter ${Date.now() - started} ms`);
      if (signal === 'SIGTERM') expect(host.output()).toContain('Dagsorden stopper');
    } finally {
      if (host.child.pid && !groupIsGone(host.child.pid)) process.kill(-host.child.pid, 'SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    }
  });
}

test('o: a first start opens the next upcoming meeting', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-01T10:00:00+01:00'));
  await page.goto(hostUrl(ENV_DEMO_URL));
  await expect(page.locator('.meeting-header')).toContainText('2. december 2026');
  await expect(page.locator('.meeting-header').getByRole('heading', { level: 1 })).toHaveText('Økonomiudvalget');
  await shot(page, 'first-start');

  // Nothing remembered a month earlier: the held meeting of 27 October is the next one then.
  await page.evaluate(() => localStorage.clear());
  await page.clock.setFixedTime(new Date('2026-10-01T10:00:00+02:00'));
  await page.reload();
  await expect(page.locator('.meeting-header')).toContainText('27. oktober 2026');

  // What was opened last is what opens next time, whatever the date.
  await openMeeting(page, 'Økonomiudvalget', '2. december 2026');
  await page.reload();
  await expect(page.locator('.meeting-header')).toContainText('2. december 2026');
});
