import { z } from 'zod';
import { method } from '../define-method';
import { idSchema } from '../../domain/primitives';
import type { ReleaseIssue } from '../../logic/release-checks';

export const releaseCheckMethods = {
  /** "Klar til udsendelse": what to fix or confirm before the meeting's agenda is sent. */
  'meetings:releaseChecks': method(z.object({ id: idSchema })).returns<ReleaseIssue[]>(),
  /** What to fix or confirm in the minutes: an item without a decision, a closed item without a public extract, no quorum, a stale hand-written text. */
  'meetings:minutesChecks': method(z.object({ id: idSchema })).returns<ReleaseIssue[]>(),
};
