import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { inspectAttachmentFile } from '../../../electron/services/attachments/inspect-attachment-file';
import { makeBaselineJpeg } from '../../fixtures/hostile/images';

/**
 * An image bilag is decoded and drawn from its pixels: rendering the PDF made around it (pdftoppm)
 * must show the picture's colours where the picture is, white where it is transparent.
 */
function pngOf(width: number, height: number, pixel: (x: number, y: number) => [number, number, number, number], colorType: 2 | 6 | 0 = 6): Uint8Array {
  const png = new PNG({ width, height, colorType, inputColorType: 6, inputHasAlpha: true });
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) png.data.set(pixel(x, y), (y * width + x) * 4);
  return new Uint8Array(PNG.sync.write(png, { colorType, inputColorType: 6 }));
}

/** The page rendered at 72 dpi (one pixel per point) as RGBA. */
function render(pdf: Uint8Array): PNG {
  const dir = mkdtempSync(join(tmpdir(), 'dagsorden-wrap-'));
  try {
    writeFileSync(join(dir, 'in.pdf'), pdf);
    execFileSync('pdftoppm', ['-png', '-r', '72', '-singlefile', join(dir, 'in.pdf'), join(dir, 'out')]);
    return PNG.sync.read(readFileSync(join(dir, 'out.png')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The colour at a point of the rendered page, measured from the page's top left. */
function colourAt(page: PNG, x: number, y: number): [number, number, number] {
  const at = (Math.round(y) * page.width + Math.round(x)) * 4;
  return [page.data[at]!, page.data[at + 1]!, page.data[at + 2]!];
}

const near = (actual: [number, number, number], expected: [number, number, number]) =>
  actual.every((value, i) => Math.abs(value - expected[i]!) <= 24);

describe('wrapping an image in a PDF', () => {
  it('draws an RGB PNG with its colours (left red, right blue), centred on A4', async () => {
    const result = await inspectAttachmentFile(pngOf(200, 100, (x) => (x < 100 ? [220, 20, 30, 255] : [20, 40, 210, 255]), 2), 'farver.png');
    const page = render(result.pdfBytes);
    expect(page.width).toBeGreaterThan(page.height); // landscape A4 (595.28 points rounds up to 596 pixels)
    // A 200 × 100 image at one point per pixel, centred: x 321–521, y 247.5–347.5.
    expect(near(colourAt(page, 371, 297), [220, 20, 30])).toBe(true);
    expect(near(colourAt(page, 471, 297), [20, 40, 210])).toBe(true);
    expect(near(colourAt(page, 100, 100), [255, 255, 255])).toBe(true);
  });

  it('keeps transparency as a soft mask: the transparent half shows the white page', async () => {
    const result = await inspectAttachmentFile(pngOf(100, 200, (_x, y) => (y < 100 ? [10, 150, 40, 255] : [10, 150, 40, 0])), 'maske.png');
    const page = render(result.pdfBytes);
    expect(page.height).toBeGreaterThan(page.width);
    // x 247.5–347.5, y 321–521 from the top; the opaque half is the top one.
    expect(near(colourAt(page, 297, 371), [10, 150, 40])).toBe(true);
    expect(near(colourAt(page, 297, 471), [255, 255, 255])).toBe(true);
  });

  it('draws a grey PNG in grey', async () => {
    const result = await inspectAttachmentFile(pngOf(100, 100, () => [90, 90, 90, 255], 0), 'graa.png');
    expect(near(colourAt(render(result.pdfBytes), 297, 421), [90, 90, 90])).toBe(true);
  });

  it('puts a JPEG in as it is, so the page shows its picture', async () => {
    const jpeg = makeBaselineJpeg(96, 64);
    const result = await inspectAttachmentFile(jpeg, 'foto.jpg');
    expect(Buffer.from(result.pdfBytes).includes(Buffer.from(jpeg))).toBe(true);
    const page = render(result.pdfBytes);
    const [, , blue] = colourAt(page, 421 - 20, 297);
    expect(Math.abs(blue - 140)).toBeLessThanOrEqual(30); // the fixture's blue channel is 140 everywhere
  });
});
