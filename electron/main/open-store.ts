import { createApi, type Api } from '../services/create-api';
import type { SecretStore } from '../services/certificates/secret-store';
import { createContext } from '../services/service-context';
import { openDatabase } from '../store/open-database';

export interface Store {
  api: Api;
  close(): void;
}

/**
 * Opens (and migrates) the database and puts the API on top; throws a UserError when it cannot.
 * secrets: the OS-backed encryption for remembered certificate passwords (none: they are not stored).
 */
export function openStore(databaseFile: string, actor: string, secrets?: SecretStore): Store {
  const db = openDatabase(databaseFile);
  return {
    api: createApi({ ...createContext(db, actor), secrets }),
    close: () => {
      if (db.open) db.close();
    },
  };
}
