import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openDatabase } from '../../../electron/store/open-database';
import { latestSchemaVersion } from '../../../electron/store/migrations';
import { tempDir } from '../../helpers/temp-db';

describe('openDatabase', () => {
  it('opens with WAL, foreign keys, durable commits and the latest schema', () => {
    const { dir, cleanup } = tempDir();
    const db = openDatabase(join(dir, 'a.sqlite'));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('user_version', { simple: true })).toBe(latestSchemaVersion);
    db.close();
    cleanup();
  });

  it('refuses a database from a newer version in Danish and leaves the file untouched', () => {
    const { dir, cleanup } = tempDir();
    const file = join(dir, 'newer.sqlite');
    const raw = new Database(file);
    raw.exec('CREATE TABLE future (x)');
    raw.pragma(`user_version = ${latestSchemaVersion + 1}`);
    raw.close();
    const before = readFileSync(file);
    expect(() => openDatabase(file)).toThrow(/nyere version af Dagsorden.*ikke ændret/);
    expect(readFileSync(file).equals(before)).toBe(true);
    cleanup();
  });

  it('refuses a file that is not a database', () => {
    const { dir, cleanup } = tempDir();
    const file = join(dir, 'notes.sqlite');
    writeFileSync(file, 'Dette er ikke en database, men en tekstfil med nogle ord.'.repeat(50));
    expect(() => openDatabase(file)).toThrow(/ikke en (Dagsorden-database|SQLite-database)/);
    cleanup();
  });

  it('refuses a missing file when asked not to create it', () => {
    const { dir, cleanup } = tempDir();
    expect(() => openDatabase(join(dir, 'nope.sqlite'), { create: false })).toThrow(/kan ikke åbnes/);
    cleanup();
  });
});
