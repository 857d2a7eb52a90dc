import { describe, expect, it } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { menuCommands, type MenuCommand } from '../../../shared/api/bridge';
import { buildMenuTemplate } from '../../../electron/main/menu-template';
import { secureWebPreferences } from '../../../electron/main/web-preferences';

function build(isDev: boolean, platform: NodeJS.Platform = 'win32') {
  const sent: MenuCommand[] = [];
  let about = 0;
  const template = buildMenuTemplate({ send: (c) => sent.push(c), showAbout: () => about++ }, { isDev, platform });
  return { template, sent, aboutCount: () => about };
}

const submenu = (item: MenuItemConstructorOptions | undefined) => (item?.submenu ?? []) as MenuItemConstructorOptions[];
const find = (template: MenuItemConstructorOptions[], menu: string, label: string) => submenu(template.find((m) => m.label === menu)).find((i) => i.label === label);
const labels = (item: MenuItemConstructorOptions | undefined) => submenu(item).map((i) => (i.type === 'separator' ? '—' : i.label));

describe('the Danish application menu', () => {
  it('has Filer, Rediger, Vis and Hjælp with Danish items', () => {
    const { template } = build(false);
    expect(template.map((m) => m.label)).toEqual(['Filer', 'Rediger', 'Vis', 'Hjælp']);
    expect(labels(template[0])).toEqual(['Nyt møde', 'Nyt punkt', '—', 'Indstillinger', '—', 'Afslut']);
    expect(labels(template[1])).toEqual(['Fortryd', 'Annuller fortryd', '—', 'Klip', 'Kopiér', 'Sæt ind', 'Markér alt', '—', 'Søg']);
    expect(labels(template[2])).toEqual(['Zoom ind', 'Zoom ud', 'Nulstil zoom', '—', 'Fuld skærm']);
    expect(labels(template[3])).toEqual(['Om Dagsorden']);
  });

  it('offers Genindlæs (and developer tools) only in development', () => {
    const { template } = build(true);
    expect(labels(template[2]).slice(0, 2)).toEqual(['Genindlæs', 'Udviklerværktøjer']);
    expect(find(template, 'Vis', 'Genindlæs')?.role).toBe('reload');
  });

  it('binds the shortcuts and sends every renderer command', () => {
    const { template, sent, aboutCount } = build(false);
    const expected: [string, string, string, MenuCommand][] = [
      ['Filer', 'Nyt møde', 'CmdOrCtrl+N', 'new-meeting'],
      ['Filer', 'Nyt punkt', 'CmdOrCtrl+Shift+N', 'new-item'],
      ['Filer', 'Indstillinger', 'CmdOrCtrl+,', 'open-settings'],
      ['Rediger', 'Fortryd', 'CmdOrCtrl+Z', 'undo'],
      ['Rediger', 'Annuller fortryd', 'CmdOrCtrl+Shift+Z', 'redo'],
      ['Rediger', 'Søg', 'CmdOrCtrl+F', 'find'],
    ];
    for (const [menu, label, accelerator] of expected) {
      const item = find(template, menu, label);
      expect(item?.accelerator).toBe(accelerator);
      (item?.click as () => void)();
    }
    expect(sent).toEqual(expected.map((e) => e[3]));
    expect([...sent].sort()).toEqual([...menuCommands].sort());
    (find(template, 'Hjælp', 'Om Dagsorden')?.click as () => void)();
    expect(aboutCount()).toBe(1);
  });

  it('uses Electron roles for clipboard, zoom, full screen and quitting', () => {
    const { template } = build(false);
    expect(['Klip', 'Kopiér', 'Sæt ind', 'Markér alt'].map((l) => find(template, 'Rediger', l)?.role)).toEqual(['cut', 'copy', 'paste', 'selectAll']);
    expect(['Zoom ind', 'Zoom ud', 'Nulstil zoom', 'Fuld skærm'].map((l) => find(template, 'Vis', l)?.role)).toEqual(['zoomIn', 'zoomOut', 'resetZoom', 'togglefullscreen']);
    expect(find(template, 'Filer', 'Afslut')?.role).toBe('quit');
  });

  it('puts an application menu first on macOS', () => {
    expect(build(false, 'darwin').template.map((m) => m.label)).toEqual(['Dagsorden', 'Filer', 'Rediger', 'Vis', 'Hjælp']);
  });
});

describe('secureWebPreferences', () => {
  it('follows the security checklist', () => {
    expect(secureWebPreferences('/app/out/preload/index.cjs', false)).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      devTools: false,
    });
    expect(secureWebPreferences('/p.cjs', true).devTools).toBe(true);
  });
});
