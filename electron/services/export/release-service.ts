import type { Release } from '../../../shared/domain/entities';
import type { DocumentKind, Edition } from '../../../shared/domain/enums';
import type { ReleaseSnapshot } from '../../../shared/logic/release-changes';
import type { Db } from '../../store/open-database';
import { findReleaseSnapshot, listReleases } from '../../store/repositories/release-repository';
import type { HandlerMap } from '../handler-types';
import { loadMeetingDetail } from '../meeting-service';
import { buildSnapshot, compareSnapshots, parseSnapshot } from '../../../shared/logic/release-changes';

/** The release of one document and edition just before `version` (null: none). */
export function releaseBefore(db: Db, meetingId: number, document: DocumentKind, edition: Edition, version: number): { release: Release; snapshot: ReleaseSnapshot | null } | null {
  const releases = listReleases(db, meetingId).filter((r) => r.document === document && r.edition === edition && r.version < version);
  const release = releases.reduce<Release | undefined>((best, r) => (!best || r.version > best.version ? r : best), undefined);
  return release ? { release, snapshot: parseSnapshot(findReleaseSnapshot(db, release.id)) } : null;
}

/** The newest release of one document and edition, with its snapshot (null if missing or unreadable). */
export function latestRelease(db: Db, meetingId: number, document: DocumentKind, edition: Edition): { release: Release; snapshot: ReleaseSnapshot | null } | null {
  return releaseBefore(db, meetingId, document, edition, Number.POSITIVE_INFINITY);
}

/** What the latest agenda release (members' edition) showed; the markers "Ændret siden udsendelse" compare with it. */
export function latestAgendaSnapshot(db: Db, meetingId: number): ReleaseSnapshot | null {
  return latestRelease(db, meetingId, 'agenda', 'members')?.snapshot ?? null;
}

/** Read only: compares the latest release's snapshot with the meeting as it is now. */
export const releaseHandlers: HandlerMap<'releases:changes'> = {
  'releases:changes': (input, { db }) => {
    const current = buildSnapshot(loadMeetingDetail(db, input.meetingId));
    const latest = latestRelease(db, input.meetingId, input.document, input.edition);
    if (!latest) return null;
    return compareSnapshots(latest.snapshot ?? { schema: 1, items: [] }, current, latest.release.version, input.document === 'minutes');
  },
};
