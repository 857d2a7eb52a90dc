import type { MeetingDetail, Party, Person } from '../../../shared/domain/entities';
import { formatLongDate } from '../../../shared/format/danish-date';
import { formatMember } from '../../../shared/format/join-names';
import { addendumPart, protocolParts, type LiveEntry, type ProtocolNames, type StoredChainEntry } from '../../../shared/logic/protocol-chain';
import type { Db } from '../../store/open-database';
import { findMeeting } from '../../store/repositories/meeting-repository';
import { listParties, listPeople } from '../../store/repositories/organisation-repository';
import { allEntries, entriesOfMeeting, findAddendum, listApprovals, type StoredEntry } from '../../store/repositories/protocol-repository';
import { listReleases } from '../../store/repositories/release-repository';
import { getBlob } from '../../store/repositories/blob-repository';
import { loadMeetingDetail } from '../meeting-service';
import { readChainHash } from './chain-keyword';

/** The names of everyone and every party the record refers to, as they are now: kept with the entry. */
export function protocolNames(meeting: MeetingDetail, people: readonly Person[], parties: readonly Party[]): ProtocolNames {
  const ids = new Set<number>(meeting.members.map((m) => m.personId));
  for (const a of meeting.attendance) [a.personId, a.substituteForPersonId].forEach((id) => id !== null && ids.add(id));
  for (const item of meeting.items) {
    item.attendance.forEach((a) => ids.add(a.personId));
    item.substitutes.forEach((s) => { ids.add(s.personId); ids.add(s.forPersonId); });
    if (item.request) ids.add(item.request.personId);
    for (const d of item.decisions) {
      d.rounds.forEach((r) => { r.votes.forEach((v) => v.personId !== null && ids.add(v.personId)); r.dissents.forEach((x) => x.personIds.forEach((id) => ids.add(id))); });
      d.notes.forEach((n) => n.personIds.forEach((id) => ids.add(id)));
    }
  }
  return {
    people: Object.fromEntries(people.filter((p) => ids.has(p.id)).map((p) => [String(p.id), formatMember(p)])),
    parties: Object.fromEntries(parties.map((p) => [String(p.id), `${p.letter} – ${p.name}`])),
  };
}

export function meetingNames(db: Db, meeting: MeetingDetail): ProtocolNames {
  return protocolNames(meeting, listPeople(db), listParties(db));
}

/** "Økonomiudvalget den 24. januar 2012 (møde 7)", for the verifier's report. */
export function meetingLabel(db: Db, meetingId: number): string {
  const meeting = findMeeting(db, meetingId);
  return meeting ? `${meeting.committeeName} den ${formatLongDate(meeting.date)}` : `mødet med id ${meetingId}`;
}

/** Every stored entry in the shape the verifier walks. */
export function chainEntries(db: Db): StoredChainEntry[] {
  const labels = new Map<number, string>();
  return allEntries(db).map((e) => {
    if (!labels.has(e.meetingId)) labels.set(e.meetingId, meetingLabel(db, e.meetingId));
    return { ...e, kind: e.addendumId === null ? 'minutes' : 'addendum', approvals: [], meetingLabel: labels.get(e.meetingId)! };
  });
}

/** What the stored rows say now for one entry: its parts recomputed, its approvals, and the hash in its PDF. */
export function liveEntry(db: Db, entry: Pick<StoredEntry, 'id' | 'meetingId' | 'addendumId'>): LiveEntry {
  const approvals = listApprovals(db, entry.meetingId, entry.addendumId).map((a) => ({ personId: a.personId, method: a.method, approvedAt: a.approvedAt }));
  let parts: LiveEntry['parts'] = null;
  if (entry.addendumId === null) {
    if (findMeeting(db, entry.meetingId)) parts = protocolParts(loadMeetingDetail(db, entry.meetingId));
  } else {
    const addendum = findAddendum(db, entry.addendumId);
    if (addendum) parts = [addendumPart(addendum)];
  }
  return { parts, approvals, releasedHash: releasedHash(db, entry) };
}

/**
 * The chain hash written into the members' edition released at this approval (null: none found):
 * the minutes' version N is the meeting's N-th entry (1 the approval, then one per addendum).
 */
function releasedHash(db: Db, entry: Pick<StoredEntry, 'id' | 'meetingId'>): string | null {
  const version = entriesOfMeeting(db, entry.meetingId).findIndex((e) => e.id === entry.id) + 1;
  const release = listReleases(db, entry.meetingId).find((r) => r.document === 'minutes' && r.edition === 'members' && r.version === version);
  const pdf = release ? getBlob(db, release.sha256) : undefined;
  return pdf ? readChainHash(pdf) : null;
}
