import { MEETING_FILE_FORMAT, MEETING_FILE_VERSION, type MeetingFile, type MeetingFileItem } from '../../../shared/transfer/meeting-file';
import type { Item, Person } from '../../../shared/domain/entities';
import type { Db } from '../../store/open-database';
import { loadMeetingDetail } from '../meeting-service';
import { findMeeting } from '../../store/repositories/meeting-repository';
import { loadCommitteeDetail } from '../committee-service';
import { getMunicipality, listParties, listPeople } from '../../store/repositories/organisation-repository';

export interface BuiltMeetingFile {
  file: MeetingFile;
  /** Relative path in the export → SHA-256 of the stored bytes. */
  attachmentFiles: Map<string, string>;
}

/** The meeting as meeting.json describes it: self-contained, people by file-local keys, bilag by path. */
export function buildMeetingFile(db: Db, meetingId: number): BuiltMeetingFile {
  const meeting = loadMeetingDetail(db, meetingId);
  const record = findMeeting(db, meetingId)!;
  const cancellation = record.cancelledAt && record.cancelReason ? { at: record.cancelledAt, reason: record.cancelReason } : null;
  const committee = loadCommitteeDetail(db, meeting.committeeId);
  const municipality = getMunicipality(db);
  const people = peopleOfMeeting(listPeople(db), committee.memberships.map((m) => m.personId), meeting);
  const keyOf = new Map(people.map((p, i) => [p.id, `p${i + 1}`]));
  const key = (id: number) => keyOf.get(id)!;
  const partyLetters = new Set(people.map((p) => p.partyLetter).filter((l): l is string => l !== null));
  const parties = listParties(db);
  const partyLetterOf = new Map(parties.map((p) => [p.id, p.letter]));
  for (const item of meeting.items) {
    for (const d of item.decisions) {
      for (const r of d.rounds) {
        for (const v of r.votes) if (v.partyId !== null) partyLetters.add(partyLetterOf.get(v.partyId)!);
        for (const x of r.dissents) if (x.partyId !== null) partyLetters.add(partyLetterOf.get(x.partyId)!);
      }
    }
  }
  const attachmentFiles = new Map<string, string>();
  const numberOf = (itemId: number | null) => (itemId === null ? null : meeting.items.find((i) => i.id === itemId)?.number ?? null);

  const file: MeetingFile = {
    format: MEETING_FILE_FORMAT,
    formatVersion: MEETING_FILE_VERSION,
    municipality: municipality.name ? { name: municipality.name } : null,
    parties: parties.filter((p) => partyLetters.has(p.letter)).map((p) => ({ letter: p.letter, name: p.name })),
    people: people.map((p) => ({ key: key(p.id), name: p.name, party: p.partyLetter, title: p.title, email: p.email })),
    committee: {
      name: committee.name, kind: committee.kind, defaultPlace: committee.defaultPlace, defaultStartTime: committee.defaultStartTime,
      sections: committee.sections, standardItems: committee.standardItems,
      memberships: committee.memberships.map((m) => ({ person: key(m.personId), role: m.role, hasVote: m.hasVote, fromDate: m.fromDate, toDate: m.toDate })),
    },
    meeting: {
      date: meeting.date, startTime: meeting.startTime, endTime: meeting.endTime, place: meeting.place, kind: meeting.kind,
      status: record.storedStatus, firstItemNumber: meeting.firstItemNumber, cancellation,
    },
    attendance: meeting.attendance.map((a) => ({
      person: key(a.personId), status: a.status, substituteFor: a.substituteForPersonId === null ? null : key(a.substituteForPersonId), note: a.note,
      arrivedBeforeItem: numberOf(a.arrivedBeforeItemId), leftAfterItem: numberOf(a.leftAfterItemId),
    })),
    items: meeting.items.map((item) => exportItem(item, key, partyLetterOf, attachmentFiles)),
  };
  return { file, attachmentFiles };
}

function exportItem(item: Item, key: (id: number) => string, partyLetterOf: Map<number, string>, files: Map<string, string>): MeetingFileItem {
  return {
    number: item.number, title: item.title, kind: item.kind, isClosed: item.isClosed, publicTitle: item.publicTitle, caseNumber: item.caseNumber, caseTitle: item.caseTitle,
    request: item.request && { person: key(item.request.personId), requestedOn: item.request.requestedOn, text: item.request.text },
    sections: item.sections.map((s) => ({ key: s.key, heading: s.heading, content: s.content })),
    points: item.points.map((p) => ({ number: p.number, text: p.text, decisionAuthority: p.decisionAuthority })),
    notices: item.notices.map((n) => ({ title: n.title, content: n.content })),
    priorDecisions: item.priorDecisions,
    attachments: item.attachments.map((a) => {
      const path = `bilag/punkt-${item.number}/${a.number}-${safeFileName(a.fileName, a.mediaType)}`;
      files.set(path, a.sha256);
      return {
        number: a.number, title: a.title, file: path, fileName: a.fileName, mediaType: a.mediaType, sha256: a.sha256,
        distribution: a.distribution, isClosed: a.isClosed, pageCount: a.pageCount,
      };
    }),
    attendance: item.attendance.map((a) => ({ person: key(a.personId), kind: a.kind, reason: a.reason })),
    substitutes: item.substitutes.map((x) => ({ person: key(x.personId), forPerson: key(x.forPersonId) })),
    publicExtract: item.publicExtract,
    presenceOverride: item.presenceOverride,
    decisions: item.decisions.map((d) => ({
      points: d.points, outcome: d.outcome, outcomeBody: d.outcomeBody, remark: d.remark, override: d.override,
      rounds: d.rounds.map((r) => ({
        subject: r.subject, mode: r.mode,
        votes: r.votes.map((v) => (v.personId !== null
          ? { person: key(v.personId), choice: v.choice }
          : { party: partyLetterOf.get(v.partyId!)!, choice: v.choice, count: v.count })),
        dissents: r.dissents.map((x) => ({ party: x.partyId === null ? null : partyLetterOf.get(x.partyId)!, people: x.personIds.map(key).sort(byKeyNumber), text: x.text })),
      })),
      notes: d.notes.map((n) => ({ people: n.personIds.map(key).sort(byKeyNumber), text: n.text })),
    })),
  };
}

/** Everyone the meeting mentions, in a stable order (name, then id) so keys repeat across exports. */
function peopleOfMeeting(all: Person[], memberIds: number[], meeting: ReturnType<typeof loadMeetingDetail>): Person[] {
  const ids = new Set<number>(memberIds);
  for (const a of meeting.attendance) { ids.add(a.personId); if (a.substituteForPersonId !== null) ids.add(a.substituteForPersonId); }
  for (const item of meeting.items) {
    if (item.request) ids.add(item.request.personId);
    for (const a of item.attendance) ids.add(a.personId);
    for (const x of item.substitutes) { ids.add(x.personId); ids.add(x.forPersonId); }
    for (const d of item.decisions) {
      for (const r of d.rounds) {
        for (const v of r.votes) if (v.personId !== null) ids.add(v.personId);
        for (const x of r.dissents) for (const p of x.personIds) ids.add(p);
      }
      for (const n of d.notes) for (const p of n.personIds) ids.add(p);
    }
  }
  return all.filter((p) => ids.has(p.id)).sort((a, b) => a.name.localeCompare(b.name, 'da') || a.id - b.id);
}

const byKeyNumber = (a: string, b: string) => Number(a.slice(1)) - Number(b.slice(1));

function safeFileName(fileName: string, mediaType: string): string {
  const cleaned = fileName.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').replace(/^\.+/, '').slice(0, 120) || 'bilag';
  return mediaType === 'application/pdf' && !/\.pdf$/i.test(cleaned) ? `${cleaned}.pdf` : cleaned;
}
