/**
 * bench:agenda — a planned meeting with 60 items and 200 bilag in a real SQLite file, served by the
 * browser-mode host in-process and driven in Debian's Chromium (headless, 1280×800). Measures:
 *  (a) a click in the sidebar, from another (small) meeting, until the agenda listbox shows all 60
 *      options and answers a keypress (ArrowDown changes aria-activedescendant) — budget p95 < 100 ms;
 *      meetings:get over HTTP (request to last byte, Resource Timing) is printed beside it;
 *  (b) Alt+ArrowUp/Alt+ArrowDown on a selected item until the DOM shows its new number
 *      (MutationObserver, from the keydown dispatch) — budget p95 < 16 ms, one frame;
 *  (c) the API calls, by method, while a title and a section are edited in the UI: one call each and
 *      never meetings:get (the store applies the item the API returns).
 * Also prints, for information, a full page load with the meeting already selected (as after a
 * restart), measured from navigation start. Times are taken in the page with performance.now().
 * `-- --db FILE` keeps the fixture in FILE and reuses it on the next run (building it takes ~30 s).
 */
import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { startHost } from '../../electron/host/start-host';
import { UI_STORAGE_KEY } from '../../renderer/stores/ui-store';
import { tempDir } from '../helpers/temp-db';
import { AGENDA_ITEMS, buildAgendaFixture, readAgendaFixture, type AgendaFixture } from './agenda-fixture';
import { agendaProbeScript, type AgendaProbeWindow } from './agenda-probes';

const OPEN_SAMPLES = 15;
const RELOAD_SAMPLES = 10;
const MOVE_SAMPLES = 30;
const OPEN_BUDGET_MS = 100;
const MOVE_BUDGET_MS = 16;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** One line like bench:store's; budget null = for information only. */
function report(label: string, times: number[], budgetMs: number | null): boolean {
  const sorted = [...times].sort((a, b) => a - b);
  const p95 = percentile(sorted, 95);
  const ok = budgetMs === null || p95 < budgetMs;
  const verdict = budgetMs === null ? '(information)' : `budget p95 < ${budgetMs} ms  ${ok ? 'OK' : 'OVER BUDGET'}`;
  console.log(
    `${label.padEnd(52)} n ${String(sorted.length).padStart(2)}   p50 ${percentile(sorted, 50).toFixed(1).padStart(6)} ms   p95 ${p95.toFixed(1).padStart(6)} ms   max ${sorted.at(-1)!.toFixed(1).padStart(6)} ms   ${verdict}`,
  );
  return ok;
}

function uiState(committeeId: number, meetingId: number | null, itemId: number | null): string {
  return JSON.stringify({
    state: { view: 'meeting', committeeId, meetingId, itemId, settingsTab: 'municipality', settingsCommitteeId: null, newMeetingCommitteeId: null },
    version: 1,
  });
}

/**
 * Loads the app with this selection remembered. The page before must be idle first: an app still
 * starting would write its own selection (the start meeting) over the one set here.
 */
async function loadWith(page: Page, url: string, committeeId: number, meetingId: number | null, itemId: number | null): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [UI_STORAGE_KEY, uiState(committeeId, meetingId, itemId)]);
  await page.goto(url);
}

const loadWithSelection = (page: Page, url: string, fixture: AgendaFixture, meetingId: number | null, itemId: number | null) =>
  loadWith(page, url, fixture.committeeId, meetingId, itemId);

/** (a) With the demo's small meeting open, click the bench meeting in the sidebar → 60 options → ArrowDown answered. */
async function measureOpen(page: Page, url: string, fixture: AgendaFixture): Promise<{ total: number[]; listed: number[]; fetched: number[] }> {
  const total: number[] = [];
  const listed: number[] = [];
  const fetched: number[] = [];
  const start = fixture.startMeeting;
  for (let i = -2; i < OPEN_SAMPLES; i++) {
    await loadWith(page, url, start.committeeId, start.id, null);
    await page.waitForFunction((count) => document.querySelectorAll('[role="listbox"] [role="option"]').length === count, start.itemCount);
    const button = page.locator(`ul[aria-labelledby="committee-${fixture.committeeId}-name"] button.meeting-link`).filter({ hasText: `${AGENDA_ITEMS} punkter` });
    await button.waitFor();
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const sample = await button.evaluate(
      (element, count) => (window as unknown as AgendaProbeWindow).__agendaProbe.openByClick(element as HTMLElement, count),
      AGENDA_ITEMS,
    );
    if (i >= 0) {
      total.push(sample.interactive);
      listed.push(sample.listed);
      fetched.push(sample.fetched);
    }
  }
  return { total, listed, fetched };
}

/** For information: a page load with the meeting persisted as selected, from navigation start. */
async function measureReload(page: Page, url: string, fixture: AgendaFixture): Promise<number[]> {
  const times: number[] = [];
  for (let i = -1; i < RELOAD_SAMPLES; i++) {
    await page.evaluate(() => sessionStorage.setItem('bench-agenda-reload', '1'));
    await loadWithSelection(page, url, fixture, fixture.meetingId, null);
    const sample = await page.evaluate(() => (window as unknown as AgendaProbeWindow).__agendaProbe.reloadResult);
    await page.evaluate(() => sessionStorage.removeItem('bench-agenda-reload'));
    if (i >= 0) times.push(sample);
  }
  return times;
}

/** (b) Alt+ArrowUp then Alt+ArrowDown on an opened ordinary item, alternating; waits for the API between samples. */
async function measureMove(page: Page, url: string, fixture: AgendaFixture): Promise<number[]> {
  const itemId = fixture.ordinaryItemIds[Math.floor(fixture.ordinaryItemIds.length / 2)]!;
  await loadWithSelection(page, url, fixture, fixture.meetingId, itemId);
  const row = page.locator(`#agenda-item-${itemId}`);
  await row.waitFor();
  await row.click();
  await page.waitForFunction((id) => document.querySelector('[role="listbox"]')?.getAttribute('aria-activedescendant') === `agenda-item-${id}`, itemId);
  // Let the opened item's editors and bilag thumbnails settle, as a secretary would see it.
  await page.waitForTimeout(1500);
  const times: number[] = [];
  for (let i = -4; i < MOVE_SAMPLES; i++) {
    const direction = i % 2 === 0 ? 'up' : 'down';
    const sample = await page.evaluate(([id, dir]) => (window as unknown as AgendaProbeWindow).__agendaProbe.move(id as number, dir as 'up' | 'down'), [itemId, direction] as const);
    await page.waitForFunction(
      (expected) => document.querySelector('[data-testid="agenda-announcer"]')?.textContent?.includes(`plads ${expected}`) ?? false,
      sample.position,
    );
    await page.waitForTimeout(50);
    if (i >= 0) times.push(sample.ms);
  }
  return times;
}

/** The API methods the page calls while `action` runs and for a moment after (a reload would come then). */
async function apiCalls(page: Page, action: () => Promise<void>): Promise<Map<string, number>> {
  const calls = new Map<string, number>();
  const onRequest = (request: { url(): string }) => {
    const method = /\/api\/([^/?#]+)$/.exec(new URL(request.url()).pathname)?.[1];
    if (method) calls.set(decodeURIComponent(method), (calls.get(decodeURIComponent(method)) ?? 0) + 1);
  };
  page.on('request', onRequest);
  try {
    await action();
    await page.waitForTimeout(1000);
  } finally {
    page.off('request', onRequest);
  }
  return calls;
}

const waitForApi = (page: Page, method: string) =>
  page.waitForResponse((response) => response.url().endsWith(`/api/${encodeURIComponent(method)}`) && response.request().method() === 'POST');

/** (c) A title (Ret punktet → Punktets titel → Gem) and a section (typed into its editor, then blurred) edited in the UI. */
async function measureEdits(page: Page, url: string, fixture: AgendaFixture): Promise<{ label: string; calls: Map<string, number> }[]> {
  const itemId = fixture.ordinaryItemIds[1]!;
  await loadWithSelection(page, url, fixture, fixture.meetingId, itemId);
  const heading = page.locator('#item-detail-title');
  await heading.waitFor();
  await page.waitForTimeout(1000);
  const results: { label: string; calls: Map<string, number> }[] = [];

  const edit = page.getByRole('button', { name: 'Ret punktet', exact: true });
  if ((await edit.count()) > 0) {
    const title = `${(await heading.textContent())?.trim() ?? ''} – rettet`;
    results.push({
      label: 'title edited (Ret punktet → Gem)',
      calls: await apiCalls(page, async () => {
        await edit.click();
        await page.locator(`#edit-item-${itemId}-title`).fill(title);
        await page.getByRole('button', { name: 'Gem', exact: true }).click();
        await page.waitForFunction((expected) => document.querySelector('#item-detail-title')?.textContent?.trim() === expected, title);
      }),
    });
  } else {
    // Until the item edit form is in the UI, the closed toggle is the item's other items:update.
    results.push({
      label: 'item updated (Lukket punkt toggled; no title form in this build)',
      calls: await apiCalls(page, async () => {
        const saved = waitForApi(page, 'items:update');
        await page.locator('.closed-toggle').click();
        await saved;
      }),
    });
  }

  const editor = page.locator('.detail-pane [role="textbox"][aria-label^="Tekst til"]').first();
  results.push({
    label: 'section edited (typed, then blurred)',
    calls: await apiCalls(page, async () => {
      await editor.click();
      await page.keyboard.press('End');
      // One edit (one input event), as a paste or a word typed between two saves.
      await page.keyboard.insertText(' Tilføjet i benchmarken.');
      const saved = waitForApi(page, 'sections:update');
      await heading.click();
      await saved;
    }),
  });
  return results;
}

function reportCalls(label: string, calls: Map<string, number>): boolean {
  const list = [...calls].map(([method, n]) => `${n} × ${method}`).join(', ') || 'none';
  const total = [...calls.values()].reduce((a, b) => a + b, 0);
  const ok = !calls.has('meetings:get') && total === 1;
  console.log(`(c) ${label.padEnd(64)} API calls: ${list}   ${ok ? 'OK (1 call, 0 × meetings:get)' : 'NOT ONE CALL / RELOADS THE MEETING'}`);
  return ok;
}

async function main(): Promise<void> {
  const dbArg = process.argv.indexOf('--db');
  const kept = dbArg > 0 ? resolve(process.argv[dbArg + 1] ?? '') : null;
  const { dir, cleanup } = tempDir('bench-agenda-');
  const file = kept ?? join(dir, 'agenda.sqlite');
  const load = () => loadavg().map((n) => n.toFixed(2)).join(' ');
  try {
    const t0 = performance.now();
    const reuse = kept !== null && existsSync(kept);
    const fixture = reuse ? await readAgendaFixture(file) : await buildAgendaFixture(file);
    console.log(`meeting: ${fixture.itemIds.length} items, ${fixture.ordinaryItemIds.length} ordinary, 200 bilag; ${reuse ? 'reused' : 'built'} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    console.log(`load average before: ${load()} (${cpus().length} cores)`);

    const host = await startHost({ dbFile: file, port: 0 });
    const browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    try {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'da-DK', timezoneId: 'Europe/Copenhagen' });
      await context.addInitScript({ content: agendaProbeScript(AGENDA_ITEMS) });
      const page = await context.newPage();
      page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
      await page.goto(host.url);

      const open = await measureOpen(page, host.url, fixture);
      const reload = await measureReload(page, host.url, fixture);
      const move = await measureMove(page, host.url, fixture);
      const edits = await measureEdits(page, host.url, fixture);

      console.log('');
      const ok = [
        report('(a) sidebar click → 60 items listed', open.listed, null),
        report('    of which meetings:get over HTTP', open.fetched, null),
        report('(a) sidebar click → agenda interactive (keypress)', open.total, OPEN_BUDGET_MS),
        report('    page load with meeting selected → interactive', reload, null),
        report('(b) Alt+Arrow move → new numbering in the DOM', move, MOVE_BUDGET_MS),
        ...edits.map((e) => reportCalls(e.label, e.calls)),
      ].every(Boolean);
      console.log(`load average after: ${load()}`);
      if (!ok) process.exitCode = 1;
    } finally {
      await browser.close();
      await host.close();
    }
  } finally {
    cleanup();
  }
}

await main();
