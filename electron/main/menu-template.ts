import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/api/bridge';

export interface MenuActions {
  /** Sends the command to the renderer as the 'menu:command' event. */
  send(command: MenuCommand): void;
  showAbout(): void;
}

export interface MenuOptions {
  isDev: boolean;
  platform: NodeJS.Platform;
}

/**
 * The Danish application menu. Undo/redo and find go to the renderer, which owns the editor's
 * history and the search field; clipboard, zoom and full screen use Electron's roles.
 */
export function buildMenuTemplate(actions: MenuActions, options: MenuOptions): MenuItemConstructorOptions[] {
  const command = (label: string, accelerator: string, name: MenuCommand): MenuItemConstructorOptions => ({
    label,
    accelerator,
    click: () => actions.send(name),
  });
  const about: MenuItemConstructorOptions = { label: 'Om Dagsorden', click: () => actions.showAbout() };
  const quit: MenuItemConstructorOptions = { label: 'Afslut', role: 'quit' };

  const template: MenuItemConstructorOptions[] = [
    {
      label: 'Filer',
      submenu: [
        command('Nyt møde', 'CmdOrCtrl+N', 'new-meeting'),
        command('Nyt punkt', 'CmdOrCtrl+Shift+N', 'new-item'),
        { type: 'separator' },
        command('Indstillinger', 'CmdOrCtrl+,', 'open-settings'),
        { type: 'separator' },
        quit,
      ],
    },
    {
      label: 'Rediger',
      submenu: [
        command('Fortryd', 'CmdOrCtrl+Z', 'undo'),
        command('Annuller fortryd', 'CmdOrCtrl+Shift+Z', 'redo'),
        { type: 'separator' },
        { label: 'Klip', role: 'cut' },
        { label: 'Kopiér', role: 'copy' },
        { label: 'Sæt ind', role: 'paste' },
        { label: 'Markér alt', role: 'selectAll' },
        { type: 'separator' },
        command('Søg', 'CmdOrCtrl+F', 'find'),
      ],
    },
    {
      label: 'Vis',
      submenu: [
        ...(options.isDev
          ? ([
              { label: 'Genindlæs', role: 'reload' },
              { label: 'Udviklerværktøjer', role: 'toggleDevTools' },
              { type: 'separator' },
            ] satisfies MenuItemConstructorOptions[])
          : []),
        { label: 'Zoom ind', role: 'zoomIn' },
        { label: 'Zoom ud', role: 'zoomOut' },
        { label: 'Nulstil zoom', role: 'resetZoom' },
        { type: 'separator' },
        { label: 'Fuld skærm', role: 'togglefullscreen' },
      ],
    },
    { label: 'Hjælp', role: 'help', submenu: [about] },
  ];
  // On macOS the first menu is the application menu, titled with the app's name.
  if (options.platform === 'darwin') template.unshift({ label: 'Dagsorden', submenu: [about, { type: 'separator' }, quit] });
  return template;
}
