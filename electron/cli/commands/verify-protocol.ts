import { chainEntries } from '../../services/approval/chain-source';
import { createApi } from '../../services/create-api';
import { listCommittees } from '../../store/repositories/committee-repository';
import { withDatabase, type Command } from '../command';

const entries = (n: number) => (n === 1 ? '1 godkendelse' : `${n} godkendelser`);

/**
 * Recomputes every committee's protocol chain with protocol:verify, the check the app shows: per
 * committee how many entries were checked, then "Protokollen er intakt." (exit 0) or the first
 * entry that no longer matches, naming the meeting and the item (exit 1).
 */
export const run: Command['run'] = (args, io) =>
  withDatabase(args, 'existing', async (ctx, db) => {
    const report = await createApi(ctx, () => {}).invoke('protocol:verify', {});
    const all = chainEntries(db);
    const names = new Map(listCommittees(db, true).map((c) => [c.id, c.name]));
    const committees = [...new Set(all.map((e) => e.committeeId))];
    if (committees.length === 0) io.out('Der er endnu ingen godkendte protokoller i databasen.');
    for (const committeeId of committees) {
      const own = all.map((e, index) => ({ e, index })).filter(({ e }) => e.committeeId === committeeId);
      const checked = own.filter(({ index }) => index < report.checked).length;
      const name = names.get(committeeId) ?? `udvalget med id ${committeeId}`;
      const addenda = own.filter(({ e }) => e.kind === 'addendum').length;
      const parts = `${own.length - addenda} referat${own.length - addenda === 1 ? '' : 'er'} og ${addenda} tilføjelse${addenda === 1 ? '' : 'r'}`;
      io.out(checked === own.length
        ? `${name}: ${entries(checked)} kontrolleret (${parts}).`
        : `${name}: ${checked} af ${entries(own.length)} kontrolleret (${parts}); kontrollen standsede ved den første fejl.`);
    }
    if (report.ok) {
      io.out('Protokollen er intakt.');
      return 0;
    }
    io.err(`Protokollen er ikke intakt. ${report.failure!.message}`);
    return 1;
  });
