import { runIntegrityCheck } from '../../services/integrity-check';
import { withDatabase, type Command } from '../command';

export const run: Command['run'] = (args, io) =>
  withDatabase(args, 'existing', (_, db) => {
    const report = runIntegrityCheck(db);
    if (report.ok) {
      io.out(`Databasen er i orden (skemaversion ${report.schemaVersion}).`);
      return 0;
    }
    io.err(`Databasen har fejl (${report.messages.length}):`);
    for (const m of report.messages) io.err(`  - ${m}`);
    return 1;
  });
