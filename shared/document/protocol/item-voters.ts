import type { Item } from '../../domain/entities';
import type { Voter } from '../../logic/vote-types';
import { votersForItem } from '../../logic/voters-for-item';
import type { ProtocolContext } from './context';

/**
 * The item's voters (votersForItem: a substitute takes over the vote of the member replaced),
 * plus anyone else known by name, so a vote the checks would refuse is still printed with its
 * letter rather than dropped: the tally counts, it does not judge.
 */
export function itemVoters(item: Pick<Item, 'position' | 'attendance' | 'substitutes'>, context: ProtocolContext): Voter[] {
  const voters = votersForItem(context.meeting, item, context.people);
  const known = new Set(voters.map((v) => v.personId));
  for (const p of context.people) {
    if (known.has(p.id)) continue;
    voters.push({ personId: p.id, name: p.name, partyId: p.partyId, partyLetter: p.partyLetter, hasVote: false, present: false, disqualified: false });
  }
  return voters;
}
