import type { TranslationShape } from '../da';
import type { daMeeting } from '../da/meeting';

/** The meeting: status, kind, header, release checks and the new-meeting form. */
export const enMeeting: TranslationShape<typeof daMeeting> = {
  meetingStatus: {
    planned: 'planned',
    agenda_released: 'agenda sent',
    held: 'held',
    minutes_approved: 'minutes approved',
    cancelled: 'cancelled',
  },
  meetingKind: {
    ordinary: 'Ordinary meeting',
    extraordinary: 'Extraordinary meeting',
  },
  meeting: {
    facts: 'Time and place of the meeting',
    noPlace: 'No place given',
    status: 'Status',
  },
  releaseChecks: {
    open: 'Ready to send',
    heading: 'Ready to send?',
    intro: 'Checks the agenda before it is sent: missing recommendation, placeholders, attachments and personal data in open items.',
    running: 'Checking the agenda …',
    rerun: 'Check again',
    close: 'Close',
    none: 'No findings – the agenda is ready to be sent.',
    summary_one: '1 finding: {{errors}} errors, {{warnings}} warnings, {{questions}} questions.',
    summary_other: '{{count}} findings: {{errors}} errors, {{warnings}} warnings, {{questions}} questions.',
    item: 'Item {{number}}. {{title}}',
    issueList: 'Findings in item {{number}}',
    excerpt: 'Excerpt',
    show: 'Show in item',
    showLabel: 'Show item {{number}}: {{title}}',
    severity: { error: 'Error', warning: 'Warning', question: 'Question' },
  },
  newMeeting: {
    title: 'New meeting',
    date: 'Date',
    startTime: 'Start time',
    place: 'Place',
    kind: 'Meeting type',
    applyStandardItems: 'Add the committee’s standard items',
    applyStandardItemsHint: 'E.g. Approval of the agenda, Announcements and Any other business, as set under Settings › Standard items.',
    submit: 'Create meeting',
  },
};
