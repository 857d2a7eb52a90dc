import { join } from 'node:path';
import { UserError } from '../../../shared/api/envelope';
import type { Db } from '../../store/open-database';
import { getBlob } from '../../store/repositories/blob-repository';
import { buildMeetingFile } from './build-meeting-file';
import { writeFileAtomic } from './write-file-atomic';

/** Writes DIR/meeting.json and the bilag beside it; meeting.json last, so it only exists once its files do. */
export function exportMeetingDirectory(db: Db, meetingId: number, outDir: string): { jsonPath: string; files: number } {
  const { file, attachmentFiles } = buildMeetingFile(db, meetingId);
  for (const [relative, sha] of attachmentFiles) {
    const bytes = getBlob(db, sha);
    if (!bytes) throw new UserError(`Bilagsfilen ${relative} mangler i databasen (kontrolsum ${sha}). Kør "dagsorden check".`, 'blob_missing');
    writeFileAtomic(join(outDir, relative), bytes);
  }
  const jsonPath = join(outDir, 'meeting.json');
  writeFileAtomic(jsonPath, `${JSON.stringify(file, null, 2)}\n`);
  return { jsonPath, files: attachmentFiles.size };
}
