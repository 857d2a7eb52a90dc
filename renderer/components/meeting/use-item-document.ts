import { useMemo } from 'react';
import { changedSinceRelease, itemDocument, type DocumentItem } from '../../../shared/document';
import type { Item, MeetingDetail } from '../../../shared/domain/entities';
import { formatLongDate } from '../../../shared/format/danish-date';
import { useCommitteeStore } from '../../stores/committee-store';
import { useOrganisationStore } from '../../stores/organisation-store';

/**
 * The item as the documents print it (shared/document): sections in the committee's order, the
 * lead of the points, the decision block with its absence and § 14 lines. The app's item view
 * renders this, so the screen and the minutes cannot disagree.
 */
export function useItemDocument(item: Item, meeting: MeetingDetail): DocumentItem {
  const people = useOrganisationStore((s) => s.people);
  const parties = useOrganisationStore((s) => s.parties);
  const sections = useCommitteeStore((s) => s.details[meeting.committeeId]?.sections);
  return useMemo(() => itemDocument(item, {
    meeting, document: 'minutes', edition: 'members', people, parties,
    sectionOrder: (sections ?? item.sections).map((s) => (s.key === 'resumé' ? 'resume' : s.key)),
    longDate: formatLongDate(meeting.date), changed: false, withheld: false,
  }), [item, meeting, people, parties, sections]);
}

/** The ids of the items changed since the agenda was last released (the "Ændret siden udsendelse" markers). */
export function useChangedItemIds(meeting: MeetingDetail): ReadonlySet<number> {
  return useMemo(() => changedSinceRelease({ meeting }), [meeting]);
}
