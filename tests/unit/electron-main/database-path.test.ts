import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { resolveDatabasePath } from '../../../electron/main/database-path';
import { currentActor } from '../../../electron/main/actor';
import { appPaths, findAppRoot } from '../../../electron/main/app-root';
import { describeStartupError } from '../../../electron/main/startup-error';
import { UserError } from '../../../shared/api/envelope';

const userData = '/home/sekretær/.config/dagsorden';

describe('resolveDatabasePath', () => {
  it('uses --db=FILE, then DAGSORDEN_DB, then dagsorden.sqlite in userData', () => {
    expect(resolveDatabasePath(['.', '--db=/data/udvalg.sqlite'], { DAGSORDEN_DB: '/env.sqlite' }, userData)).toBe('/data/udvalg.sqlite');
    expect(resolveDatabasePath(['.'], { DAGSORDEN_DB: '/env.sqlite' }, userData)).toBe('/env.sqlite');
    expect(resolveDatabasePath(['.'], {}, userData)).toBe(join(userData, 'dagsorden.sqlite'));
    expect(resolveDatabasePath(['.'], { DAGSORDEN_DB: '  ' }, userData)).toBe(join(userData, 'dagsorden.sqlite'));
  });

  it('accepts --db FILE, lets the last one win and resolves relative paths from the working directory', () => {
    expect(resolveDatabasePath(['--db', 'a.sqlite'], {}, userData, '/work')).toBe('/work/a.sqlite');
    expect(resolveDatabasePath(['--db=a.sqlite', '--db=b.sqlite'], {}, userData, '/work')).toBe('/work/b.sqlite');
    expect(resolveDatabasePath(['--db=/x/møde arkiv.sqlite'], {}, userData)).toBe('/x/møde arkiv.sqlite');
  });

  it('ignores an empty --db= and a --db followed by another switch', () => {
    expect(resolveDatabasePath(['--db='], {}, userData)).toBe(join(userData, 'dagsorden.sqlite'));
    expect(resolveDatabasePath(['--db', '--inspect=0'], {}, userData)).toBe(join(userData, 'dagsorden.sqlite'));
    expect(resolveDatabasePath(['--dbx=/nope.sqlite'], {}, userData)).toBe(join(userData, 'dagsorden.sqlite'));
  });
});

describe('currentActor', () => {
  it('is the operating-system user, else USERNAME/USER, else a Danish placeholder', () => {
    expect(currentActor(() => 'kbh\\mette')).toBe('kbh\\mette');
    const failing = () => {
      throw new Error('ENOENT: no passwd entry');
    };
    expect(currentActor(failing, { USERNAME: 'mette' })).toBe('mette');
    expect(currentActor(() => ' ', { USER: 'jens' })).toBe('jens');
    expect(currentActor(failing, {})).toBe('ukendt bruger');
  });
});

describe('findAppRoot', () => {
  const exists = (file: string) => file === '/repo/package.json';
  it('walks up from out/main (a bundle started directly) to the package.json folder', () => {
    expect(findAppRoot('/repo', exists)).toBe('/repo');
    expect(findAppRoot('/repo/out/main', exists)).toBe('/repo');
    expect(findAppRoot('/elsewhere', exists)).toBe('/elsewhere');
  });
  it('places the renderer, preload and resources under the root', () => {
    expect(appPaths('/repo')).toEqual({
      root: '/repo',
      rendererDir: '/repo/out/renderer',
      preloadFile: '/repo/out/preload/index.cjs',
      resourcesDir: '/repo/resources',
    });
  });
});

describe('describeStartupError', () => {
  it('shows a UserError as it is and names the file otherwise', () => {
    const newer = new UserError('Databasen er fra en nyere version af Dagsorden.', 'database_newer');
    expect(describeStartupError(newer, '/x.sqlite')).toBe('Databasen er fra en nyere version af Dagsorden.');
    expect(describeStartupError(new Error('NODE_MODULE_VERSION 115'), '/x.sqlite')).toBe('Databasen /x.sqlite kan ikke åbnes.\n\nTeknisk årsag: NODE_MODULE_VERSION 115');
  });
});
