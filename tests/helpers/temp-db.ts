import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type Db } from '../../electron/store/open-database';
import { createApi, type Api } from '../../electron/services/create-api';
import { createContext } from '../../electron/services/service-context';

export function tempDir(prefix = 'dagsorden-test-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A real SQLite file in a temp folder with the API on top, as the app uses it. */
export function tempApi(): { db: Db; api: Api; file: string; dir: string; close: () => void } {
  const { dir, cleanup } = tempDir();
  const file = join(dir, 'test.sqlite');
  const db = openDatabase(file);
  const api = createApi(createContext(db, 'test', () => new Date('2026-11-22T10:00:00Z')), () => {});
  return { db, api, file, dir, close: () => { db.close(); cleanup(); } };
}
