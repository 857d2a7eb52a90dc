import { existsSync } from 'node:fs';
import { UserError } from '../../../shared/api/envelope';
import { createApi } from '../../services/create-api';
import { createDemoData } from '../../services/demo/create-demo';
import { requireString, withDatabase, type Command } from '../command';

export const run: Command['run'] = async (args, io) => {
  const file = requireString(args, 'db');
  if (existsSync(file)) throw new UserError(`Filen ${file} findes allerede. Vælg et nyt filnavn; demoen overskriver ikke en database.`, 'file_exists');
  return withDatabase(args, 'create', async (ctx) => {
    const { meetingIds } = await createDemoData(createApi(ctx));
    io.out(`Demodatabasen ${file} er oprettet med ${meetingIds.length} møder (id ${meetingIds.join(', ')}).`);
    return 0;
  });
};
