import { BrowserWindow, screen } from 'electron';
import { readWindowState, writeWindowState } from './window-state-file';
import { MIN_WINDOW_HEIGHT, MIN_WINDOW_WIDTH, placeWindow } from './window-state';
import { secureWebPreferences } from './web-preferences';

/** Matches the renderer's page background, so the window never flashes white or black. */
const BACKGROUND_COLOR = '#ffffff';

export interface MainWindowOptions {
  url: string;
  preloadFile: string;
  /** window-state.json in userData. */
  stateFile: string;
  isDev: boolean;
}

/**
 * The one window: opens where it was closed (kept on a connected screen), hidden until the first
 * paint is ready, and saves its size, position and maximized state when it closes.
 */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const placement = placeWindow(
    readWindowState(options.stateFile),
    screen.getAllDisplays().map((d) => d.workArea),
    screen.getPrimaryDisplay().workArea,
  );
  const window = new BrowserWindow({
    ...placement.bounds,
    minWidth: MIN_WINDOW_WIDTH,
    minHeight: MIN_WINDOW_HEIGHT,
    show: false,
    backgroundColor: BACKGROUND_COLOR,
    title: 'Dagsorden',
    webPreferences: secureWebPreferences(options.preloadFile, options.isDev),
  });
  window.once('ready-to-show', () => {
    if (placement.isMaximized) window.maximize();
    window.show();
  });
  window.on('close', () => {
    // getNormalBounds: the size to restore to, also while maximized or in full screen.
    writeWindowState(options.stateFile, { ...window.getNormalBounds(), isMaximized: window.isMaximized() });
  });
  void window.loadURL(options.url);
  return window;
}

/** A second start of the app lands here: bring the existing window to the front. */
export function focusWindow(window: BrowserWindow | null): void {
  if (!window || window.isDestroyed()) return;
  if (window.isMinimized()) window.restore();
  if (!window.isVisible()) window.show();
  window.focus();
}
