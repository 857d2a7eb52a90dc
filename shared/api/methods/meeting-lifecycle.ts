import { z } from 'zod';
import { method } from '../define-method';
import { idSchema, nonEmptyText } from '../../domain/primitives';
import type { MeetingSummary, Release } from '../../domain/entities';

/** The meeting's steps beside the status list (shared/logic/lifecycle says when each is allowed). */
export const meetingLifecycleMethods = {
  /** Aflyst: the reason is printed in both documents and shown in the sidebar. */
  'meetings:cancel': method(z.object({ id: idSchema, reason: nonEmptyText('Grunden til aflysningen') })).returns<MeetingSummary>(),
  /** Genoptag: the meeting gets back the status it had when it was cancelled. */
  'meetings:reinstate': method(z.object({ id: idSchema })).returns<MeetingSummary>(),
  /**
   * Udsendelse: runs the release checks, prints the members' and the public edition as the next
   * version, keeps both and sets the status. An error finding stops it unless it is listed in
   * `overrides` with a reason (the key is the finding's, see shared/logic/release-gate.ts).
   */
  'meetings:release': method(
    z.object({
      id: idSchema,
      overrides: z.array(z.object({ key: z.string().min(1).max(300), reason: nonEmptyText('Begrundelsen') })).max(500).default([]),
      pdfa: z.boolean().default(false),
      sign: z.object({ certificateId: idSchema, password: z.string().min(1).max(1000).optional() }).nullable().default(null),
    }),
  ).returns<ReleaseOutcome>(),
};

export interface ReleaseOutcome {
  version: number;
  /** The members' and the public edition. */
  releases: Release[];
  overridden: { key: string; reason: string; message: string }[];
  withheldItemIds: number[];
  meeting: MeetingSummary;
}
