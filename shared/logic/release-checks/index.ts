/** "Klar til udsendelse": checks an agenda before it is sent. */
export { findReleaseIssues } from './find-release-issues';
export type { ReleaseIssue, ReleaseIssueCode, ReleaseIssueSeverity } from './types';
export { findCprNumbers, findEmails, findPhoneNumbers } from './personal-data';
export { findPlaceholders } from './placeholders';
