import { describe, it, expect } from 'vitest';
import { tallyVotes } from '../../../shared/logic/vote-tally';
import type { Vote, Voter } from '../../../shared/logic/vote-types';
import { parties, voters } from './vote-fixtures';

describe('tallyVotes', () => {
  it('counts party and person votes per choice', () => {
    const votes: Vote[] = [
      { partyId: 1, choice: 'for', count: 2 },
      { personId: 103, choice: 'for' },
      { partyId: 4, choice: 'for', count: 1 },
      { personId: 106, choice: 'for' },
      { partyId: 7, choice: 'against', count: 2 },
      { personId: 107, choice: 'against' },
    ];
    const tally = tallyVotes(votes, voters, parties);
    expect([tally.for, tally.against, tally.abstain]).toEqual([5, 3, 0]);
    expect(tally.byChoice.for).toEqual({
      count: 5,
      partyLetters: ['A', 'B', 'F', 'I'],
      names: ['Birte Ærø', 'Ida Iversen'],
      withoutParty: [],
    });
    expect(tally.byChoice.against.partyLetters).toEqual(['O', 'V']);
    expect(tally.byChoice.against.names).toEqual(['Curt Købsted']);
    expect(tally.byChoice.abstain).toEqual({ count: 0, partyLetters: [], names: [], withoutParty: [] });
  });

  it('lists each letter once, in Danish order', () => {
    const votes: Vote[] = [
      { partyId: 9, choice: 'for', count: 1 },
      { partyId: 8, choice: 'for', count: 1 },
      { personId: 108, choice: 'for' },
      { personId: 109, choice: 'for' },
      { partyId: 1, choice: 'for', count: 1 },
    ];
    expect(tallyVotes(votes, voters, parties).byChoice.for.partyLetters).toEqual(['A', 'V', 'Ø', 'Å']);
  });

  it('sorts names in Danish order and keeps members without a party apart', () => {
    const citizens: Voter[] = [
      ...voters,
      { personId: 201, name: 'Åse Borger', partyId: null, partyLetter: null, hasVote: true, present: true, disqualified: false },
      { personId: 202, name: 'Ømer Borger', partyId: null, partyLetter: null, hasVote: true, present: true, disqualified: false },
    ];
    const votes: Vote[] = [{ personId: 201, choice: 'abstain' }, { personId: 202, choice: 'abstain' }, { personId: 101, choice: 'abstain' }];
    const abstain = tallyVotes(votes, citizens, parties).byChoice.abstain;
    expect(abstain.names).toEqual(['Anne Andersen', 'Ømer Borger', 'Åse Borger']);
    expect(abstain.partyLetters).toEqual(['A']);
    expect(abstain.withoutParty).toEqual(['Ømer Borger', 'Åse Borger']);
  });

  it('counts votes with unknown ids without naming them', () => {
    const votes: Vote[] = [{ personId: 42, choice: 'for' }, { partyId: 77, choice: 'for', count: 3 }];
    const tally = tallyVotes(votes, voters, parties);
    expect(tally.for).toBe(4);
    expect(tally.byChoice.for.partyLetters).toEqual([]);
    expect(tally.byChoice.for.names).toEqual([]);
  });

  it('is all zero without votes', () => {
    const tally = tallyVotes([], voters, parties);
    expect([tally.for, tally.against, tally.abstain]).toEqual([0, 0, 0]);
  });
});
