import { z } from 'zod';
import { method } from '../define-method';
import { idSchema, isoDateSchema, limitedText, nonEmptyText } from '../../domain/primitives';
import { TEXT_LIMITS } from '../../domain/text-limits';
import { distributionSchema, itemKindSchema } from '../../domain/enums';
import { contentDocField } from '../../content/content-model';
import { sectionKeySchema } from './committees';
import type { AttachmentInfo, Item, ItemPlace } from '../../domain/entities';

export const memberRequestInput = z.object({
  personId: idSchema,
  requestedOn: isoDateSchema,
  text: nonEmptyText('Anmodningens tekst', TEXT_LIMITS.request),
});

const caseNumber = z.string().trim().min(1).max(TEXT_LIMITS.caseNumber, `Sagsnummeret må højst have ${TEXT_LIMITS.caseNumber} tegn`).nullable().optional();

export const itemMethods = {
  'items:create': method(
    z.object({
      meetingId: idSchema,
      title: nonEmptyText('Punktets titel', TEXT_LIMITS.title),
      kind: itemKindSchema.optional(),
      isClosed: z.boolean().optional(),
      caseNumber,
      atIndex: z.number().int().min(0).optional(),
      request: memberRequestInput.nullable().optional(),
    }),
  ).returns<Item>(),
  'items:update': method(
    z.object({
      id: idSchema,
      title: nonEmptyText('Punktets titel', TEXT_LIMITS.title).optional(),
      kind: itemKindSchema.optional(),
      isClosed: z.boolean().optional(),
      /** What the public editions show of a closed item; null: "Lukket punkt". */
      publicTitle: nonEmptyText('Den offentlige titel', TEXT_LIMITS.title).nullable().optional(),
      caseNumber,
      request: memberRequestInput.nullable().optional(),
    }),
  ).returns<Item>(),
  /** Returns the agenda's new order and numbers, not the items (a move changes nothing else). */
  'items:move': method(z.object({ id: idSchema, toIndex: z.number().int().min(0) })).returns<ItemPlace[]>(),
  'items:duplicate': method(z.object({ id: idSchema })).returns<Item>(),
  /** Deletes an item; it is kept whole for a while, so 'items:restore' with the returned trashId puts it back with its bilag. */
  'items:delete': method(z.object({ id: idSchema })).returns<{ trashId: number }>(),
  'items:restore': method(z.object({ trashId: idSchema })).returns<Item>(),
  'sections:update': method(z.object({ itemId: idSchema, key: sectionKeySchema, content: contentDocField('Afsnittets tekst') })).returns<Item>(),
  'points:set': method(
    z.object({
      itemId: idSchema,
      points: z.array(z.object({
        text: nonEmptyText('Indstillingspunktet', TEXT_LIMITS.point),
        decisionAuthority: limitedText('Beslutningskompetencen', TEXT_LIMITS.line).nullable().optional(),
      })).max(100, 'Højst 100 indstillingspunkter'),
    }),
  ).returns<Item>(),
  'notices:set': method(
    z.object({
      itemId: idSchema,
      notices: z.array(z.object({ title: nonEmptyText('Meddelelsens titel', TEXT_LIMITS.title), content: contentDocField('Meddelelsens tekst') }))
        .max(100, 'Højst 100 meddelelser'),
    }),
  ).returns<Item>(),
  /**
   * The file's bytes come either inline as base64 (small files, scripts, tests) or as the token of
   * a file waiting in the upload store: POST /upload in browser mode, the open dialog
   * (dialogs.openFiles) in the desktop app. Exactly one of the two.
   */
  'attachments:add': method(
    z
      .object({
        itemId: idSchema,
        fileName: nonEmptyText('Filnavnet', TEXT_LIMITS.fileName),
        dataBase64: z.base64('Filens indhold skal være base64').optional(),
        uploadToken: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, 'Ugyldigt upload-token').optional(),
        title: nonEmptyText('Bilagets titel', TEXT_LIMITS.title).optional(),
        distribution: distributionSchema.optional(),
        isClosed: z.boolean().optional(),
      })
      .refine((input) => (input.dataBase64 === undefined) !== (input.uploadToken === undefined), {
        message: 'Filens indhold mangler: send enten dataBase64 eller uploadToken (ikke begge).',
        path: ['dataBase64'],
      }),
  ).returns<AttachmentInfo>(),
  'attachments:update': method(
    z.object({
      id: idSchema,
      title: nonEmptyText('Bilagets titel', TEXT_LIMITS.title).optional(),
      distribution: distributionSchema.optional(),
      isClosed: z.boolean().optional(),
    }),
  ).returns<AttachmentInfo>(),
  'attachments:move': method(z.object({ id: idSchema, toIndex: z.number().int().min(0) })).returns<AttachmentInfo[]>(),
  /** Moves a bilag to another item of the same meeting (last, or at toIndex); both items are returned renumbered. */
  'attachments:moveToItem': method(z.object({ id: idSchema, itemId: idSchema, toIndex: z.number().int().min(0).optional() }))
    .returns<{ from: Item; to: Item }>(),
  'attachments:delete': method(z.object({ id: idSchema })).returns<void>(),
  'attachments:content': method(z.object({ id: idSchema })).returns<{ fileName: string; mediaType: string; dataBase64: string }>(),
};
