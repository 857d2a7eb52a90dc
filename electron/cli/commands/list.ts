import { formatLongDate } from '../../../shared/format/danish-date';
import { meetingStatusLabel } from '../../../shared/domain/labels';
import { listMeetings } from '../../store/repositories/meeting-repository';
import { withDatabase, type Command } from '../command';

export const run: Command['run'] = (args, io) =>
  withDatabase(args, 'existing', (_, db) => {
    const meetings = listMeetings(db);
    if (args.values.json) {
      io.out(JSON.stringify(meetings.map((m) => ({
        id: m.id, committee: m.committeeName, date: m.date, startTime: m.startTime, status: m.status,
        title: `${m.committeeName} den ${formatLongDate(m.date)}`, items: m.itemCount,
      })), null, 2));
      return 0;
    }
    if (meetings.length === 0) {
      io.out('Databasen har ingen møder endnu.');
      return 0;
    }
    const idWidth = Math.max(2, ...meetings.map((m) => String(m.id).length));
    io.out(`${'id'.padStart(idWidth)}  dato         udvalg`);
    for (const m of meetings) {
      io.out(`${String(m.id).padStart(idWidth)}  ${m.date}   ${m.committeeName} den ${formatLongDate(m.date)} – ${meetingStatusLabel[m.status]}, ${m.itemCount} punkter`);
    }
    return 0;
  });
