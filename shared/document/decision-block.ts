import type { HouseStyle, Item, MeetingDetail, Party, Person } from '../domain/entities';
import { protocolDecisions, protocolPresence } from './protocol';
import type { DecisionBlock } from './types';
import { decisionHeading } from './wording';

export interface DecisionBlockContext {
  meeting: MeetingDetail;
  people: readonly Person[];
  parties: readonly Party[];
  longDate: string;
  houseStyle: HouseStyle;
}

/**
 * What the minutes print under an item: the heading with the committee and the date, each
 * decision's sentence (its points, its votes and the minority's dissent stated in it) followed by
 * its protocol notes, then who did not take part and how. Null when nothing is recorded on the item.
 * The sentences come from shared/document/protocol; hand-written ones are printed in their place.
 */
export function decisionBlock(item: Item, context: DecisionBlockContext): DecisionBlock | null {
  if (item.decisions.length === 0 && item.presenceOverride === null) return null;
  const protocol = { meeting: context.meeting, people: context.people, parties: context.parties };
  const presence = protocolPresence(item, protocol);
  return {
    heading: heading(context),
    decisions: protocolDecisions(item, protocol),
    presenceLines: presence.lines,
    presenceOverridden: presence.overridden,
    presenceStale: presence.stale,
  };
}

/**
 * A closed item in the public minutes: its public extract (KSL § 10 practice) as the decision's
 * text under the heading, and nothing else of the item; null without an extract.
 */
export function publicExtractBlock(item: Item, context: Pick<DecisionBlockContext, 'meeting' | 'longDate' | 'houseStyle'>): DecisionBlock | null {
  const extract = item.publicExtract?.trim();
  if (!extract) return null;
  return {
    heading: heading(context),
    decisions: [{ decisionIds: [], text: extract, overridden: false, stale: false, notes: [] }],
    presenceLines: [],
    presenceOverridden: false,
    presenceStale: false,
  };
}

const heading = (context: Pick<DecisionBlockContext, 'meeting' | 'longDate' | 'houseStyle'>): string =>
  decisionHeading(context.meeting.committeeName, context.longDate, context.houseStyle.decisionHeadingColon);
