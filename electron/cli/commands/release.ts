import { join } from 'node:path';
import { gateRelease } from '../../../shared/logic/release-gate';
import { documentFileName } from '../../../shared/document';
import { getBlob } from '../../store/repositories/blob-repository';
import { loadMeetingDetail } from '../../services/meeting-service';
import { releaseIssuesOf } from '../../services/release-check-service';
import { releaseAgenda } from '../../services/release/release-agenda';
import { writeFileAtomic } from '../../services/transfer/write-file-atomic';
import { requireId, withDatabase, type Command } from '../command';
import { parseOverrides, printFindings } from '../finding-args';
import { readSigning } from '../signing-args';

/**
 * Releases the agenda: the checks, then both editions as the next version. --dry-run only lists
 * the findings with their keys; an error finding stops the release unless --override gives a reason.
 */
export const run: Command['run'] = async (args, io) => {
  const meetingId = requireId(args, 'meeting');
  const overrides = parseOverrides(args.values.override as string | string[] | undefined);
  const sign = args.values['dry-run'] === true ? undefined : await readSigning(args, io);
  return withDatabase(args, 'existing', async (ctx, db) => {
    const meeting = loadMeetingDetail(db, meetingId);
    const issues = await releaseIssuesOf(db, meeting);
    printFindings(io, issues);
    if (args.values['dry-run'] === true) {
      const gate = gateRelease(issues, overrides);
      io.out(gate.blocking.length === 0 ? 'Dagsordenen kan udsendes.' : `${gate.blocking.length} fund skal rettes eller tilsidesættes med --override NØGLE=BEGRUNDELSE.`);
      return gate.blocking.length === 0 ? 0 : 1;
    }
    const result = await releaseAgenda(ctx, { meetingId, overrides, pdfa: args.values.pdfa === true, ...(sign ? { sign } : {}) });
    io.out(`Dagsordenen er udsendt som version ${result.version} (medlemmernes og den offentlige udgave).`);
    for (const o of result.overridden) io.out(`Tilsidesat: ${o.message} Begrundelse: ${o.reason}`);
    if (result.withheldItemIds.length > 0) {
      const numbers = meeting.items.filter((i) => result.withheldItemIds.includes(i.id)).map((i) => i.number);
      io.out(`Teksten i punkt ${numbers.join(', ')} er udeladt af den offentlige udgave på grund af personoplysninger.`);
    }
    const out = args.values.out;
    for (const release of result.releases) {
      let where = '';
      if (typeof out === 'string' && out.length > 0) {
        const file = join(out, documentFileName({ document: 'agenda', edition: release.edition, committeeName: meeting.committeeName, date: meeting.date, version: release.version }));
        writeFileAtomic(file, getBlob(db, release.sha256)!);
        where = ` → ${file}`;
      }
      io.out(`${release.edition === 'members' ? 'Medlemmer' : 'Offentlig'}: SHA-256 ${release.sha256}${where}`);
    }
    return 0;
  });
};
