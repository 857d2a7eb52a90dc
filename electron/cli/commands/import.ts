import { importMeetingFile } from '../../services/transfer/import-meeting-file';
import { UsageError } from '../cli-io';
import { withDatabase, type Command } from '../command';

export const run: Command['run'] = (args, io) => {
  const [jsonPath, ...extra] = args.positionals;
  if (!jsonPath) throw new UsageError('Angiv stien til meeting.json.');
  if (extra.length > 0) throw new UsageError(`Uventede argumenter: ${extra.join(' ')}`);
  return withDatabase(args, 'create', async (ctx) => {
    const result = await importMeetingFile(ctx, jsonPath);
    io.out(`Importerede møde ${result.meetingId} med ${result.items} punkter og ${result.attachments} bilag.`);
    return 0;
  });
};
