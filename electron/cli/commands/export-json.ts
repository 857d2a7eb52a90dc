import { exportMeetingDirectory } from '../../services/transfer/export-meeting-directory';
import { dbOption, requireId, requireString, withDatabase, type Command } from '../command';
import { findMeeting } from '../../store/repositories/meeting-repository';
import { found } from '../../services/not-found';

export const exportJsonCommand: Command = {
  summary: 'skriv et møde som meeting.json med bilagsfiler',
  usage: 'dagsorden export-json --db FIL --meeting ID --out MAPPE\n\nSkriver MAPPE/meeting.json og bilagene under MAPPE/bilag/. Formatet er beskrevet i resources/meeting-json/meeting.schema.json.',
  options: { ...dbOption, meeting: { type: 'string' }, out: { type: 'string' } },
  run: (args, io) => {
    const meetingId = requireId(args, 'meeting');
    const outDir = requireString(args, 'out');
    return withDatabase(args, 'existing', (_, db) => {
      found(findMeeting(db, meetingId), 'Mødet', meetingId);
      const { jsonPath, files } = exportMeetingDirectory(db, meetingId, outDir);
      io.out(`Skrev ${jsonPath} og ${files} bilagsfiler.`);
      return 0;
    });
  },
};
