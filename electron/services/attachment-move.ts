import { UserError } from '../../shared/api/envelope';
import type { HandlerMap } from './handler-types';
import { change } from './service-context';
import { found } from './not-found';
import { editableItem } from './item-service';
import { findAttachmentInfo, loadItem } from '../store/repositories/item-read-repository';
import { listAttachmentsOfItem, setAttachmentOrder } from '../store/repositories/attachment-repository';

/** A bilag attached to the wrong item is moved to the right one, keeping its file, title and settings. */
export const attachmentMoveHandlers: HandlerMap<'attachments:moveToItem'> = {
  'attachments:moveToItem': (input, ctx) =>
    change(ctx, { action: 'move', entity: 'attachment', entityId: () => input.id, details: { toItemId: input.itemId, toIndex: input.toIndex } }, () => {
      const { db } = ctx;
      const bilag = found(findAttachmentInfo(db, input.id), 'Bilaget', input.id);
      const from = editableItem(db, bilag.itemId);
      const to = editableItem(db, input.itemId);
      if (from.meetingId !== to.meetingId) throw new UserError('Et bilag kan kun flyttes til et andet punkt på samme møde.', 'bilag_other_meeting');
      if (from.id === to.id) throw new UserError('Bilaget ligger allerede på det punkt.', 'bilag_same_item');
      const target = listAttachmentsOfItem(db, to.id).map((a) => a.id);
      const index = Math.min(input.toIndex ?? target.length, target.length);
      db.prepare('UPDATE attachments SET item_id = ? WHERE id = ?').run(to.id, input.id);
      target.splice(index, 0, input.id);
      setAttachmentOrder(db, target);
      setAttachmentOrder(db, listAttachmentsOfItem(db, from.id).map((a) => a.id));
      return { from: found(loadItem(db, from.id), 'Punktet', from.id), to: found(loadItem(db, to.id), 'Punktet', to.id) };
    }),
};
