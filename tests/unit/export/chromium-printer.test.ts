import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, describe, expect, it } from 'vitest';
import { packetFontCss } from '../../../electron/export/html/packet-css';
import { createChromiumPrinter, systemChromiumAvailable } from '../../../electron/export/printer/chromium-printer';

const chromium = systemChromiumAvailable();
if (!chromium) console.log('chromium-printer.test.ts skipped: /usr/bin/chromium is missing.');


/** Processes whose command line names `dir` (Chromium passes --user-data-dir to every child it starts). */
function processesUsing(dir: string): number[] {
  return readdirSync('/proc').filter((name) => /^\d+$/.test(name)).filter((pid) => {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(dir);
    } catch {
      return false;
    }
  }).map(Number);
}

const page = (body: string) => `<!DOCTYPE html><html lang="da"><head><meta charset="utf-8"><title>Prøvetryk</title>
<style>${packetFontCss()} body{font-family:'Packet Serif'}</style></head><body>${body}</body></html>`;

describe.skipIf(!chromium)('the system-Chromium printer (DevTools protocol over a pipe)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'printer-test-'));
  const profiles = () => readdirSync(dir).filter((name) => name.startsWith('dagsorden-chromium-'));
  const printer = createChromiumPrinter({ tempDir: dir });
  afterAll(async () => {
    await printer.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('prints a tagged PDF with the outline from the headings, in the bundled fonts, with æøå as text', async () => {
    const pdf = await printer.print(page('<h2>Punkt 1. Godkendelse af dagsorden</h2><p>Blåbærgrød – ½ m² – 7.462.000 kr. – §&nbsp;14</p><h2>Punkt 2. Økonomi</h2><p>Ærø</p>'), { title: 'Prøvetryk' });
    const doc = await pdfjs.getDocument({ data: pdf.slice() }).promise;
    const outline = (await doc.getOutline()) ?? [];
    expect(outline.map((entry) => entry.title)).toEqual(['Punkt 1. Godkendelse af dagsorden', 'Punkt 2. Økonomi']);
    const text = (await (await doc.getPage(1)).getTextContent()).items.map((item) => ('str' in item ? item.str : '')).join(' ');
    expect(text).toContain('Blåbærgrød – ½ m² – 7.462.000 kr.');
    expect((await doc.getMarkInfo())?.Marked).toBe(true);
    await doc.destroy();
    const fonts = execFileSync('pdffonts', ['-'], { input: pdf, encoding: 'utf8' });
    expect(fonts).toMatch(/DejaVuSerif/);
    expect(fonts).not.toMatch(/\bno\s+(yes|no)\s+(yes|no)\s/); // every font embedded
  }, 60_000);

  it('reuses its browser, stays offline (a remote image does not hold the print up) and removes its profile on close', async () => {
    expect(profiles()).toHaveLength(1);
    const started = performance.now();
    const pdf = await printer.print(page('<h2>Punkt 1. Billede</h2><img src="https://example.com/logo.png" alt="logo"><p>Tekst</p>'), { title: 'x' });
    expect(pdf.length).toBeGreaterThan(1000);
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(profiles()).toHaveLength(1); // no second browser
    await printer.close();
    expect(profiles()).toHaveLength(0);
  }, 60_000);

  it('names the missing executable in Danish', async () => {
    const missing = createChromiumPrinter({ executablePath: '/usr/bin/findes-ikke' });
    await expect(missing.print(page('x'), { title: 'x' })).rejects.toThrow('Chromium blev ikke fundet på /usr/bin/findes-ikke');
    await missing.close();
  });

  it('stops a print that would not end when its signal aborts: rejects within two seconds, kills every Chromium process, leaves no temp folder', async () => {
    const own = mkdtempSync(join(tmpdir(), 'printer-abort-'));
    const stoppable = createChromiumPrinter({ tempDir: own });
    try {
      // One unbreakable million-character heading: Chromium's line breaking never finishes it.
      const endless = page(`<h2>${'x'.repeat(1_000_000)}</h2>`);
      const controller = new AbortController();
      const printing = stoppable.print(endless, { title: 'x', signal: controller.signal });
      const outcome = printing.then(() => 'printed', (error: Error) => error.message);
      await new Promise((r) => setTimeout(r, 1500));
      expect(processesUsing(own).length).toBeGreaterThan(0);
      const started = performance.now();
      controller.abort(new Error('Eksporten blev annulleret.'));
      expect(await outcome).toBe('Eksporten blev annulleret.');
      expect(performance.now() - started).toBeLessThan(2000);
      expect(processesUsing(own)).toEqual([]);
      expect(readdirSync(own)).toEqual([]);
      // The next print starts a new browser.
      const pdf = await stoppable.print(page('<h2>Punkt 1</h2><p>Igen</p>'), { title: 'y' });
      expect(Buffer.from(pdf.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    } finally {
      await stoppable.close();
      rmSync(own, { recursive: true, force: true });
    }
    expect(processesUsing(own)).toEqual([]);
  }, 60_000);
});
