import { afterEach, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_WINDOW_SIZE, parseWindowState, placeWindow, type Rect } from '../../../electron/main/window-state';
import { readWindowState, writeWindowState } from '../../../electron/main/window-state-file';
import { tempDir } from '../../helpers/temp-db';

const laptop: Rect = { x: 0, y: 0, width: 1920, height: 1040 };
const rightMonitor: Rect = { x: 1920, y: 0, width: 2560, height: 1400 };

describe('window state validation', () => {
  it('accepts a saved state and refuses anything else', () => {
    expect(parseWindowState({ x: 10, y: 20, width: 1200, height: 800, isMaximized: true })).toEqual({ x: 10, y: 20, width: 1200, height: 800, isMaximized: true });
    expect(parseWindowState(null)).toBeNull();
    expect(parseWindowState('1200x800')).toBeNull();
    expect(parseWindowState({ x: 10, y: 20, width: 1200, height: 800 })).toBeNull();
    expect(parseWindowState({ x: 10, y: 20, width: 1200.5, height: 800, isMaximized: false })).toBeNull();
    expect(parseWindowState({ x: 10, y: 20, width: -5, height: 800, isMaximized: false })).toBeNull();
    expect(parseWindowState({ x: Number.NaN, y: 20, width: 1200, height: 800, isMaximized: false })).toBeNull();
    expect(parseWindowState({ x: 1e12, y: 20, width: 1200, height: 800, isMaximized: false })).toBeNull();
  });
});

describe('placing the window on screen', () => {
  it('centres the default size on the primary display when nothing is saved', () => {
    expect(placeWindow(null, [laptop], laptop)).toEqual({
      bounds: { x: (1920 - DEFAULT_WINDOW_SIZE.width) / 2, y: (1040 - DEFAULT_WINDOW_SIZE.height) / 2, ...DEFAULT_WINDOW_SIZE },
      isMaximized: false,
    });
  });

  it('keeps saved bounds that are fully visible, and the maximized flag', () => {
    const saved = { x: 2000, y: 100, width: 1400, height: 900, isMaximized: true };
    expect(placeWindow(saved, [laptop, rightMonitor], laptop)).toEqual({ bounds: { x: 2000, y: 100, width: 1400, height: 900 }, isMaximized: true });
  });

  it('re-centres on the primary display when the saved monitor is gone', () => {
    const saved = { x: 2000, y: 100, width: 1400, height: 900, isMaximized: false };
    const placed = placeWindow(saved, [laptop], laptop);
    expect(placed.bounds).toEqual({ x: 320, y: 90, width: 1280, height: 860 });
  });

  it('pulls a window that hangs off the edge back inside the work area', () => {
    const saved = { x: 1700, y: -50, width: 1000, height: 700, isMaximized: false };
    expect(placeWindow(saved, [laptop], laptop).bounds).toEqual({ x: 920, y: 0, width: 1000, height: 700 });
  });

  it('shrinks a window larger than the display it lands on', () => {
    const saved = { x: 0, y: 0, width: 2500, height: 1400, isMaximized: false };
    expect(placeWindow(saved, [laptop], laptop).bounds).toEqual({ x: 0, y: 0, width: 1920, height: 1040 });
  });

  it('chooses the display showing most of the window', () => {
    const saved = { x: 1500, y: 100, width: 1200, height: 800, isMaximized: false };
    // 420 px on the laptop, 780 px on the right monitor: it moves fully onto the right monitor.
    expect(placeWindow(saved, [laptop, rightMonitor], laptop).bounds).toEqual({ x: 1920, y: 100, width: 1200, height: 800 });
  });

  it('handles a display left of the primary one (negative coordinates)', () => {
    const left: Rect = { x: -1280, y: 0, width: 1280, height: 984 };
    const saved = { x: -1200, y: 50, width: 1000, height: 700, isMaximized: false };
    expect(placeWindow(saved, [laptop, left], laptop).bounds).toEqual({ x: -1200, y: 50, width: 1000, height: 700 });
  });

  it('centres when only a sliver of the window would show', () => {
    const saved = { x: 1850, y: 100, width: 1000, height: 700, isMaximized: false };
    expect(placeWindow(saved, [laptop], laptop).bounds).toEqual({ x: 320, y: 90, width: 1280, height: 860 });
  });

  it('fits the default size on a small screen', () => {
    const small: Rect = { x: 0, y: 0, width: 1024, height: 720 };
    expect(placeWindow(null, [small], small).bounds).toEqual({ x: 0, y: 0, width: 1024, height: 720 });
  });
});

describe('window-state.json', () => {
  let cleanup = () => {};
  afterEach(() => cleanup());

  it('round-trips and ignores a missing, damaged or foreign file', () => {
    const temp = tempDir();
    cleanup = temp.cleanup;
    const file = join(temp.dir, 'sub', 'window-state.json');
    expect(readWindowState(file)).toBeNull();
    writeWindowState(file, { x: 1, y: 2, width: 1100, height: 700, isMaximized: false });
    expect(readWindowState(file)).toEqual({ x: 1, y: 2, width: 1100, height: 700, isMaximized: false });
    writeFileSync(file, '{"x": 1, "y"');
    expect(readWindowState(file)).toBeNull();
    writeFileSync(file, JSON.stringify({ bounds: { width: 1 } }));
    expect(readWindowState(file)).toBeNull();
  });
});
