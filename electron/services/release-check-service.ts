import { findReleaseIssues } from '../../shared/logic/release-checks';
import { getAttachmentText } from '../store/repositories/attachment-repository';
import type { HandlerMap } from './handler-types';
import { loadMeetingDetail } from './meeting-service';

/** Read only: the checks run on the stored meeting and the text extracted from its bilag. */
export const releaseCheckHandlers: HandlerMap<'meetings:releaseChecks'> = {
  'meetings:releaseChecks': (input, { db }) => findReleaseIssues(loadMeetingDetail(db, input.id), (id) => getAttachmentText(db, id)),
};
