import { canVote, type Voter } from './vote-types';
import type { Membership } from '../domain/entities';

export interface Quorum {
  /** Members with a vote (substitutes not counted: they stand in for one). */
  members: number;
  /** Of them, or their substitutes, present and able to take part in this item. */
  present: number;
  /** At least half of the members present, as kommunestyrelsesloven asks for a decision. */
  met: boolean;
}

/** Whether the committee could decide on an item: at least half of its voting members present. */
export function quorumFor(members: readonly Membership[], voters: readonly Voter[]): Quorum {
  const voting = members.filter((m) => m.role !== 'stedfortraeder' && m.hasVote).length;
  const present = voters.filter(canVote).length;
  return { members: voting, present, met: voting === 0 || present * 2 >= voting };
}
