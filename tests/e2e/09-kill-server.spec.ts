import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import { REPO_ROOT } from './hosts';
import { agendaList, itemTitle, openMeeting } from './helpers';
import { killHardly, startKillableHost, stopKillableHost, type KillableHost } from './kill-host';

const ITEM = 'Mødeplan for Økonomiudvalget 2027';
const SENTENCE =
  'Forvaltningen anbefaler, at udvalget godkender mødeplanen for næste år med ti ordinære møder, et budgetseminar i juni og to temamøder om den grønne omstilling i kommunens ejendomme. ';
const CHAR_DELAY_MS = 40;
const CHUNK = 8;
const TYPE_BEFORE_KILL_MS = 3_500;
const TYPE_AFTER_KILL_MS = 400;
/** The promise under test: what was typed up to this long before the kill is saved. */
const MAY_LOSE_MS = 1_000;

test('killing the server process mid-edit loses at most the last second of typing', async ({ page }) => {
  test.setTimeout(180_000);
  const dir = mkdtempSync(join(tmpdir(), 'dagsorden-e2e-kill-'));
  const dbFile = join(dir, 'demo.sqlite');
  let host: KillableHost | null = await startKillableHost(['--db', dbFile, '--port', '0', '--demo']);
  try {
    await page.goto(host.url);
    await openMeeting(page, 'Økonomiudvalget', '2. december 2026');
    await agendaList(page).getByRole('option', { name: new RegExp(ITEM) }).click();
    await expect(itemTitle(page)).toContainText(ITEM);
    const editor = page.getByRole('textbox', { name: 'Tekst til Sagsfremstilling' });
    await editor.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');

    // Steady typing in short runs; the page notes when each key arrived (Date.now(), the same clock as here).
    await page.evaluate(() => {
      const w = window as unknown as { typedAt: number[] };
      w.typedAt = [];
      document.addEventListener('keydown', () => w.typedAt.push(Date.now()), { capture: true });
    });
    const start = Date.now();
    let killedAt: number | null = null;
    const killing = new Promise<void>((resolve) => {
      setTimeout(() => {
        killedAt = Date.now(); // typing goes on while the process dies
        void killHardly(host!).then(resolve);
      }, TYPE_BEFORE_KILL_MS);
    });
    for (let i = 0; i < SENTENCE.length; i += CHUNK) {
      if (killedAt !== null && Date.now() - killedAt >= TYPE_AFTER_KILL_MS) break;
      await page.keyboard.type(SENTENCE.slice(i, i + CHUNK), { delay: CHAR_DELAY_MS });
    }
    expect(killedAt, 'the sentence ran out before the kill').not.toBeNull();
    await killing;
    const typedAt = await page.evaluate(() => (window as unknown as { typedAt: number[] }).typedAt);
    const cutoff = killedAt! - MAY_LOSE_MS;
    const mustSurvive = SENTENCE.slice(0, typedAt.filter((t) => t <= cutoff).length);
    const summary = `${typedAt.length} characters typed, killed after ${killedAt! - start} ms; ${mustSurvive.length} typed more than ${MAY_LOSE_MS} ms before the kill`;
    test.info().annotations.push({ type: 'typing', description: summary });
    console.log(summary);
    expect(mustSurvive.length, 'too little was typed before the cut-off to test anything').toBeGreaterThanOrEqual(10);

    // Leave the page while the server is down, so nothing the page still holds can be saved later.
    await page.goto('about:blank');
    const port = host.port;
    host = await startKillableHost(['--db', dbFile, '--port', String(port)]);
    expect(host.port).toBe(port); // same origin: the persisted selection opens the same item
    await page.goto(host.url);
    await expect(itemTitle(page)).toContainText(ITEM);
    const saved = page.getByRole('textbox', { name: 'Tekst til Sagsfremstilling' });
    const text = (await saved.textContent()) ?? '';
    expect(text, `saved text lacks what was typed ≥ ${MAY_LOSE_MS} ms before the kill`).toContain(mustSurvive);

    await stopKillableHost(host);
    host = null;
    const check = await promisify(execFile)(process.execPath, ['electron/cli/bin.mjs', 'check', '--db', dbFile], { cwd: REPO_ROOT });
    expect(check.stdout).toContain('Databasen er i orden'); // exit code 1 (a rejected execFile) on any fault
  } finally {
    if (host) await stopKillableHost(host);
    rmSync(dir, { recursive: true, force: true });
  }
});
