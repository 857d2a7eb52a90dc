import { runIntegrityCheck } from '../../services/integrity-check';
import { dbOption, withDatabase, type Command } from '../command';

export const checkCommand: Command = {
  summary: 'kontrollér databasens integritet',
  usage: 'dagsorden check --db FIL\n\nKører SQLites integritetskontrol, kontrollerer fremmednøgler og alle bilags kontrolsummer. Afslutter med kode 1, hvis noget er galt.',
  options: dbOption,
  run: (args, io) =>
    withDatabase(args, 'existing', (_, db) => {
      const report = runIntegrityCheck(db);
      if (report.ok) {
        io.out(`Databasen er i orden (skemaversion ${report.schemaVersion}).`);
        return 0;
      }
      io.err(`Databasen har fejl (${report.messages.length}):`);
      for (const m of report.messages) io.err(`  - ${m}`);
      return 1;
    }),
};
