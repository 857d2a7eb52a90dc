import type { Vote as StoredVote } from '../domain/entities';
import type { Vote } from './vote-types';

/** A vote round's stored votes as the tally and the validation read them (a row naming neither member nor party is dropped). */
export function roundVotes(votes: readonly StoredVote[]): Vote[] {
  return votes.flatMap((v): Vote[] => {
    if (v.personId !== null) return [{ personId: v.personId, choice: v.choice }];
    if (v.partyId !== null) return [{ partyId: v.partyId, choice: v.choice, count: v.count }];
    return [];
  });
}
