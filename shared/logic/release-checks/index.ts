/** "Klar til udsendelse": checks an agenda before it is sent. */
export { findReleaseIssues } from './find-release-issues';
export type {
  ActiveContentGroup, ActiveContentRemoval, ActiveContentWhat, ActiveContentWhere, ReleaseIssue, ReleaseIssueCode, ReleaseIssueSeverity,
} from './types';
export { activeContentIssues, describeRemovalGroup, groupRemovals, pageRanges, type ActiveContentTranslate, type RemovalsOf } from './active-content';
export { daActiveContentWording } from './active-content-wording';
export { findCprNumbers, findEmails, findPhoneNumbers } from './personal-data';
export { findPlaceholders } from './placeholders';
