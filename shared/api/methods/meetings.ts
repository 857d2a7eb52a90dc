import { z } from 'zod';
import { method } from '../define-method';
import { clockTimeSchema, idSchema, isoDateSchema, limitedText } from '../../domain/primitives';
import { TEXT_LIMITS } from '../../domain/text-limits';
import { meetingKindSchema, meetingStatusSchema } from '../../domain/enums';
import type { MeetingDetail, MeetingSummary } from '../../domain/entities';

const meetingFields = {
  date: isoDateSchema,
  startTime: clockTimeSchema.nullable().optional(),
  endTime: clockTimeSchema.nullable().optional(),
  place: limitedText('Mødestedet', TEXT_LIMITS.place).nullable().optional(),
  kind: meetingKindSchema.optional(),
  firstItemNumber: z.number().int().min(1).optional(),
};

export const meetingMethods = {
  'meetings:list': method(z.object({ committeeId: idSchema.optional() })).returns<MeetingSummary[]>(),
  'meetings:get': method(z.object({ id: idSchema })).returns<MeetingDetail>(),
  'meetings:create': method(
    z.object({ committeeId: idSchema, ...meetingFields, applyStandardItems: z.boolean().optional() }),
  ).returns<MeetingDetail>(),
  'meetings:update': method(z.object({ id: idSchema, ...meetingFields })).returns<MeetingSummary>(),
  'meetings:setStatus': method(z.object({ id: idSchema, status: meetingStatusSchema })).returns<MeetingSummary>(),
  'meetings:delete': method(z.object({ id: idSchema })).returns<void>(),
};
