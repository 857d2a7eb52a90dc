import { UserError } from '../../shared/api/envelope';
import type { Decision, Item, Vote } from '../../shared/domain/entities';
import { insertAt, removeItem } from '../../shared/logic/renumber';
import type { Db } from '../store/open-database';
import * as trash from '../store/repositories/deleted-item-repository';
import { findMeeting } from '../store/repositories/meeting-repository';
import { decisionToStore, replaceDecisions, replaceItemAttendance, replaceItemSubstitutes, updateItemRecordFields } from '../store/repositories/meeting-record-repository';
import * as write from '../store/repositories/item-write-repository';

/** How long a deleted item can be put back. */
const KEEP_DELETED_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * Deletes an item, keeping it whole in deleted_items so an undo restores it in one step with its
 * bilag, decisions and texts; the agenda is renumbered. Returns the id to restore it by. Call
 * inside a transaction.
 */
export function moveItemToTrash(db: Db, item: Item, now: Date): number {
  const meeting = findMeeting(db, item.meetingId)!;
  const payload: trash.DeletedItemPayload = {
    item, caseId: trash.caseIdOfItem(db, item.id), bilagText: trash.attachmentTexts(db, item.id),
    attachments: item.attachments.map((a) => ({ sha256: a.sha256 })),
  };
  trash.pruneDeletedItems(db, new Date(now.getTime() - KEEP_DELETED_MS).toISOString());
  const trashId = trash.insertDeletedItem(db, item.meetingId, item.position, now.toISOString(), payload);
  const order = removeItem(write.listItemOrder(db, item.meetingId), item.id, meeting.firstItemNumber);
  write.deleteItemRow(db, item.id);
  write.setItemOrder(db, order);
  return trashId;
}

/** Puts a deleted item back at its place (or last, when the agenda has grown shorter). Returns the new item id. */
export function restoreItemFromTrash(db: Db, trashId: number): number {
  const deleted = trash.findDeletedItem(db, trashId);
  if (!deleted) throw new UserError('Punktet kan ikke gendannes: det er allerede gendannet, eller det er for længe siden, det blev slettet.', 'trash_gone');
  const { item, caseId, bilagText } = deleted.payload;
  const meeting = findMeeting(db, deleted.meetingId)!;
  const order = write.listItemOrder(db, meeting.id);
  const id = write.insertItem(db, {
    meetingId: meeting.id, caseId, position: order.length, number: meeting.firstItemNumber + order.length, title: item.title,
    isClosed: item.isClosed, kind: item.kind, publicTitle: item.publicTitle,
    request: item.request && { personId: item.request.personId, requestedOn: item.request.requestedOn, text: item.request.text },
  });
  write.setItemOrder(db, insertAt(order, { id, position: order.length, number: 0 }, Math.min(deleted.position, order.length), meeting.firstItemNumber));
  item.sections.forEach((s, position) => write.upsertSection(db, id, s, position, s.content));
  write.replacePoints(db, id, item.points);
  write.replaceNotices(db, id, item.notices);
  write.replacePriorDecisions(db, id, item.priorDecisions);
  for (const a of item.attachments) {
    const blob = db.prepare('SELECT 1 FROM blobs WHERE sha256 = ?').get(a.sha256);
    if (!blob) throw new UserError(`Punktet kan ikke gendannes: bilaget »${a.title}« findes ikke længere i databasen.`, 'trash_blob_gone');
    write.insertAttachmentRow(db, id, a, bilagText[String(a.id)] ?? '');
  }
  replaceItemAttendance(db, id, item.attendance);
  replaceItemSubstitutes(db, id, item.substitutes ?? []);
  replaceDecisions(db, id, item.decisions.map((d) => decisionToStore(fromBeforeVoteRounds(d))));
  updateItemRecordFields(db, id, { publicExtract: item.publicExtract, presenceOverride: item.presenceOverride });
  trash.removeDeletedItem(db, trashId);
  return id;
}

/** An item deleted before decisions had vote rounds (schema 3) kept its decision as { pointNumber, text, votes }. */
function fromBeforeVoteRounds(d: Decision | { id: number; pointNumber: number | null; text: string; votes: Vote[] }): Decision {
  if (!('text' in d)) return d;
  return {
    id: d.id, points: d.pointNumber === null ? [] : [d.pointNumber], outcome: null, outcomeBody: null, remark: d.text, override: null, notes: [],
    rounds: d.votes.length > 0 ? [{ id: 0, subject: null, mode: 'counted', votes: d.votes, dissents: [] }] : [],
  };
}
