import { z } from 'zod';
import { method } from '../define-method';
import { idSchema, limitedText, nonEmptyText } from '../../domain/primitives';
import { TEXT_LIMITS } from '../../domain/text-limits';
import { approvalMethodSchema } from '../../domain/enums';
import type { Addendum, MeetingProtocol, MeetingSummary, ProtocolEntry, Release } from '../../domain/entities';
import type { ChainReport } from '../../logic/protocol-chain';

const overridesSchema = z.array(z.object({ key: z.string().min(1).max(300), reason: nonEmptyText('Begrundelsen') })).max(500).default([]);
const signSchema = z.object({ certificateId: idSchema, password: z.string().min(1).max(1000).optional() }).nullable().default(null);
const addendumFields = {
  itemId: idSchema,
  text: nonEmptyText('Tilføjelsens tekst', TEXT_LIMITS.decision),
  reason: nonEmptyText('Begrundelsen for tilføjelsen'),
  writtenBy: nonEmptyText('Hvem der har skrevet tilføjelsen', TEXT_LIMITS.name),
};

/** Approval of the minutes (KSL § 13), addenda after it, and the protocol chain's check. */
export const protocolApprovalMethods = {
  /** A member's approval of the held meeting's minutes (addendumId null) or of an addendum: how and when it was given. */
  'approvals:record': method(z.object({
    meetingId: idSchema,
    addendumId: idSchema.nullable().default(null),
    personId: idSchema,
    method: approvalMethodSchema,
    note: limitedText('Bemærkningen').nullable().default(null),
  })).returns<MeetingProtocol>(),
  /** Withdraws an approval recorded by mistake, until the minutes (or the addendum) are approved. */
  'approvals:remove': method(z.object({ id: idSchema })).returns<MeetingProtocol>(),
  /**
   * Godkend referatet: runs the protocol check (an error finding stops it unless overridden with a
   * reason, kept in the chain), requires the approvals the committee's rule asks for, adds the
   * entry to the committee's protocol chain, prints the minutes (both editions, PDF/A-2b, signed
   * when asked) as a release, and sets the status — all or nothing.
   */
  'meetings:approve': method(z.object({ id: idSchema, overrides: overridesSchema, sign: signSchema })).returns<ApprovalOutcome>(),
  'addenda:create': method(z.object({ meetingId: idSchema, ...addendumFields })).returns<Addendum>(),
  'addenda:update': method(z.object({ id: idSchema, ...addendumFields })).returns<Addendum>(),
  'addenda:delete': method(z.object({ id: idSchema })).returns<void>(),
  /** An addendum whose approvals are in: a chain entry, and the minutes' next version printing it after the original. */
  'addenda:approve': method(z.object({ meetingId: idSchema, id: idSchema, sign: signSchema })).returns<ApprovalOutcome>(),
  /** Recomputes every committee's chain from the stored record; the first entry that no longer matches, named. */
  'protocol:verify': method(z.object({})).returns<ChainReport>(),
};

export interface ApprovalOutcome {
  entry: ProtocolEntry;
  /** The minutes' version this approval made (1 for the minutes, then one per addendum). */
  version: number;
  /** The members' and the public edition. */
  releases: Release[];
  meeting: MeetingSummary;
}
