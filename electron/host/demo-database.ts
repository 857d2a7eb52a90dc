import { existsSync } from 'node:fs';
import { openDatabase } from '../store/open-database';
import { createApi } from '../services/create-api';
import { createContext } from '../services/service-context';
import { createDemoData } from '../services/demo/create-demo';

/** Creates the demo database at file when it does not exist yet; an existing file is left alone. */
export async function ensureDemoDatabase(file: string): Promise<'created' | 'existing'> {
  if (existsSync(file)) return 'existing';
  const db = openDatabase(file);
  try {
    await createDemoData(createApi(createContext(db, 'demo')));
  } catch (error) {
    db.close();
    throw error;
  }
  db.close();
  return 'created';
}
