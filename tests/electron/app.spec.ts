import { execFileSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron, expect, test as base, type ElectronApplication, type Page } from '@playwright/test';
import type { WebPreferences } from 'electron';
import type { DagsordenBridge } from '../../shared/api/bridge';
import type { Envelope } from '../../shared/api/envelope';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/content-security-policy';
import { electronBinary, hasDisplay, NO_DISPLAY_REASON, SKIP_REASON } from './electron-binary';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const MAIN_BUNDLE = join(ROOT, 'out/main/index.cjs');
const CLI = join(ROOT, 'electron/cli/bin.mjs');
const ELECTRON = electronBinary();
const electronAvailable = ELECTRON !== null;

interface Launched {
  app: ElectronApplication;
  page: Page;
}

interface Desktop extends Launched {
  meetingIds: number[];
}

/** Starts the built main bundle, as `npm start` would, on the given database and data folder. */
async function launch(dbFile: string, userDataDir: string): Promise<Launched> {
  if (!ELECTRON) throw new Error(SKIP_REASON);
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env)) if (value !== undefined && name !== 'ELECTRON_RUN_AS_NODE') env[name] = value;
  const app = await _electron.launch({
    executablePath: ELECTRON,
    args: [MAIN_BUNDLE, `--db=${dbFile}`],
    cwd: ROOT,
    env: { ...env, DAGSORDEN_USER_DATA_DIR: userDataDir },
  });
  const page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
  return { app, page };
}

/** Creates an empty file and returns its path (truncateSync then makes it sparse: large, but no disk use). */
function openAndClose(file: string): string {
  closeSync(openSync(file, 'w'));
  return file;
}

/** A demo database made by the real command line, and its meeting ids as the command lists them. */
function createDemoDatabase(dir: string): { dbFile: string; meetingIds: number[] } {
  const dbFile = join(dir, 'demo.sqlite');
  execFileSync(process.execPath, [CLI, 'demo', '--db', dbFile], { stdio: 'pipe' });
  const listed = JSON.parse(execFileSync(process.execPath, [CLI, 'list', '--db', dbFile, '--json'], { encoding: 'utf8' })) as { id: number }[];
  return { dbFile, meetingIds: listed.map((m) => m.id).sort((a, b) => a - b) };
}

/** One app for the whole file (worker scope): it is launched only when a test that is not skipped needs it. */
const test = base.extend<object, { desktop: Desktop }>({
  desktop: [
    // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring pattern
    async ({}, use) => {
      const dir = mkdtempSync(join(tmpdir(), 'dagsorden-electron-'));
      const { dbFile, meetingIds } = createDemoDatabase(dir);
      const launched = await launch(dbFile, join(dir, 'user-data'));
      await use({ ...launched, meetingIds });
      await launched.app.close();
      rmSync(dir, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],
});

test.describe('Dagsorden desktop app', () => {
  test.skip(!electronAvailable, SKIP_REASON);
  test.skip(electronAvailable && !hasDisplay(), NO_DISPLAY_REASON);

  test('opens one window titled Dagsorden with the renderer from app://', async ({ desktop }) => {
    const windowInfo = () =>
      desktop.app.evaluate(({ BrowserWindow }) => {
        const windows = BrowserWindow.getAllWindows();
        const first = windows[0];
        return { count: windows.length, title: first?.getTitle() ?? '', visible: first?.isVisible() ?? false, url: first?.webContents.getURL() ?? '' };
      });
    await expect.poll(async () => (await windowInfo()).visible, { message: 'shown after ready-to-show' }).toBe(true);
    const info = await windowInfo();
    expect(info.count).toBe(1);
    expect(info.title).toContain('Dagsorden');
    expect(info.url).toBe('app://dagsorden/index.html');
  });

  test('answers meetings:list over IPC with the demo meetings', async ({ desktop }) => {
    const envelope = (await desktop.page.evaluate(() =>
      (window as unknown as { dagsorden: DagsordenBridge }).dagsorden.invoke('meetings:list', {}),
    )) as Envelope<{ id: number }[]>;
    expect(envelope.ok).toBe(true);
    const ids = envelope.ok ? envelope.value.map((m) => m.id).sort((a, b) => a - b) : [];
    expect(ids.length).toBeGreaterThan(0);
    expect(ids).toEqual(desktop.meetingIds);

    const unknown = await desktop.page.evaluate(() => (window as unknown as { dagsorden: DagsordenBridge }).dagsorden.invoke('no:such-method', {}));
    expect(unknown).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
  });

  test('the page has no Node and sees only the narrow bridge', async ({ desktop }) => {
    const seen = await desktop.page.evaluate(() => {
      const globals = window as unknown as Record<string, unknown>;
      const bridge = globals.dagsorden as Record<string, unknown>;
      return {
        require: typeof globals.require,
        process: typeof globals.process,
        module: typeof globals.module,
        bridge: Object.keys(bridge).sort(),
        dialogs: Object.keys(bridge.dialogs as object).sort(),
        files: Object.keys(bridge.files as object).sort(),
      };
    });
    expect(seen).toEqual({
      require: 'undefined',
      process: 'undefined',
      module: 'undefined',
      bridge: ['dialogs', 'files', 'invoke', 'on'],
      dialogs: ['confirm', 'openFiles', 'saveExport'],
      files: ['receiveDropped'],
    });
  });

  test('runs the renderer isolated and sandboxed, without Node integration', async ({ desktop }) => {
    const preferences = await desktop.app.evaluate(({ BrowserWindow }) => {
      // getLastWebPreferences exists at run time but is missing from electron.d.ts.
      const contents = BrowserWindow.getAllWindows()[0]?.webContents as unknown as { getLastWebPreferences(): WebPreferences } | undefined;
      const p = contents?.getLastWebPreferences();
      return { contextIsolation: p?.contextIsolation, sandbox: p?.sandbox, nodeIntegration: p?.nodeIntegration, webSecurity: p?.webSecurity, webviewTag: p?.webviewTag };
    });
    expect(preferences).toEqual({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false });
  });

  test('window.open returns null and navigation away is blocked', async ({ desktop }) => {
    // Record instead of opening the developer's browser.
    await desktop.app.evaluate(({ shell }) => {
      const opened: string[] = [];
      (globalThis as unknown as { openedExternally: string[] }).openedExternally = opened;
      shell.openExternal = async (url: string) => {
        opened.push(url);
      };
    });
    const results = await desktop.page.evaluate(() => [window.open('https://example.org/sag') === null, window.open('file:///etc/passwd') === null]);
    expect(results).toEqual([true, true]);
    await expect
      .poll(() => desktop.app.evaluate(() => (globalThis as unknown as { openedExternally: string[] }).openedExternally))
      .toEqual(['https://example.org/sag']);

    await desktop.page.evaluate(() => {
      window.location.href = 'https://example.org/';
    });
    await desktop.page.waitForTimeout(1000);
    expect(desktop.page.url()).toMatch(/^app:\/\/dagsorden\//);
    const windowUrl = await desktop.app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.webContents.getURL());
    expect(windowUrl).toMatch(/^app:\/\/dagsorden\//);
  });

  test('serves the renderer with the CSP header and refuses paths outside it', async ({ desktop }) => {
    const answers = await desktop.page.evaluate(async () => {
      const index = await fetch('app://dagsorden/index.html');
      const escape = await fetch('app://dagsorden/..%2f..%2fpackage.json');
      const backslash = await fetch('app://dagsorden/..%5c..%5cpackage.json');
      return { status: index.status, csp: index.headers.get('content-security-policy'), escape: escape.status, backslash: backslash.status };
    });
    expect(answers).toEqual({ status: 200, csp: CONTENT_SECURITY_POLICY, escape: 403, backslash: 403 });
  });

  test('native dialogs: picked and dropped files arrive as upload tokens (no bytes), a file over 250 MB is refused in Danish, confirm answers', async ({ desktop }) => {
    const dir = mkdtempSync(join(tmpdir(), 'dagsorden-electron-pick-'));
    try {
      const small = join(dir, 'Bilag 1.pdf');
      writeFileSync(small, '%PDF-1.7\n');
      const large = join(dir, 'stor.pdf');
      truncateSync(openAndClose(large), 250 * 1024 * 1024 + 1);
      // Stub the native dialogs in the main process: the channels, checks and file reading stay real.
      const stubDialogs = (filePaths: string[], response: number) =>
        desktop.app.evaluate(
          ({ dialog }, answer) => {
            dialog.showOpenDialog = (async () => ({ canceled: false, filePaths: answer.filePaths })) as typeof dialog.showOpenDialog;
            dialog.showMessageBox = (async () => ({ response: answer.response, checkboxChecked: false })) as typeof dialog.showMessageBox;
          },
          { filePaths, response },
        );
      const options = { title: 'Vælg bilag', filters: [{ name: 'PDF', extensions: ['pdf'] }], multiple: true };

      await stubDialogs([small], 1);
      const picked = await desktop.page.evaluate((o) => (window as unknown as { dagsorden: DagsordenBridge }).dagsorden.dialogs.openFiles(o), options);
      expect(picked).toEqual([{ name: 'Bilag 1.pdf', size: 9, uploadToken: expect.stringMatching(/^[A-Za-z0-9_-]{32}$/) }]);
      const confirmed = await desktop.page.evaluate(() =>
        (window as unknown as { dagsorden: DagsordenBridge }).dagsorden.dialogs.confirm({ message: 'Slet punktet?', confirmLabel: 'Slet' }),
      );
      expect(confirmed).toBe(true);

      await stubDialogs([large], 0);
      const refusal = await desktop.page.evaluate(async (o) => {
        try {
          await (window as unknown as { dagsorden: DagsordenBridge }).dagsorden.dialogs.openFiles(o);
          return 'no error';
        } catch (error) {
          return error instanceof Error ? error.message : String(error);
        }
      }, options);
      expect(refusal).toContain('stor.pdf fylder 250,1 MB');
      const cancelled = await desktop.page.evaluate(() =>
        (window as unknown as { dagsorden: DagsordenBridge }).dagsorden.dialogs.confirm({ message: 'Slet punktet?', confirmLabel: 'Slet' }),
      );
      expect(cancelled).toBe(false);

      // A file from disk (as a drop or <input type=file> gives it) arrives as a token by its path;
      // a File the page makes itself has no path and is refused in Danish.
      await desktop.page.evaluate(() => {
        const input = document.createElement('input');
        input.type = 'file';
        input.id = 'drop-stand-in';
        document.body.append(input);
      });
      await desktop.page.setInputFiles('#drop-stand-in', small);
      const received = await desktop.page.evaluate(() => {
        const input = document.getElementById('drop-stand-in') as HTMLInputElement;
        return (window as unknown as { dagsorden: DagsordenBridge }).dagsorden.files.receiveDropped(Array.from(input.files ?? []));
      });
      expect(received).toEqual([{ name: 'Bilag 1.pdf', size: 9, uploadToken: expect.stringMatching(/^[A-Za-z0-9_-]{32}$/) }]);
      const made = await desktop.page.evaluate(async () => {
        document.getElementById('drop-stand-in')?.remove();
        try {
          await (window as unknown as { dagsorden: DagsordenBridge }).dagsorden.files.receiveDropped([new File(['%PDF-1.7'], 'lavet.pdf')]);
          return 'no error';
        } catch (error) {
          return error instanceof Error ? error.message : String(error);
        }
      });
      expect(made).toContain('lavet.pdf kan ikke tilføjes');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('has the Danish menu, and a menu command reaches the page as its payload only', async ({ desktop }) => {
    const labels = await desktop.app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.items.map((item) => item.label) ?? []);
    expect(labels.filter((l) => l !== 'Dagsorden')).toEqual(['Filer', 'Rediger', 'Vis', 'Hjælp']);

    await desktop.page.evaluate(() => {
      const globals = window as unknown as { dagsorden: DagsordenBridge; received: unknown[][] };
      globals.received = [];
      globals.dagsorden.on('menu:command', (...args: unknown[]) => globals.received.push(args));
    });
    await desktop.app.evaluate(({ Menu }) => {
      const file = Menu.getApplicationMenu()?.items.find((item) => item.label === 'Filer');
      file?.submenu?.items.find((item) => item.label === 'Nyt møde')?.click();
    });
    await expect.poll(() => desktop.page.evaluate(() => (window as unknown as { received: unknown[][] }).received)).toEqual([['new-meeting']]);
  });
});

test.describe('Dagsorden window state', () => {
  test.skip(!electronAvailable, SKIP_REASON);
  test.skip(electronAvailable && !hasDisplay(), NO_DISPLAY_REASON);

  test('remembers the window size between starts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dagsorden-electron-state-'));
    try {
      const { dbFile } = createDemoDatabase(dir);
      const userData = join(dir, 'user-data');
      const first = await launch(dbFile, userData);
      await first.app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.setBounds({ width: 1000, height: 700 }));
      await first.app.close();

      const stateFile = join(userData, 'window-state.json');
      expect(existsSync(stateFile)).toBe(true);
      expect(JSON.parse(readFileSync(stateFile, 'utf8'))).toMatchObject({ width: 1000, height: 700, isMaximized: false });

      const second = await launch(dbFile, userData);
      const bounds = await second.app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getNormalBounds());
      await second.app.close();
      expect(bounds).toMatchObject({ width: 1000, height: 700 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
