import { z } from 'zod';
import { method } from '../define-method';
import { clockTimeSchema, idSchema, isoDateSchema, limitedText, nonEmptyText } from '../../domain/primitives';
import { TEXT_LIMITS } from '../../domain/text-limits';
import { committeeKindSchema, itemKindSchema, membershipRoleSchema, approvalRuleSchema } from '../../domain/enums';
import type { Committee, CommitteeDetail, Membership } from '../../domain/entities';

const committeeFields = {
  name: nonEmptyText('Udvalgets navn', TEXT_LIMITS.name),
  kind: committeeKindSchema,
  defaultPlace: limitedText('Mødestedet', TEXT_LIMITS.place).nullable().optional(),
  defaultStartTime: clockTimeSchema.nullable().optional(),
  /** Whose approval makes the minutes approved (default: every member present). */
  approvalRule: approvalRuleSchema.optional(),
};
const membershipFields = {
  role: membershipRoleSchema,
  hasVote: z.boolean(),
  fromDate: isoDateSchema,
  toDate: isoDateSchema.nullable().optional(),
};

export const sectionKeySchema = z.string().regex(/^[a-z][a-z0-9_]*$/, 'Afsnitsnøglen må kun have små bogstaver a-z, tal og _');

export const committeeMethods = {
  'committees:list': method(z.object({ includeArchived: z.boolean().optional() })).returns<Committee[]>(),
  'committees:get': method(z.object({ id: idSchema })).returns<CommitteeDetail>(),
  'committees:create': method(z.object(committeeFields)).returns<CommitteeDetail>(),
  'committees:update': method(z.object({ id: idSchema, ...committeeFields, archived: z.boolean().optional() })).returns<CommitteeDetail>(),
  'memberships:add': method(z.object({ committeeId: idSchema, personId: idSchema, ...membershipFields })).returns<Membership>(),
  'memberships:update': method(z.object({ id: idSchema, ...membershipFields })).returns<Membership>(),
  'memberships:remove': method(z.object({ id: idSchema })).returns<void>(),
  'committees:setSectionTemplate': method(
    z.object({
      committeeId: idSchema,
      sections: z.array(z.object({ key: sectionKeySchema, heading: nonEmptyText('Overskriften', TEXT_LIMITS.name) })).min(1, 'Skabelonen skal have mindst ét afsnit').max(50, 'Skabelonen må højst have 50 afsnit'),
    }),
  ).returns<CommitteeDetail>(),
  'committees:setStandardItems': method(
    z.object({
      committeeId: idSchema,
      items: z.array(z.object({ kind: itemKindSchema, title: nonEmptyText('Punktets titel', TEXT_LIMITS.title), placement: z.enum(['start', 'end']) })).max(50, 'Højst 50 faste punkter'),
    }),
  ).returns<CommitteeDetail>(),
};
