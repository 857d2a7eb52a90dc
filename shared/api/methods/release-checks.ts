import { z } from 'zod';
import { method } from '../define-method';
import { idSchema } from '../../domain/primitives';
import type { ReleaseIssue } from '../../logic/release-checks';

export const releaseCheckMethods = {
  /** "Klar til udsendelse": what to fix or confirm before the meeting's agenda is sent. */
  'meetings:releaseChecks': method(z.object({ id: idSchema })).returns<ReleaseIssue[]>(),
  /** The protocol check before approval (shared/document/protocol-checks.ts): errors block the approval unless overridden with a reason. */
  'meetings:protocolChecks': method(z.object({ id: idSchema })).returns<ReleaseIssue[]>(),
};
