import { UserError } from '../../shared/api/envelope';
import type { Item } from '../../shared/domain/entities';
import type { ItemKind } from '../../shared/domain/enums';
import { moveItem } from '../../shared/logic/renumber';
import type { Db } from '../store/open-database';
import type { HandlerMap } from './handler-types';
import { change } from './service-context';
import { found } from './not-found';
import { loadItem } from '../store/repositories/item-read-repository';
import { findMeeting } from '../store/repositories/meeting-repository';
import { findPerson } from '../store/repositories/organisation-repository';
import * as write from '../store/repositories/item-write-repository';
import { insertAttachmentCopy } from './attachment-copy';
import { createItemRow } from './item-creation';
import { moveItemToTrash, restoreItemFromTrash } from './item-trash';
import { findDeletedItem } from '../store/repositories/deleted-item-repository';
import { requireChangeOfMeeting } from './lifecycle-guard';
import type { ChangeArea } from '../../shared/logic/lifecycle';

type Methods = 'items:create' | 'items:update' | 'items:move' | 'items:duplicate' | 'items:delete' | 'items:restore' | 'sections:update' | 'points:set' | 'notices:set';

export const itemHandlers: HandlerMap<Methods> = {
  'items:create': (input, ctx) =>
    change(ctx, { action: 'create', entity: 'item', entityId: (i) => i.id, details: { title: input.title, meetingId: input.meetingId } }, () => {
      requireChangeOfMeeting(ctx.db, input.meetingId, 'agenda');
      const kind = input.kind ?? 'ordinary';
      checkRequest(ctx.db, kind, input.request ?? null);
      const id = createItemRow(ctx.db, {
        meetingId: input.meetingId, title: input.title, kind, isClosed: input.isClosed ?? false,
        atIndex: input.atIndex ?? indexBeforeTrailingItems(ctx.db, input.meetingId), caseNumber: input.caseNumber, request: input.request ?? null,
      });
      return found(loadItem(ctx.db, id), 'Punktet', id);
    }),

  'items:update': (input, ctx) =>
    change(ctx, { action: 'update', entity: 'item', entityId: () => input.id, details: input }, () => {
      const item = editableItem(ctx.db, input.id);
      const kind = input.kind ?? item.kind;
      const request = input.request === undefined ? item.request : input.request;
      checkRequest(ctx.db, kind, request);
      const caseNumber = input.caseNumber === undefined ? item.caseNumber : input.caseNumber;
      write.updateItemFields(ctx.db, input.id, {
        caseId: write.ensureCase(ctx.db, caseNumber, input.title ?? item.title), title: input.title ?? item.title,
        isClosed: input.isClosed ?? item.isClosed, kind, request, publicTitle: input.publicTitle === undefined ? item.publicTitle : input.publicTitle,
      });
      return found(loadItem(ctx.db, input.id), 'Punktet', input.id);
    }),

  'items:move': (input, ctx) =>
    change(ctx, { action: 'move', entity: 'item', entityId: () => input.id, details: { toIndex: input.toIndex } }, () => {
      const item = editableItem(ctx.db, input.id);
      const meeting = findMeeting(ctx.db, item.meetingId)!;
      const order = write.listItemOrder(ctx.db, item.meetingId);
      if (input.toIndex >= order.length) throw new UserError(`Punktet kan ikke flyttes til plads ${input.toIndex + 1}; dagsordenen har ${order.length} punkter.`, 'bad_index');
      const moved = moveItem(order, input.id, input.toIndex, meeting.firstItemNumber);
      write.setItemOrder(ctx.db, moved);
      return moved;
    }),

  'items:duplicate': (input, ctx) =>
    change(ctx, { action: 'duplicate', entity: 'item', entityId: (i) => i.id, details: { from: input.id } }, () => {
      const item = editableItem(ctx.db, input.id);
      const id = createItemRow(ctx.db, {
        meetingId: item.meetingId, title: `${item.title} (kopi)`, kind: item.kind, isClosed: item.isClosed, atIndex: item.position + 1,
        caseNumber: null, request: item.request,
      });
      item.sections.forEach((s, position) => write.upsertSection(ctx.db, id, s, position, s.content));
      write.replacePoints(ctx.db, id, item.points);
      write.replaceNotices(ctx.db, id, item.notices);
      for (const a of item.attachments) insertAttachmentCopy(ctx.db, a.id, id);
      return found(loadItem(ctx.db, id), 'Punktet', id);
    }),

  'items:delete': (input, ctx) =>
    change(ctx, { action: 'delete', entity: 'item', entityId: () => input.id, details: { trash: true } }, () => {
      const item = editableItem(ctx.db, input.id);
      return { trashId: moveItemToTrash(ctx.db, item, ctx.now()) };
    }),

  'items:restore': (input, ctx) =>
    change(ctx, { action: 'restore', entity: 'item', entityId: (i) => i.id, details: { trashId: input.trashId } }, () => {
      const meetingId = deletedItemMeeting(ctx.db, input.trashId);
      if (meetingId !== undefined) requireChangeOfMeeting(ctx.db, meetingId, 'agenda');
      const id = restoreItemFromTrash(ctx.db, input.trashId);
      return found(loadItem(ctx.db, id), 'Punktet', id);
    }),

  'sections:update': (input, ctx) =>
    change(ctx, { action: 'update', entity: 'section', entityId: () => input.itemId, details: { key: input.key } }, () => {
      const item = editableItem(ctx.db, input.itemId);
      const index = item.sections.findIndex((s) => s.key === input.key);
      if (index < 0) throw new UserError(`Punktet har intet afsnit "${input.key}". Tilføj det til udvalgets skabelon først.`, 'unknown_section');
      write.upsertSection(ctx.db, input.itemId, item.sections[index]!, index, input.content);
      return found(loadItem(ctx.db, input.itemId), 'Punktet', input.itemId);
    }),

  'points:set': (input, ctx) =>
    change(ctx, { action: 'update', entity: 'recommendation_points', entityId: () => input.itemId, details: input.points }, () => {
      const item = editableItem(ctx.db, input.itemId);
      if (item.decisions.some((d) => d.points.some((point) => point > input.points.length))) {
        throw new UserError('Der er truffet beslutning om et indstillingspunkt, som ville forsvinde. Ret beslutningerne først.', 'points_in_use');
      }
      write.replacePoints(ctx.db, input.itemId, input.points.map((p) => ({ text: p.text, decisionAuthority: p.decisionAuthority ?? null })));
      return found(loadItem(ctx.db, input.itemId), 'Punktet', input.itemId);
    }),

  'notices:set': (input, ctx) =>
    change(ctx, { action: 'update', entity: 'notices', entityId: () => input.itemId, details: { count: input.notices.length } }, () => {
      const item = editableItem(ctx.db, input.itemId);
      if (item.kind !== 'announcements') throw new UserError('Kun punktet Meddelelser kan have meddelelser.', 'not_announcements');
      write.replaceNotices(ctx.db, input.itemId, input.notices);
      return found(loadItem(ctx.db, input.itemId), 'Punktet', input.itemId);
    }),
};

/** Loads an item whose agenda content (texts, points, notices, bilag) the meeting's status lets change. */
export function editableItem(db: Db, id: number): Item {
  return itemOpenFor(db, id, 'agenda');
}

/** Loads an item and refuses the change when the meeting's status does not allow that area (shared/logic/lifecycle). */
export function itemOpenFor(db: Db, id: number, area: ChangeArea): Item {
  const item = found(loadItem(db, id), 'Punktet', id);
  requireChangeOfMeeting(db, item.meetingId, area);
  return item;
}

const deletedItemMeeting = (db: Db, trashId: number): number | undefined => findDeletedItem(db, trashId)?.meetingId;

function checkRequest(db: Db, kind: ItemKind, request: { personId: number } | null): void {
  if (kind === 'member_request' && !request) {
    throw new UserError('En anmodning om optagelse af sag skal angive, hvem der har anmodet, hvornår og hvad.', 'request_missing');
  }
  if (kind !== 'member_request' && request) throw new UserError('Kun en anmodning om optagelse af sag kan have en anmoder.', 'request_not_allowed');
  if (request) found(findPerson(db, request.personId), 'Anmoderen', request.personId);
}

/** New items go before a closing "Eventuelt", as secretaries expect. */
function indexBeforeTrailingItems(db: Db, meetingId: number): number {
  const kinds = db.prepare('SELECT kind FROM items WHERE meeting_id = ? ORDER BY position').all(meetingId) as { kind: ItemKind }[];
  let index = kinds.length;
  while (index > 0 && kinds[index - 1]!.kind === 'any_other_business') index--;
  return index;
}
