import { isUserError } from '../../shared/api/envelope';

/**
 * The Danish text for the error dialog when the database cannot be opened. A UserError already
 * says what is wrong (newer version, not a database, no access); anything else (e.g. the native
 * SQLite module built for another Node version) gets the file name and the technical message.
 */
export function describeStartupError(error: unknown, databaseFile: string): string {
  if (isUserError(error)) return error.message;
  const detail = error instanceof Error ? error.message : String(error);
  return `Databasen ${databaseFile} kan ikke åbnes.\n\nTeknisk årsag: ${detail}`;
}
