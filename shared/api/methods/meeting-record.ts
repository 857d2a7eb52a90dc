import { z } from 'zod';
import { method } from '../define-method';
import { idSchema, limitedText, nonEmptyText } from '../../domain/primitives';
import { TEXT_LIMITS } from '../../domain/text-limits';
import { attendanceStatusSchema, itemAttendanceKindSchema, protocolNoteKindSchema, voteChoiceSchema } from '../../domain/enums';
import type { AttendanceEntry, Item } from '../../domain/entities';

export const voteInput = z.union([
  z.object({ personId: idSchema, choice: voteChoiceSchema }),
  z.object({ partyId: idSchema, choice: voteChoiceSchema, count: z.number().int().min(1) }),
]);

export const decisionInput = z.object({
  pointNumber: z.number().int().min(1).nullable().optional(),
  text: nonEmptyText('Beslutningen', TEXT_LIMITS.decision),
  votes: z.array(voteInput).max(500).optional(),
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
          note: limitedText('Bemærkningen', TEXT_LIMITS.line).nullable().optional(),
        }),
      ),
    }),
  ).returns<AttendanceEntry[]>(),
  'itemAttendance:set': method(
    z.object({
      itemId: idSchema,
      entries: z.array(z.object({ personId: idSchema, kind: itemAttendanceKindSchema, reason: limitedText('Begrundelsen', TEXT_LIMITS.line).nullable().optional() })).max(500),
    }),
  ).returns<Item>(),
  'decisions:set': method(z.object({ itemId: idSchema, decisions: z.array(decisionInput).max(200, 'Højst 200 beslutninger') })).returns<Item>(),
  'protocolNotes:set': method(
    z.object({
      itemId: idSchema,
      notes: z.array(z.object({
        kind: protocolNoteKindSchema,
        text: nonEmptyText('Teksten', TEXT_LIMITS.protocolNote),
        personIds: z.array(idSchema).min(1, 'Mindst ét medlem skal stå bag').max(500),
      })).max(100, 'Højst 100 protokoltilførsler'),
    }),
  ).returns<Item>(),
};
