import type { Migration } from './migration';
import { initialSchema } from './001-initial-schema';

/** Every schema version in order; a new version is a new file appended here, never an edit. */
export const migrations: readonly Migration[] = [initialSchema];

export const latestSchemaVersion = migrations[migrations.length - 1]!.version;
