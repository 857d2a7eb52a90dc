import { mkdirSync, mkdtempSync, rmSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { staleReason } from '../../electron/host/build-renderer-if-stale.mjs';
import { isLauncher } from '../../electron/host/stop-with-launcher';

const reasonOf = (dir: string) => staleReason(dir);

let root: string;
const at = (seconds: number) => new Date(Date.UTC(2026, 11, 2, 9, 0, seconds));

function file(path: string, seconds: number): void {
  const full = join(root, path);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, path);
  utimesSync(full, at(seconds), at(seconds));
}

/** Folders get a time too: a deleted file shows only in its folder's time. */
function folders(seconds: number): void {
  for (const dir of ['renderer', 'renderer/components', 'shared', 'out/renderer']) utimesSync(join(root, dir), at(seconds), at(seconds));
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'dagsorden-stale-'));
  file('renderer/components/App.tsx', 0);
  file('renderer/vite.config.ts', 0);
  file('shared/api/contract.ts', 0);
  file('shared/domain/entities.ts', 0);
  file('package-lock.json', 0);
  file('tsconfig.json', 0);
  file('out/renderer/index.html', 10);
  for (const dir of ['renderer/components', 'renderer', 'shared/api', 'shared/domain', 'shared', 'out/renderer']) utimesSync(join(root, dir), at(0), at(0));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('build-renderer-if-stale (npm start, npm run start:web)', () => {
  it('skips the build when out/renderer is newer than everything it is built from', () => {
    expect(reasonOf(root)).toBeNull();
  });

  it('builds when a source, the vite config or the lock file changed, when a file was deleted, or when there is no build', () => {
    file('renderer/components/App.tsx', 20);
    expect(reasonOf(root)).toBe('renderer/components/App.tsx er ændret siden sidste build');
    file('renderer/components/App.tsx', 0);
    folders(0);
    file('renderer/vite.config.ts', 11);
    expect(reasonOf(root)).toBe('renderer/vite.config.ts er ændret siden sidste build');
    file('renderer/vite.config.ts', 0);
    file('package-lock.json', 30);
    expect(reasonOf(root)).toBe('package-lock.json er ændret siden sidste build');
    file('package-lock.json', 0);
    expect(reasonOf(root)).toBeNull();

    unlinkSync(join(root, 'shared/domain/entities.ts'));
    utimesSync(join(root, 'shared/domain'), at(40), at(40));
    expect(reasonOf(root)).toBe('shared/domain er ændret siden sidste build');

    rmSync(join(root, 'out'), { recursive: true });
    expect(reasonOf(root)).toBe('out/renderer/index.html mangler');
  });
});

describe('the processes that started the host', () => {
  it('are tsx, a script shell and npm, not the user’s shell or a test runner', () => {
    expect(isLauncher(['sh', '-c', 'node electron/host/build-renderer-if-stale.mjs && tsx electron/host/start-web.ts'])).toBe(true);
    expect(isLauncher(['/bin/sh', '-c', 'tsx electron/host/start-web.ts'])).toBe(true);
    expect(isLauncher(['node', 'node_modules/.bin/tsx', 'electron/host/start-web.ts'])).toBe(true);
    expect(isLauncher(['/usr/bin/node', '/work/main/node_modules/tsx/dist/cli.mjs', 'electron/host/start-web.ts'])).toBe(true);
    expect(isLauncher(['npm run start:web'])).toBe(true);
    expect(isLauncher(['npm exec tsx electron/host/start-web.ts'])).toBe(true);
    expect(isLauncher(['/usr/bin/node', '/usr/lib/node_modules/npm/bin/npm-cli.js', 'run', 'start:web'])).toBe(true);
    expect(isLauncher(['-bash'])).toBe(false);
    expect(isLauncher(['bash', '/dev/fd/3'])).toBe(false);
    expect(isLauncher(['node', 'node_modules/@playwright/test/cli.js', 'test'])).toBe(false);
    expect(isLauncher(['/usr/bin/node', 'node_modules/vitest/vitest.mjs', 'run'])).toBe(false);
  });
});
