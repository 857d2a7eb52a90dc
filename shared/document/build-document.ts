import { formatLongDate, formatShortDate } from '../format/danish-date';
import { documentState } from '../logic/lifecycle';
import { buildSnapshot, changedItemIds } from '../logic/release-changes';
import { documentMembers, frontPage } from './front-page';
import { itemDocument } from './item-document';
import { signatureSheet } from './signature-sheet';
import type { DocumentModel, DocumentOptions, DocumentSource } from './types';
import { documentName, pageMark } from './wording';

/**
 * The agenda or the minutes of a meeting, in one edition, as every renderer prints it. The state
 * (draft, final, cancelled) comes from the meeting's status (shared/logic/lifecycle); the
 * "Ændret siden udsendelse" markers from the latest agenda release's snapshot.
 */
export function buildDocument(source: DocumentSource, options: DocumentOptions): DocumentModel {
  const { meeting, people, parties } = source;
  const { document, edition } = options;
  const changed = changedSinceRelease(source);
  const state = options.state ?? documentState(meeting.status, document, changed.size > 0);
  const longDate = formatLongDate(meeting.date);
  const withheld = options.withheldItemIds ?? new Set<number>();
  // The minutes of a cancelled meeting say only that: nothing was dealt with.
  const items = document === 'minutes' && state === 'cancelled' ? [] : meeting.items;
  const members = documentMembers(meeting, document, people);
  const name = documentName(document);
  const mark = pageMark(state);
  return {
    document,
    edition,
    state,
    documentName: name,
    municipality: source.municipality,
    committeeName: meeting.committeeName,
    date: meeting.date,
    longDate,
    shortDate: formatShortDate(meeting.date),
    startTime: meeting.startTime,
    endTime: meeting.endTime,
    place: meeting.place,
    extraordinary: meeting.kind === 'extraordinary',
    front: frontPage(meeting, document, edition, state),
    members,
    items: items.map((item) => itemDocument(item, {
      meeting, document, edition, people, parties, sectionOrder: source.sectionOrder, longDate, houseStyle: source.houseStyle,
      changed: document === 'agenda' && changed.has(item.id), withheld: withheld.has(item.id),
    })),
    pageMark: mark,
    title: `${mark ? `${mark}: ` : ''}${name} – ${meeting.committeeName} ${longDate}${edition === 'public' ? ' (offentlig udgave)' : ''}`,
    signatureSheet: document === 'minutes' && state !== 'cancelled' ? signatureSheet(meeting, people, longDate) : null,
  };
}

/** Items new or changed since the agenda was last released; none before the first release. */
export function changedSinceRelease(source: Pick<DocumentSource, 'meeting'>): Set<number> {
  const { meeting } = source;
  if (!meeting.agendaSnapshot) return new Set();
  return changedItemIds(meeting.agendaSnapshot, buildSnapshot(meeting));
}

/** The bilag merged into the packet, in item order. */
export const distributedBilag = (model: DocumentModel) => model.items.flatMap((item) => item.bilag.filter((b) => b.distributed));
