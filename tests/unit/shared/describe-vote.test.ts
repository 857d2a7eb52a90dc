import { describe, it, expect } from 'vitest';
import { describeVote } from '../../../shared/logic/describe-vote';
import { tallyVotes } from '../../../shared/logic/vote-tally';
import type { Vote, Voter } from '../../../shared/logic/vote-types';
import { parties, voters } from './vote-fixtures';

const describeVotes = (votes: Vote[], who: Voter[] = voters) => describeVote(tallyVotes(votes, who, parties));

describe('describeVote', () => {
  it('writes for, against and abstain in the style of the minutes', () => {
    const votes: Vote[] = [
      { partyId: 1, choice: 'for', count: 2 },
      { partyId: 2, choice: 'for', count: 1 },
      { partyId: 4, choice: 'for', count: 1 },
      { partyId: 5, choice: 'for', count: 1 },
      { partyId: 7, choice: 'against', count: 1 },
      { partyId: 6, choice: 'against', count: 1 },
      { partyId: 3, choice: 'abstain', count: 1 },
    ];
    expect(describeVotes(votes)).toBe('For stemte 5 (A, B, F og I). Imod stemte 2 (O og V). Undlod at stemme: 1 (C).');
  });

  it('leaves out empty groups', () => {
    expect(describeVotes([{ partyId: 1, choice: 'for', count: 2 }, { partyId: 7, choice: 'for', count: 2 }])).toBe(
      'For stemte 4 (A og V).',
    );
    expect(describeVotes([{ personId: 107, choice: 'against' }])).toBe('Imod stemte 1 (O).');
  });

  it('names members without a party after the letters', () => {
    const citizen: Voter = { personId: 201, name: 'Åse Borger', partyId: null, partyLetter: null, hasVote: true, present: true, disqualified: false };
    expect(describeVotes([{ partyId: 8, choice: 'for', count: 1 }, { personId: 201, choice: 'for' }], [...voters, citizen])).toBe(
      'For stemte 2 (Ø og Åse Borger).',
    );
  });

  it('writes the count alone when nobody can be named', () => {
    expect(describeVotes([{ personId: 42, choice: 'abstain' }])).toBe('Undlod at stemme: 1.');
  });

  it('is empty without votes', () => {
    expect(describeVotes([])).toBe('');
  });
});
