import { UserError } from '../../shared/api/envelope';
import type { Db } from '../store/open-database';
import type { HandlerMap } from './handler-types';
import { change } from './service-context';
import { found } from './not-found';
import { editableItem } from './item-service';
import { findAttachmentInfo } from '../store/repositories/item-read-repository';
import { getBlob } from '../store/repositories/blob-repository';
import * as repo from '../store/repositories/attachment-repository';
import { inspectInWorker } from './attachments/inspect-in-worker';
import { uploadStore } from './attachments/upload-store';

type Methods = 'attachments:add' | 'attachments:update' | 'attachments:move' | 'attachments:delete' | 'attachments:content';

export const attachmentHandlers: HandlerMap<Methods> = {
  'attachments:add': async (input, ctx) => {
    // A token is used up even when the item turns out not to be editable: its temp file goes.
    const bytes = input.uploadToken !== undefined ? (await uploadStore().take(input.uploadToken)).bytes : Buffer.from(input.dataBase64 ?? '', 'base64');
    editableItem(ctx.db, input.itemId);
    // Inspection is slow and async, so it runs before the transaction, which never spans an await;
    // it runs in a worker thread so a 200 MB PDF does not stall the serving thread (IPC, the window).
    const inspected = await inspectInWorker(bytes, input.fileName);
    return change(ctx, { action: 'create', entity: 'attachment', entityId: (a) => a.id, details: { itemId: input.itemId, fileName: input.fileName } }, () => {
      editableItem(ctx.db, input.itemId);
      const id = repo.insertAttachment(ctx.db, {
        itemId: input.itemId, bytes: inspected.pdfBytes, sha256: inspected.sha256, title: input.title ?? titleFromFileName(input.fileName),
        fileName: input.fileName, mediaType: inspected.mediaType, distribution: input.distribution ?? 'distributed',
        isClosed: input.isClosed ?? false, pageCount: inspected.pageCount, text: inspected.text,
      });
      return found(findAttachmentInfo(ctx.db, id), 'Bilaget', id);
    });
  },

  'attachments:update': (input, ctx) =>
    change(ctx, { action: 'update', entity: 'attachment', entityId: () => input.id, details: input }, () => {
      const current = editableAttachment(ctx.db, input.id);
      repo.updateAttachmentFields(ctx.db, input.id, {
        title: input.title ?? current.title, distribution: input.distribution ?? current.distribution, isClosed: input.isClosed ?? current.isClosed,
      });
      return found(findAttachmentInfo(ctx.db, input.id), 'Bilaget', input.id);
    }),

  'attachments:move': (input, ctx) =>
    change(ctx, { action: 'move', entity: 'attachment', entityId: () => input.id, details: { toIndex: input.toIndex } }, () => {
      const current = editableAttachment(ctx.db, input.id);
      const ids = repo.listAttachmentsOfItem(ctx.db, current.itemId).map((a) => a.id).filter((id) => id !== input.id);
      if (input.toIndex > ids.length) throw new UserError(`Bilaget kan ikke flyttes til plads ${input.toIndex + 1}; punktet har ${ids.length + 1} bilag.`, 'bad_index');
      ids.splice(input.toIndex, 0, input.id);
      repo.setAttachmentOrder(ctx.db, ids);
      return repo.listAttachmentsOfItem(ctx.db, current.itemId);
    }),

  'attachments:delete': (input, ctx) =>
    change(ctx, { action: 'delete', entity: 'attachment', entityId: () => input.id }, () => {
      const current = editableAttachment(ctx.db, input.id);
      repo.deleteAttachmentRow(ctx.db, input.id);
      repo.setAttachmentOrder(ctx.db, repo.listAttachmentsOfItem(ctx.db, current.itemId).map((a) => a.id));
    }),

  'attachments:content': (input, { db }) => {
    const info = found(findAttachmentInfo(db, input.id), 'Bilaget', input.id);
    const bytes = found(getBlob(db, info.sha256), 'Bilagets indhold', input.id);
    return { fileName: info.fileName, mediaType: info.mediaType, dataBase64: Buffer.from(bytes).toString('base64') };
  },
};

export function titleFromFileName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  return base.replace(/\.[^.]+$/, '').trim() || base;
}

function editableAttachment(db: Db, id: number) {
  const info = found(findAttachmentInfo(db, id), 'Bilaget', id);
  editableItem(db, info.itemId);
  return info;
}
