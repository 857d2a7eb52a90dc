import { z } from 'zod';
import { method } from '../define-method';
import { idSchema } from '../../domain/primitives';
import { documentKindSchema, editionSchema } from '../../domain/enums';
import type { ChangeReport } from '../../logic/release-changes/types';

export type {
  ChangedBilagRef, ChangedItemRef, ChangeReport, ItemChangeKind, ReleaseSnapshot, SnapshotBilag, SnapshotItem,
} from '../../logic/release-changes/types';

export const releaseMethods = {
  /** What changed in the meeting since the latest release of this document and edition (null: never released). */
  'releases:changes': method(z.object({ meetingId: idSchema, document: documentKindSchema, edition: editionSchema })).returns<ChangeReport | null>(),
  /**
   * A released file, ready at once as an export job: download it (GET /exports/<jobId>) or save it
   * as after an export. `word`: the Word edition kept beside the PDF instead of the PDF.
   */
  'releases:file': method(z.object({ releaseId: idSchema, word: z.boolean().default(false) })).returns<{ jobId: string }>(),
};
