import { z } from 'zod';
import { method } from '../define-method';
import { idSchema, limitedText, nonEmptyText } from '../../domain/primitives';
import { TEXT_LIMITS } from '../../domain/text-limits';
import { attendanceStatusSchema, decisionOutcomeSchema, itemAttendanceKindSchema, voteChoiceSchema, voteModeSchema } from '../../domain/enums';
import type { AttendanceEntry, HouseStyle, Item } from '../../domain/entities';

export const voteInput = z.union([
  z.object({ personId: idSchema, choice: voteChoiceSchema }),
  z.object({ partyId: idSchema, choice: voteChoiceSchema, count: z.number().int().min(1) }),
]);

/** A minority's reason (§ 13 stk. 2): by a party, or by members; the services check they lost the vote. */
export const dissentInput = z.object({
  partyId: idSchema.nullable().default(null),
  personIds: z.array(idSchema).max(100).default([]),
  text: nonEmptyText('Mindretalsudtalelsen', TEXT_LIMITS.protocolNote),
}).refine((d) => d.partyId !== null || d.personIds.length > 0, { message: 'Angiv partiet eller medlemmerne bag mindretalsudtalelsen.', path: ['personIds'] });

export const voteRoundInput = z.object({
  /** What was voted on, when not the decision itself: "Ændringsforslag fra V". */
  subject: limitedText('Afstemningens emne', TEXT_LIMITS.line).nullable().default(null),
  mode: voteModeSchema.default('counted'),
  votes: z.array(voteInput).max(500).default([]),
  dissents: z.array(dissentInput).max(20, 'Højst 20 mindretalsudtalelser').default([]),
}).refine((r) => r.mode === 'counted' || r.votes.length === 0, { message: 'Enstemmigt og uden afstemning har ingen optalte stemmer.', path: ['votes'] });

const overrideInput = z.object({
  text: nonEmptyText('Den skrevne tekst', TEXT_LIMITS.decision),
  /** The generated text it replaces, so a later change under it shows. */
  basis: limitedText('Den dannede tekst', TEXT_LIMITS.decision * 2),
}).nullable().default(null);

export const decisionInput = z.object({
  /** The recommendation points it covers; empty: the item as a whole. */
  points: z.array(z.number().int().min(1)).max(100).default([]),
  outcome: decisionOutcomeSchema.nullable().default(null),
  outcomeBody: limitedText('Udvalget', TEXT_LIMITS.name).nullable().default(null),
  remark: limitedText('Beslutningens tekst', TEXT_LIMITS.decision).default(''),
  rounds: z.array(voteRoundInput).max(20, 'Højst 20 afstemninger').default([]),
  notes: z.array(z.object({
    personIds: z.array(idSchema).min(1, 'Mindst ét medlem skal stå bag').max(100),
    text: nonEmptyText('Protokoltilførslen', TEXT_LIMITS.protocolNote),
  })).max(20, 'Højst 20 protokoltilførsler').default([]),
  override: overrideInput,
})
  .refine((d) => d.outcome !== null || d.remark.trim() !== '' || d.override !== null, { message: 'Vælg et udfald, eller skriv beslutningen.', path: ['outcome'] })
  .refine((d) => d.outcome !== 'referred' || (d.outcomeBody ?? '').trim() !== '', { message: 'Skriv, hvem sagen oversendes til.', path: ['outcomeBody'] });

const sentenceOverride = z.object({
  text: nonEmptyText('Den skrevne tekst', TEXT_LIMITS.decision),
  basis: limitedText('Den dannede tekst', TEXT_LIMITS.decision * 2),
}).nullable();

export const meetingRecordMethods = {
  /** The roll call: present, afbud (with a reason), absent, substitutes, late arrival and leaving early. */
  'attendance:set': method(
    z.object({
      meetingId: idSchema,
      entries: z.array(
        z.object({
          personId: idSchema,
          status: attendanceStatusSchema,
          substituteForPersonId: idSchema.nullable().default(null),
          note: limitedText('Bemærkningen', TEXT_LIMITS.line).nullable().default(null),
          /** Came late: present from this item on. */
          arrivedBeforeItemId: idSchema.nullable().default(null),
          /** Left early: present up to and including this item. */
          leftAfterItemId: idSchema.nullable().default(null),
        }),
      ).max(500),
    }),
  ).returns<AttendanceEntry[]>(),
  /** Presence on one item: exceptions (left, arrived, absent, § 14 with a reason) and substitutes for this item only. */
  'itemAttendance:set': method(
    z.object({
      itemId: idSchema,
      entries: z.array(z.object({ personId: idSchema, kind: itemAttendanceKindSchema, reason: limitedText('Begrundelsen', TEXT_LIMITS.line).nullable().default(null) })).max(500),
      substitutes: z.array(z.object({ personId: idSchema, forPersonId: idSchema })).max(100).default([]),
    }),
  ).returns<Item>(),
  /** Replaces the item's decisions, each with its vote rounds (in order), dissents and protocol notes. */
  'decisions:set': method(z.object({ itemId: idSchema, decisions: z.array(decisionInput).max(200, 'Højst 200 beslutninger') })).returns<Item>(),
  /** A closed item's public extract, and the item's presence lines written by hand (null: generated). */
  'itemRecord:update': method(
    z.object({
      itemId: idSchema,
      publicExtract: limitedText('Det offentlige uddrag', TEXT_LIMITS.decision).nullable().optional(),
      presenceOverride: sentenceOverride.optional(),
    }),
  ).returns<Item>(),
  'houseStyle:get': method(z.object({})).returns<HouseStyle>(),
  'houseStyle:update': method(
    z.object({ recommendationLead: nonEmptyText('Indstillingens indledning', TEXT_LIMITS.line), decisionHeadingColon: z.boolean() }),
  ).returns<HouseStyle>(),
  /**
   * A decision "Anbefales over for …" or "Oversendt til …": puts the case on that committee's next
   * meeting (planned or released, after this one) with the item's sections and this decision above it.
   */
  'items:forward': method(z.object({ itemId: idSchema, committeeId: idSchema })).returns<{ item: Item; meetingId: number }>(),
};
