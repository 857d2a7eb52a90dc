import { useMemo } from 'react';
import { itemDocument, type DocumentItem, type ProtocolContext } from '../../../../shared/document';
import type { HouseStyle, Item, MeetingDetail, Party, Person } from '../../../../shared/domain/entities';
import type { Edition } from '../../../../shared/domain/enums';
import { formatLongDate } from '../../../../shared/format/danish-date';
import { useCommitteeStore } from '../../../stores/committee-store';
import { useHouseStyle } from '../../../stores/house-style-store';
import { useOrganisationStore } from '../../../stores/organisation-store';

/** What the protocol's sentences are made from besides the item: members, roll call, agenda order, people, parties. */
export function useProtocolContext(meeting: MeetingDetail): ProtocolContext {
  const people = useOrganisationStore((s) => s.people);
  const parties = useOrganisationStore((s) => s.parties);
  const { members, attendance, items } = meeting;
  return useMemo(() => ({ meeting: { members, attendance, items }, people, parties }), [members, attendance, items, people, parties]);
}

export interface PreviewSource {
  meeting: MeetingDetail;
  people: readonly Person[];
  parties: readonly Party[];
  houseStyle: HouseStyle;
  sectionOrder: readonly string[];
}

/** The item as the minutes print it (shared/document), from the item with the screen's unsaved record. */
export function previewDocument(item: Item, source: PreviewSource, edition: Edition = 'members'): DocumentItem {
  return itemDocument(item, {
    meeting: source.meeting, document: 'minutes', edition, people: source.people, parties: source.parties,
    sectionOrder: source.sectionOrder, longDate: formatLongDate(source.meeting.date), changed: false, withheld: false, houseStyle: source.houseStyle,
  });
}

/** The preview's sources; null until the house style is read (a preview never prints with a guessed style). */
export function usePreviewSource(meeting: MeetingDetail, item: Item): PreviewSource | null {
  const people = useOrganisationStore((s) => s.people);
  const parties = useOrganisationStore((s) => s.parties);
  const sections = useCommitteeStore((s) => s.details[meeting.committeeId]?.sections);
  const houseStyle = useHouseStyle();
  const itemSections = item.sections;
  return useMemo(() => {
    if (!houseStyle) return null;
    const sectionOrder = (sections ?? itemSections).map((s) => (s.key === 'resumé' ? 'resume' : s.key));
    return { meeting, people, parties, houseStyle, sectionOrder };
  }, [meeting, people, parties, houseStyle, sections, itemSections]);
}
