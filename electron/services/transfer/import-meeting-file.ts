import { createHash } from 'node:crypto';
import { isUserError, UserError } from '../../../shared/api/envelope';
import type { MeetingFile, MeetingFileItem } from '../../../shared/transfer/meeting-file';
import type { Db } from '../../store/open-database';
import { change, type ServiceContext } from '../service-context';
import type { InspectedAttachment } from '../attachments/inspect-attachment-file';
import { inspectInWorker } from '../attachments/inspect-in-worker';
import { readMeetingFile } from './read-meeting-file';
import { meetingFolder, readBilagFile } from './read-bilag-file';
import { checkDecisions } from '../record/check-decisions';
import * as org from '../../store/repositories/organisation-repository';
import * as committees from '../../store/repositories/committee-repository';
import { insertMeeting, replaceAttendance, setCancellation, setMeetingStatus } from '../../store/repositories/meeting-repository';
import * as items from '../../store/repositories/item-write-repository';
import { insertAttachmentOfStoredBlob } from '../../store/repositories/attachment-repository';
import { addBlob, deleteUnreferencedBlobs } from '../../store/repositories/blob-repository';
import { loadItem } from '../../store/repositories/item-read-repository';
import {
  replaceDecisions, replaceItemAttendance, replaceItemSubstitutes, updateItemRecordFields, type DecisionToStore,
} from '../../store/repositories/meeting-record-repository';

export interface ImportResult { meetingId: number; items: number; attachments: number }

/**
 * Imports meeting.json as a new meeting. Everything is read and checked first (JSON, references,
 * every bilag file, its checksum and its content, in the same time-limited worker as an upload),
 * each bilag stored in the blob store as soon as it is checked, so memory holds one bilag at a
 * time; then one transaction writes the meeting. A refusal removes the blobs stored ahead of it;
 * a killed process can leave them unreferenced, invisible, until the blob sweep removes them.
 */
export async function importMeetingFile(ctx: ServiceContext, jsonPath: string): Promise<ImportResult> {
  const file = readMeetingFile(jsonPath);
  const staged: string[] = [];
  try {
    const bilag = await readAttachmentFiles(ctx.db, file, meetingFolder(jsonPath), staged);
    return change(ctx, { action: 'import', entity: 'meeting', entityId: (r) => r.meetingId, details: { file: jsonPath } }, () =>
      writeMeeting(ctx.db, file, bilag));
  } catch (error) {
    // The bilag stored ahead of the meeting go again: a refused import leaves the database as it was.
    deleteUnreferencedBlobs(ctx.db, staged);
    throw error;
  }
}

/** What the meeting's rows need of an inspected bilag, its bytes already in the blob store. */
type StoredBilag = Omit<InspectedAttachment, 'pdfBytes'>;

/**
 * Each bilag file: inside the folder, its bytes matching `sha256` (the file as it lies there), then
 * inspected like an upload. What is stored is what inspection made of it (an image becomes a PDF),
 * with the type found in its bytes, never the `mediaType` the file claims.
 */
async function readAttachmentFiles(db: Db, file: MeetingFile, folder: string, staged: string[]): Promise<Map<string, StoredBilag>> {
  const result = new Map<string, StoredBilag>();
  for (const [i, item] of file.items.entries()) {
    for (const [j, a] of item.attachments.entries()) {
      const field = `items[${i}].attachments[${j}].file`;
      const bytes = readBilagFile(folder, a.file, field);
      if (createHash('sha256').update(bytes).digest('hex') !== a.sha256) {
        throw new UserError(`Bilagsfilen ${a.file} (${field}) passer ikke med sin kontrolsum; filen er ændret eller beskadiget.`, 'import_checksum');
      }
      const inspected = await inspectInWorker(bytes, a.fileName).catch((error: unknown) => {
        throw isUserError(error) ? new UserError(`${field}: ${error.message}`, error.code) : error;
      });
      // Stored now, so only one bilag's bytes are in memory at a time (a scanned meeting is 300 MB).
      const { pdfBytes, ...info } = inspected;
      if (addBlob(db, pdfBytes, inspected.sha256)) staged.push(inspected.sha256);
      result.set(a.file, info);
    }
  }
  return result;
}

function writeMeeting(db: Db, file: MeetingFile, bilag: Map<string, StoredBilag>): ImportResult {
  if (file.municipality && !org.getMunicipality(db).name) org.saveMunicipality(db, file.municipality.name, null);
  const partyId = new Map(file.parties.map((p) => [p.letter, (org.findPartyByLetter(db, p.letter) ?? { id: org.insertParty(db, p) }).id]));
  const personId = new Map(file.people.map((p) => [p.key, findOrCreatePerson(db, p, p.party === null ? null : partyId.get(p.party)!)]));
  const person = (key: string) => personId.get(key)!;
  const committeeId = findOrCreateCommittee(db, file, person);

  const { cancellation, ...meeting } = file.meeting;
  // An approved meeting's record is frozen by the database (migration 005): it is written first, approved last.
  const approved = meeting.status === 'minutes_approved';
  const meetingId = insertMeeting(db, { committeeId, ...meeting, status: approved ? 'held' : meeting.status });
  if (cancellation) setCancellation(db, meetingId, cancellation);

  // The items first: the roll call names the items a member came before or left after.
  const ordered = [...file.items].sort((a, b) => a.number - b.number);
  const lookups: Lookups = { person, partyId, bilag };
  const itemIds = new Map(ordered.map((item, position) => [item.number, writeItemContent(db, meetingId, position, item, lookups)]));
  const itemId = (number: number | null) => (number === null ? null : itemIds.get(number)!);
  replaceAttendance(db, meetingId, file.attendance.map((a) => ({
    personId: person(a.person), status: a.status, substituteForPersonId: a.substituteFor === null ? null : person(a.substituteFor), note: a.note,
    arrivedBeforeItemId: itemId(a.arrivedBeforeItem), leftAfterItemId: itemId(a.leftAfterItem),
  })));
  for (const item of ordered) writeItemRecord(db, itemIds.get(item.number)!, item, file.items.indexOf(item), lookups);
  if (approved) setMeetingStatus(db, meetingId, 'minutes_approved');
  return { meetingId, items: ordered.length, attachments: ordered.reduce((n, item) => n + item.attachments.length, 0) };
}

interface Lookups { person: (key: string) => number; partyId: Map<string, number>; bilag: Map<string, StoredBilag> }

function writeItemContent(db: Db, meetingId: number, position: number, item: MeetingFileItem, { person, bilag }: Lookups): number {
  const itemId = items.insertItem(db, {
    meetingId, caseId: null, position, number: item.number, title: item.title, isClosed: item.isClosed, kind: item.kind, publicTitle: item.publicTitle,
    request: item.request && { personId: person(item.request.person), requestedOn: item.request.requestedOn, text: item.request.text },
  });
  if (item.caseNumber) {
    const caseId = items.ensureCase(db, item.caseNumber, item.caseTitle ?? item.title);
    db.prepare('UPDATE items SET case_id = ? WHERE id = ?').run(caseId, itemId);
  }
  item.sections.forEach((s, i) => items.upsertSection(db, itemId, s, i, s.content));
  items.replacePoints(db, itemId, item.points.sort((a, b) => a.number - b.number));
  items.replaceNotices(db, itemId, item.notices);
  items.replacePriorDecisions(db, itemId, item.priorDecisions);
  for (const a of [...item.attachments].sort((x, y) => x.number - y.number)) {
    const inspected = bilag.get(a.file)!;
    insertAttachmentOfStoredBlob(db, {
      itemId, sha256: inspected.sha256, title: a.title, fileName: a.fileName, mediaType: inspected.mediaType,
      distribution: a.distribution, isClosed: a.isClosed, pageCount: inspected.pageCount, text: inspected.text,
    });
  }
  return itemId;
}

/** Presence, decisions, votes and notes of one item, checked by the same rules as in the app. */
function writeItemRecord(db: Db, itemId: number, item: MeetingFileItem, index: number, { person, partyId }: Lookups): void {
  replaceItemAttendance(db, itemId, item.attendance.map((a) => ({ personId: person(a.person), kind: a.kind, reason: a.reason })));
  replaceItemSubstitutes(db, itemId, item.substitutes.map((s) => ({ personId: person(s.person), forPersonId: person(s.forPerson) })));
  updateItemRecordFields(db, itemId, { publicExtract: item.publicExtract, presenceOverride: item.presenceOverride });
  const decisions: DecisionToStore[] = item.decisions.map((d) => ({
    points: d.points, outcome: d.outcome, outcomeBody: d.outcomeBody, remark: d.remark, override: d.override,
    rounds: d.rounds.map((r) => ({
      subject: r.subject, mode: r.mode,
      votes: r.votes.map((v) => ('person' in v
        ? { personId: person(v.person), partyId: null, choice: v.choice, count: 1 }
        : { personId: null, partyId: partyId.get(v.party)!, choice: v.choice, count: v.count })),
      dissents: r.dissents.map((x) => ({ partyId: x.party === null ? null : partyId.get(x.party)!, personIds: x.people.map(person), text: x.text })),
    })),
    notes: d.notes.map((n) => ({ personIds: n.people.map(person), text: n.text })),
  }));
  try {
    checkDecisions(db, loadItem(db, itemId)!, decisions);
  } catch (error) {
    if (isUserError(error)) throw new UserError(`items[${index}].decisions: ${error.message}`, error.code);
    throw error;
  }
  replaceDecisions(db, itemId, decisions);
}

function findOrCreatePerson(db: Db, p: MeetingFile['people'][number], partyId: number | null): number {
  const existing = db.prepare('SELECT id FROM people WHERE name = ? AND party_id IS ?').get(p.name, partyId) as { id: number } | undefined;
  return existing?.id ?? org.insertPerson(db, { name: p.name, partyId, title: p.title, email: p.email });
}

/** An existing committee of that name is reused, and members missing from it are added. */
function findOrCreateCommittee(db: Db, file: MeetingFile, person: (key: string) => number): number {
  const c = file.committee;
  const existing = committees.findCommitteeByName(db, c.name);
  const id = existing?.id ?? committees.insertCommittee(db, { name: c.name, kind: c.kind, defaultPlace: c.defaultPlace, defaultStartTime: c.defaultStartTime });
  if (!existing) {
    committees.replaceSectionTemplate(db, id, c.sections);
    committees.replaceStandardItems(db, id, c.standardItems);
  }
  const current = committees.listMemberships(db, id);
  for (const m of c.memberships) {
    const personId = person(m.person);
    if (current.some((x) => x.personId === personId && x.fromDate === m.fromDate)) continue;
    committees.insertMembership(db, { committeeId: id, personId, role: m.role, hasVote: m.hasVote, fromDate: m.fromDate, toDate: m.toDate });
  }
  return id;
}
