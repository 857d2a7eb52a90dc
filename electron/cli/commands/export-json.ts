import { exportMeetingDirectory } from '../../services/transfer/export-meeting-directory';
import { requireId, requireString, withDatabase, type Command } from '../command';
import { findMeeting } from '../../store/repositories/meeting-repository';
import { found } from '../../services/not-found';

export const run: Command['run'] = (args, io) => {
  const meetingId = requireId(args, 'meeting');
  const outDir = requireString(args, 'out');
  return withDatabase(args, 'existing', (_, db) => {
    found(findMeeting(db, meetingId), 'Mødet', meetingId);
    const { jsonPath, files } = exportMeetingDirectory(db, meetingId, outDir);
    io.out(`Skrev ${jsonPath} og ${files} bilagsfiler.`);
    return 0;
  });
};
