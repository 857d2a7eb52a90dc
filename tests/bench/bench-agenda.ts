/**
 * bench:agenda — a planned meeting with 60 items and 200 bilag in a real SQLite file, served by the
 * browser-mode host in-process and driven in Debian's Chromium (headless, 1280×800). Measures:
 *  (a) opening the meeting from the sidebar until the agenda listbox shows all 60 options and
 *      answers a keypress (ArrowDown changes aria-activedescendant) — budget p95 < 300 ms;
 *  (b) Alt+ArrowUp/Alt+ArrowDown on a selected item until the DOM shows its new number
 *      (MutationObserver, from the keydown dispatch) — budget p95 < 50 ms.
 * Also prints, for information, a full page load with the meeting already selected (as after a
 * restart), measured from navigation start. Times are taken in the page with performance.now().
 */
import { performance } from 'node:perf_hooks';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { startHost } from '../../electron/host/start-host';
import { UI_STORAGE_KEY } from '../../renderer/stores/ui-store';
import { tempDir } from '../helpers/temp-db';
import { AGENDA_ITEMS, buildAgendaFixture, type AgendaFixture } from './agenda-fixture';
import { agendaProbeScript, type AgendaProbeWindow } from './agenda-probes';

const OPEN_SAMPLES = 15;
const RELOAD_SAMPLES = 10;
const MOVE_SAMPLES = 30;
const OPEN_BUDGET_MS = 300;
const MOVE_BUDGET_MS = 50;

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

function uiState(fixture: AgendaFixture, meetingId: number | null, itemId: number | null): string {
  return JSON.stringify({
    state: { view: 'meeting', committeeId: fixture.committeeId, meetingId, itemId, settingsTab: 'municipality', settingsCommitteeId: null, newMeetingCommitteeId: null },
    version: 1,
  });
}

async function loadWithSelection(page: Page, url: string, fixture: AgendaFixture, meetingId: number | null, itemId: number | null): Promise<void> {
  await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [UI_STORAGE_KEY, uiState(fixture, meetingId, itemId)]);
  await page.goto(url);
}

/** (a) Click the meeting in the sidebar (nothing selected before) → 60 options → ArrowDown answered. */
async function measureOpen(page: Page, url: string, fixture: AgendaFixture): Promise<{ total: number[]; listed: number[] }> {
  const total: number[] = [];
  const listed: number[] = [];
  for (let i = -2; i < OPEN_SAMPLES; i++) {
    await loadWithSelection(page, url, fixture, null, null);
    const button = page.locator(`ul[aria-labelledby="committee-${fixture.committeeId}-name"] button.meeting-link`).first();
    await button.waitFor();
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const sample = await button.evaluate(
      (element, count) => (window as unknown as AgendaProbeWindow).__agendaProbe.openByClick(element as HTMLElement, count),
      AGENDA_ITEMS,
    );
    if (i >= 0) {
      total.push(sample.interactive);
      listed.push(sample.listed);
    }
  }
  return { total, listed };
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

async function main(): Promise<void> {
  const { dir, cleanup } = tempDir('bench-agenda-');
  const file = join(dir, 'agenda.sqlite');
  try {
    const t0 = performance.now();
    const fixture = await buildAgendaFixture(file);
    console.log(`meeting: ${fixture.itemIds.length} items, ${fixture.ordinaryItemIds.length} ordinary, 200 bilag; built in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

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

      console.log('');
      const ok = [
        report('(a) sidebar click → 60 items listed', open.listed, null),
        report('(a) sidebar click → agenda interactive (keypress)', open.total, OPEN_BUDGET_MS),
        report('    page load with meeting selected → interactive', reload, null),
        report('(b) Alt+Arrow move → new numbering in the DOM', move, MOVE_BUDGET_MS),
      ].every(Boolean);
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
