import { useMemo } from 'react';
import { DEFAULT_HOUSE_STYLE, itemDocument, type DocumentItem } from '../../../shared/document';
import { itemChangedSince, snapshotItem, type SnapshotItem } from '../../../shared/logic/release-changes';
import type { Item, MeetingDetail } from '../../../shared/domain/entities';
import { formatLongDate } from '../../../shared/format/danish-date';
import { useCommitteeStore } from '../../stores/committee-store';
import { useHouseStyle } from '../../stores/house-style-store';
import { useOrganisationStore } from '../../stores/organisation-store';

/**
 * The item as the documents print it (shared/document): sections in the committee's order, the
 * lead of the points, the decision block with its absence and § 14 lines. The app's item view
 * renders this, so the screen and the minutes cannot disagree.
 */
export function useItemDocument(item: Item, meeting: MeetingDetail): DocumentItem {
  const people = useOrganisationStore((s) => s.people);
  const parties = useOrganisationStore((s) => s.parties);
  // The default only for the moment the style is read; then the view renders again with the stored one.
  const houseStyle = useHouseStyle() ?? DEFAULT_HOUSE_STYLE;
  const sections = useCommitteeStore((s) => s.details[meeting.committeeId]?.sections);
  return useMemo(() => itemDocument(item, {
    meeting, document: 'minutes', edition: 'members', people, parties, houseStyle,
    sectionOrder: (sections ?? item.sections).map((s) => (s.key === 'resumé' ? 'resume' : s.key)),
    longDate: formatLongDate(meeting.date), changed: false, withheld: false,
  }), [item, meeting, people, parties, houseStyle, sections]);
}

/** An item's snapshot, hashed once per item object (the store keeps the objects of unchanged items). */
const snapshots = new WeakMap<Item, SnapshotItem>();
function snapshotOf(item: Item): SnapshotItem {
  let snapshot = snapshots.get(item);
  if (!snapshot) snapshots.set(item, (snapshot = snapshotItem(item)));
  return snapshot;
}

/**
 * The ids of the items changed since the agenda was last released (the "Ændret siden udsendelse"
 * markers), by the same rule as the documents (shared/logic/release-changes).
 */
export function useChangedItemIds(meeting: MeetingDetail): ReadonlySet<number> {
  const { agendaSnapshot, items } = meeting;
  return useMemo(() => {
    if (!agendaSnapshot) return NONE;
    const released = new Map(agendaSnapshot.items.map((i) => [i.id, i]));
    return new Set(items.filter((item) => itemChangedSince(released.get(item.id), snapshotOf(item))).map((item) => item.id));
  }, [agendaSnapshot, items]);
}

const NONE: ReadonlySet<number> = new Set();
