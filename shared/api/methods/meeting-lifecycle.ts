import { z } from 'zod';
import { method } from '../define-method';
import { idSchema, nonEmptyText } from '../../domain/primitives';
import type { MeetingSummary } from '../../domain/entities';

/** The meeting's steps beside the status list (shared/logic/lifecycle says when each is allowed). */
export const meetingLifecycleMethods = {
  /** Aflyst: the reason is printed in both documents and shown in the sidebar. */
  'meetings:cancel': method(z.object({ id: idSchema, reason: nonEmptyText('Grunden til aflysningen') })).returns<MeetingSummary>(),
  /** Genoptag: the meeting gets back the status it had when it was cancelled. */
  'meetings:reinstate': method(z.object({ id: idSchema })).returns<MeetingSummary>(),
};
