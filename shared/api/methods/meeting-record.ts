import { z } from 'zod';
import { method } from '../define-method';
import { idSchema, nonEmptyText } from '../../domain/primitives';
import { attendanceStatusSchema, itemAttendanceKindSchema, protocolNoteKindSchema, voteChoiceSchema } from '../../domain/enums';
import type { AttendanceEntry, Item } from '../../domain/entities';

export const voteInput = z.union([
  z.object({ personId: idSchema, choice: voteChoiceSchema }),
  z.object({ partyId: idSchema, choice: voteChoiceSchema, count: z.number().int().min(1) }),
]);

export const decisionInput = z.object({
  pointNumber: z.number().int().min(1).nullable().optional(),
  text: nonEmptyText('Beslutningen'),
  votes: z.array(voteInput).optional(),
});

export const meetingRecordMethods = {
  'attendance:set': method(
    z.object({
      meetingId: idSchema,
      entries: z.array(
        z.object({
          personId: idSchema,
          status: attendanceStatusSchema,
          substituteForPersonId: idSchema.nullable().optional(),
          note: z.string().trim().nullable().optional(),
        }),
      ),
    }),
  ).returns<AttendanceEntry[]>(),
  'itemAttendance:set': method(
    z.object({
      itemId: idSchema,
      entries: z.array(z.object({ personId: idSchema, kind: itemAttendanceKindSchema, reason: z.string().trim().nullable().optional() })),
    }),
  ).returns<Item>(),
  'decisions:set': method(z.object({ itemId: idSchema, decisions: z.array(decisionInput) })).returns<Item>(),
  'protocolNotes:set': method(
    z.object({
      itemId: idSchema,
      notes: z.array(z.object({ kind: protocolNoteKindSchema, text: nonEmptyText('Teksten'), personIds: z.array(idSchema).min(1, 'Mindst ét medlem skal stå bag') })),
    }),
  ).returns<Item>(),
};
