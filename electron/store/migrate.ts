import type Database from 'better-sqlite3';
import { UserError } from '../../shared/api/envelope';
import { migrations, latestSchemaVersion } from './migrations';

/**
 * Applies the missing migrations, each in its own transaction with its user_version bump,
 * so a crash leaves the database at a whole version. A newer database is refused untouched.
 */
export function migrate(db: Database.Database, file: string, target = latestSchemaVersion): void {
  refuseNewerSchema(db, file);
  const current = schemaVersion(db);
  for (const migration of migrations) {
    if (migration.version <= current || migration.version > target) continue;
    db.transaction(() => {
      db.exec(migration.up);
      db.pragma(`user_version = ${migration.version}`);
    }).immediate();
  }
}

export function refuseNewerSchema(db: Database.Database, file: string): void {
  const current = schemaVersion(db);
  if (current > latestSchemaVersion) {
    throw new UserError(
      `Databasen ${file} er skrevet af en nyere version af Dagsorden (skemaversion ${current}; denne version kender op til ${latestSchemaVersion}). Opdatér programmet; databasen er ikke ændret.`,
      'database_too_new',
    );
  }
}

export function schemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}
