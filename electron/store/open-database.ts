import Database from 'better-sqlite3';
import { UserError } from '../../shared/api/envelope';
import { migrate, refuseNewerSchema } from './migrate';

export type Db = Database.Database;

export interface OpenOptions {
  readonly?: boolean;
  /** Create the file if it is missing (default true unless readonly). */
  create?: boolean;
}

/**
 * Opens the store of record: WAL for concurrent readers, synchronous=FULL so a commit
 * survives power loss, foreign keys enforced, and the schema brought up to date.
 */
export function openDatabase(file: string, options: OpenOptions = {}): Db {
  const readonly = options.readonly ?? false;
  const create = options.create ?? !readonly;
  let db: Db;
  try {
    db = new Database(file, { readonly, fileMustExist: !create });
  } catch (error) {
    throw new UserError(`Databasen ${file} kan ikke åbnes: ${describeSqliteError(error)}`, 'database_open');
  }
  try {
    db.pragma('busy_timeout = 5000');
    db.pragma('foreign_keys = ON');
    checkIsSqlite(db, file);
    refuseNewerSchema(db, file);
    if (!readonly) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
      migrate(db, file);
    }
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

function checkIsSqlite(db: Db, file: string): void {
  try {
    db.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch (error) {
    throw new UserError(`Filen ${file} er ikke en Dagsorden-database: ${describeSqliteError(error)}`, 'database_open');
  }
}

function describeSqliteError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/not a database/i.test(message)) return 'filen er ikke en SQLite-database';
  if (/unable to open|directory does not exist|SQLITE_CANTOPEN/i.test(message)) return 'filen eller mappen findes ikke, eller der mangler adgang';
  if (/readonly|read-only/i.test(message)) return 'filen er skrivebeskyttet';
  return message;
}
