import type { ItemKind } from '../../shared/domain/enums';
import { emptyDoc } from '../../shared/content/content-model';
import type { Db } from '../store/open-database';
import { findMeeting } from '../store/repositories/meeting-repository';
import { getSectionTemplate } from '../store/repositories/committee-repository';
import {
  ensureCase, insertItem, listItemOrder, replacePriorDecisions, setItemOrder, upsertSection,
} from '../store/repositories/item-write-repository';
import { insertAt } from '../../shared/logic/renumber';
import { earlierTreatments } from './record/earlier-treatments';

export interface NewItem {
  meetingId: number;
  title: string;
  kind: ItemKind;
  isClosed: boolean;
  atIndex?: number;
  caseNumber?: string | null;
  /** A case already known (a forwarded item); otherwise found or made from caseNumber. */
  caseId?: number | null;
  request?: { personId: number; requestedOn: string; text: string } | null;
}

/**
 * Inserts an item at its place, renumbers the agenda, gives it the committee's sections (empty)
 * and, for a case already treated elsewhere, the earlier committees' decisions. Call inside a transaction.
 */
export function createItemRow(db: Db, item: NewItem): number {
  const meeting = findMeeting(db, item.meetingId)!;
  const order = listItemOrder(db, item.meetingId);
  const index = Math.min(item.atIndex ?? order.length, order.length);
  const caseId = item.caseId ?? ensureCase(db, item.caseNumber, item.title);
  const id = insertItem(db, {
    meetingId: item.meetingId, caseId, position: order.length, number: meeting.firstItemNumber + order.length, title: item.title,
    isClosed: item.isClosed, kind: item.kind, request: item.request ?? null,
  });
  setItemOrder(db, insertAt(order, { id, position: order.length, number: 0 }, index, meeting.firstItemNumber));
  getSectionTemplate(db, meeting.committeeId).forEach((section, position) => upsertSection(db, id, section, position, emptyDoc()));
  if (caseId !== null) replacePriorDecisions(db, id, earlierTreatments(db, caseId, meeting.date, meeting.id));
  return id;
}
