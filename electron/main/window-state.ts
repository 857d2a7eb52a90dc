import { z } from 'zod';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const MIN_WINDOW_WIDTH = 800;
export const MIN_WINDOW_HEIGHT = 560;
export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 860 } as const;
/** Less than this much of the window on a screen (e.g. a monitor was unplugged) and it is re-centred. */
const MIN_VISIBLE = { width: 200, height: 100 } as const;

const coordinate = z.number().int().min(-100_000).max(100_000);
const extent = z.number().int().min(100).max(100_000);

/** What window-state.json holds. Anything else in the file (hand edits, an older format) is ignored. */
export const windowStateSchema = z.object({
  x: coordinate,
  y: coordinate,
  width: extent,
  height: extent,
  isMaximized: z.boolean(),
});
export type WindowState = z.infer<typeof windowStateSchema>;

export interface WindowPlacement {
  bounds: Rect;
  isMaximized: boolean;
}

/** The saved state, or null when the value is not a valid one. */
export function parseWindowState(value: unknown): WindowState | null {
  const parsed = windowStateSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/**
 * Where the window opens: the saved bounds on the display that shows most of them, shrunk and
 * moved so the whole window (title bar included) is inside that display's work area; centred on
 * the primary display when there is nothing saved or too little of it would be visible.
 */
export function placeWindow(saved: WindowState | null, workAreas: readonly Rect[], primary: Rect): WindowPlacement {
  if (saved) {
    const target = bestOverlap(saved, workAreas);
    if (target) return { bounds: fitInside(saved, target), isMaximized: saved.isMaximized };
  }
  return { bounds: centred(DEFAULT_WINDOW_SIZE, primary), isMaximized: saved?.isMaximized ?? false };
}

function bestOverlap(bounds: Rect, areas: readonly Rect[]): Rect | null {
  let best: Rect | null = null;
  let bestArea = 0;
  for (const area of areas) {
    const width = Math.min(bounds.x + bounds.width, area.x + area.width) - Math.max(bounds.x, area.x);
    const height = Math.min(bounds.y + bounds.height, area.y + area.height) - Math.max(bounds.y, area.y);
    if (width < MIN_VISIBLE.width || height < MIN_VISIBLE.height) continue;
    if (width * height > bestArea) {
      best = area;
      bestArea = width * height;
    }
  }
  return best;
}

function fitInside(bounds: Rect, area: Rect): Rect {
  const width = clamp(bounds.width, Math.min(MIN_WINDOW_WIDTH, area.width), area.width);
  const height = clamp(bounds.height, Math.min(MIN_WINDOW_HEIGHT, area.height), area.height);
  return {
    x: clamp(bounds.x, area.x, area.x + area.width - width),
    y: clamp(bounds.y, area.y, area.y + area.height - height),
    width,
    height,
  };
}

function centred(size: { width: number; height: number }, area: Rect): Rect {
  const width = Math.min(size.width, area.width);
  const height = Math.min(size.height, area.height);
  return {
    x: area.x + Math.round((area.width - width) / 2),
    y: area.y + Math.round((area.height - height) / 2),
    width,
    height,
  };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}
