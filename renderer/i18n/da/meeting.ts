import { meetingStatusLabel } from '../../../shared/domain/labels';
import { daActiveContentWording } from '../../../shared/logic/release-checks';

/** The meeting: status, kind, header, release checks and the new-meeting form. */
export const daMeeting = {
  meetingStatus: meetingStatusLabel,
  meetingKind: {
    ordinary: 'Ordinært møde',
    extraordinary: 'Ekstraordinært møde',
  },
  meeting: {
    facts: 'Mødets tid og sted',
    noPlace: 'Sted ikke angivet',
    status: 'Status',
  },
  releaseChecks: {
    open: 'Klar til udsendelse',
    heading: 'Klar til udsendelse?',
    intro: 'Tjek af dagsordenen før den udsendes: manglende indstilling, pladsholdere, bilag og personoplysninger i åbne punkter.',
    running: 'Tjekker dagsordenen …',
    rerun: 'Tjek igen',
    close: 'Luk',
    none: 'Ingen fund – dagsordenen er klar til udsendelse.',
    summary_one: '1 fund: {{errors}} fejl, {{warnings}} advarsler, {{questions}} spørgsmål.',
    summary_other: '{{count}} fund: {{errors}} fejl, {{warnings}} advarsler, {{questions}} spørgsmål.',
    item: 'Punkt {{number}}. {{title}}',
    issueList: 'Fund i punkt {{number}}',
    excerpt: 'Uddrag',
    show: 'Vis i punktet',
    showLabel: 'Vis punkt {{number}}: {{title}}',
    severity: { error: 'Fejl', warning: 'Advarsel', question: 'Spørgsmål' },
    /** What the packet strips from a bilag: the very wording the server's message uses. */
    activeContent: daActiveContentWording,
  },
  newMeeting: {
    title: 'Nyt møde',
    date: 'Dato',
    startTime: 'Starttidspunkt',
    place: 'Sted',
    kind: 'Mødetype',
    applyStandardItems: 'Tilføj udvalgets standardpunkter',
    applyStandardItemsHint: 'F.eks. Godkendelse af dagsorden, Meddelelser og Eventuelt, som de står under Indstillinger › Standardpunkter.',
    submit: 'Opret møde',
  },
};
