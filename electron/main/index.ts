// Entry of the Electron main process. Wiring only: each step lives in its own file.
import { resolve } from 'node:path';
import { app, session, type BrowserWindow } from 'electron';
import { currentActor } from './actor';
import { appPaths, findAppRoot } from './app-root';
import { installApplicationMenu } from './application-menu';
import { registerAppScheme, serveRenderer } from './app-protocol';
import { RENDERER_ENTRY_URL } from './app-scheme';
import { resolveDatabasePath } from './database-path';
import { registerIpcHandlers } from './ipc-handlers';
import { createMainWindow, focusWindow } from './main-window';
import { openStore, type Store } from './open-store';
import { safeStorageSecrets } from './safe-storage-secrets';
import { hardenSession } from './session-security';
import { describeStartupError } from './startup-error';
import { createElectronPrinter } from './electron-printer';
import { forgetExportJobs, setExportPrinterFactory } from '../services/export/export-jobs';
import { removeProcessTempDir, sweepStaleTemp } from '../export/printer/temp-root';
import { failStartup } from './fail-startup';
import { hardenWebContents } from './web-contents-security';

// A separate data folder (window state, single-instance lock) for tests and portable setups.
const userDataOverride = process.env.DAGSORDEN_USER_DATA_DIR?.trim();
if (userDataOverride) app.setPath('userData', resolve(userDataOverride));

// Before ready: sandbox every renderer, make app:// a privileged scheme, and secure every
// webContents the moment it exists (the main window's included).
app.enableSandbox();
registerAppScheme();
app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));

if (app.requestSingleInstanceLock()) {
  void start();
} else {
  // Another instance runs: it gets 'second-instance' and comes to the front; this one leaves.
  app.quit();
}

async function start(): Promise<void> {
  let mainWindow: BrowserWindow | null = null;
  const getMainWindow = () => mainWindow;
  app.on('second-instance', () => focusWindow(mainWindow));

  await app.whenReady();
  const isDev = !app.isPackaged;
  const paths = appPaths(findAppRoot(app.getAppPath()));
  const databaseFile = resolveDatabasePath(process.argv.slice(1), process.env, app.getPath('userData'));

  let store: Store;
  try {
    store = openStore(databaseFile, currentActor(), safeStorageSecrets());
  } catch (error) {
    failStartup(describeStartupError(error, databaseFile));
    return;
  }
  // Temp files: what a killed earlier run left goes now; this run's go when the app quits (exports
  // are stopped before the database closes).
  sweepStaleTemp();
  app.on('will-quit', () => {
    void forgetExportJobs();
    removeProcessTempDir();
  });
  app.on('will-quit', () => store.close());

  hardenSession(session.defaultSession);
  serveRenderer(paths.rendererDir);
  // Exports print with Electron's own Chromium: the desktop app needs no system browser.
  setExportPrinterFactory(() => createElectronPrinter({ resourcesDir: paths.resourcesDir }));
  registerIpcHandlers({ api: store.api, getMainWindow });
  installApplicationMenu({ getMainWindow, isDev, databaseFile });

  const openWindow = () => {
    mainWindow = createMainWindow({
      url: RENDERER_ENTRY_URL,
      preloadFile: paths.preloadFile,
      stateFile: resolve(app.getPath('userData'), 'window-state.json'),
      isDev,
    });
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
  };
  openWindow();

  // macOS keeps the app running without windows and reopens one from the Dock.
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (!mainWindow) openWindow();
  });
}
