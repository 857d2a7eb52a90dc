import { dialog, Menu, type BrowserWindow } from 'electron';
import type { BridgeEvent } from '../../shared/api/bridge';
import { APP_VERSION } from '../../shared/app-version';
import { buildMenuTemplate } from './menu-template';

const MENU_EVENT: BridgeEvent = 'menu:command';

export interface ApplicationMenuOptions {
  getMainWindow: () => BrowserWindow | null;
  isDev: boolean;
  /** Shown in "Om Dagsorden", so support can ask which file is in use. */
  databaseFile: string;
}

/** Installs the Danish menu; commands go to the main window's renderer as the 'menu:command' event. */
export function installApplicationMenu({ getMainWindow, isDev, databaseFile }: ApplicationMenuOptions): void {
  const menu = Menu.buildFromTemplate(
    buildMenuTemplate(
      {
        send: (command) => {
          const window = getMainWindow();
          if (window && !window.isDestroyed()) window.webContents.send(MENU_EVENT, command);
        },
        showAbout: () => void showAbout(getMainWindow(), databaseFile),
      },
      { isDev, platform: process.platform },
    ),
  );
  Menu.setApplicationMenu(menu);
}

async function showAbout(window: BrowserWindow | null, databaseFile: string): Promise<void> {
  const options = {
    type: 'info' as const,
    title: 'Om Dagsorden',
    message: `Dagsorden ${APP_VERSION}`,
    detail: [
      'Dagsordener, digitale mødepakker og beslutningsprotokoller for kommunale udvalg.',
      '',
      `Electron ${process.versions.electron ?? '?'} · Chromium ${process.versions.chrome ?? '?'} · Node ${process.versions.node}`,
      `Database: ${databaseFile}`,
    ].join('\n'),
    buttons: ['OK'],
  };
  await (window && !window.isDestroyed() ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options));
}
