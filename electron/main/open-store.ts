import { createApi, type Api } from '../services/create-api';
import { createContext } from '../services/service-context';
import { openDatabase } from '../store/open-database';

export interface Store {
  api: Api;
  close(): void;
}

/** Opens (and migrates) the database and puts the API on top; throws a UserError when it cannot. */
export function openStore(databaseFile: string, actor: string): Store {
  const db = openDatabase(databaseFile);
  return {
    api: createApi(createContext(db, actor)),
    close: () => {
      if (db.open) db.close();
    },
  };
}
