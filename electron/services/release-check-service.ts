import { PDFDocument } from 'pdf-lib';
import { findProtocolIssues } from '../../shared/document/protocol-checks';
import { listParties, listPeople } from '../store/repositories/organisation-repository';
import type { MeetingDetail } from '../../shared/domain/entities';
import { findReleaseIssues, type ActiveContentRemoval, type ReleaseIssue, type RemovalsOf } from '../../shared/logic/release-checks';
import { scanActiveContent } from '../export/packet/scan-active-content';
import type { Db } from '../store/open-database';
import { getAttachmentText } from '../store/repositories/attachment-repository';
import { getBlob } from '../store/repositories/blob-repository';
import type { HandlerMap } from './handler-types';
import { loadMeetingDetail } from './meeting-service';

type Removals = readonly ActiveContentRemoval[] | undefined;

/**
 * What the packet will strip from each bilag file, by SHA-256. A blob never changes under its hash, so
 * an entry never goes stale; the checks run again on every edit of the meeting, and opening every PDF
 * each time would make them slow. Bounded: the oldest entries go first.
 */
const removalsBySha = new Map<string, Promise<Removals>>();
const MAX_CACHED = 5_000;

/** Read only: the checks run on the stored meeting, the text extracted from its bilag and what the packet strips from them. */
export const releaseCheckHandlers: HandlerMap<'meetings:releaseChecks' | 'meetings:protocolChecks'> = {
  'meetings:releaseChecks': async (input, { db }) => releaseIssuesOf(db, loadMeetingDetail(db, input.id)),
  'meetings:protocolChecks': async (input, { db }) => findProtocolIssues(loadMeetingDetail(db, input.id), listPeople(db), listParties(db)),
};

/** The release checks of a meeting as stored: the screen's list, the release and the CLI all use this. */
export async function releaseIssuesOf(db: Db, meeting: MeetingDetail): Promise<ReleaseIssue[]> {
  return findReleaseIssues(meeting, (id) => getAttachmentText(db, id), await scanMeetingBilag(db, meeting));
}

/** What the packet strips from each distributed bilag of the meeting, as findReleaseIssues' third argument. */
export async function scanMeetingBilag(db: Db, meeting: MeetingDetail): Promise<RemovalsOf> {
  const removals = new Map<string, Removals>();
  for (const item of meeting.items) {
    for (const a of item.attachments) {
      if (a.distribution === 'distributed' && !removals.has(a.sha256)) removals.set(a.sha256, await bilagRemovals(db, a.sha256));
    }
  }
  return (sha) => removals.get(sha);
}

/** The scanner's findings for one stored bilag; undefined when the file cannot be read (the export refuses it by name). */
export function bilagRemovals(db: Db, sha256: string): Promise<Removals> {
  let entry = removalsBySha.get(sha256);
  if (!entry) {
    entry = scanBlob(db, sha256);
    removalsBySha.set(sha256, entry);
    if (removalsBySha.size > MAX_CACHED) removalsBySha.delete(removalsBySha.keys().next().value as string);
  }
  return entry;
}

async function scanBlob(db: Db, sha256: string): Promise<Removals> {
  const bytes = getBlob(db, sha256);
  if (!bytes) {
    removalsBySha.delete(sha256); // it may be stored later under the same hash
    return undefined;
  }
  try {
    return scanActiveContent(await PDFDocument.load(bytes, { updateMetadata: false })).removals;
  } catch {
    return undefined;
  }
}
