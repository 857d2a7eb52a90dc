import { describe, it, expect } from 'vitest';
import { validateVotes } from '../../../shared/logic/validate-votes';
import type { Vote, Voter } from '../../../shared/logic/vote-types';
import { parties, voters } from './vote-fixtures';

const check = (votes: Vote[], who: Voter[] = voters) => validateVotes(votes, who, parties);
const messages = (votes: Vote[], who: Voter[] = voters) => check(votes, who).map((problem) => problem.message);
const codes = (votes: Vote[], who: Voter[] = voters) => check(votes, who).map((problem) => problem.code);

const withVoter = (personId: number, change: Partial<Voter>): Voter[] =>
  voters.map((voter) => (voter.personId === personId ? { ...voter, ...change } : voter));

describe('validateVotes', () => {
  it('accepts a valid vote', () => {
    const votes: Vote[] = [
      { partyId: 1, choice: 'for', count: 2 },
      { personId: 103, choice: 'for' },
      { partyId: 4, choice: 'for', count: 1 },
      { personId: 106, choice: 'for' },
      { partyId: 7, choice: 'against', count: 1 },
      { partyId: 7, choice: 'abstain', count: 1 },
      { personId: 107, choice: 'against' },
    ];
    expect(check(votes)).toEqual([]);
    expect(check([])).toEqual([]);
  });

  it('refuses a member who is not present', () => {
    expect(check([{ personId: 104, choice: 'for' }])).toEqual([
      { code: 'not-present', message: 'Karsten Lomholt (C) er ikke til stede og kan ikke stemme.' },
    ]);
  });

  it('refuses a disqualified member, even one who also left the room', () => {
    expect(messages([{ personId: 107, choice: 'against' }], withVoter(107, { disqualified: true }))).toEqual([
      'Curt Købsted (O) er inhabil (§ 14) og kan ikke stemme.',
    ]);
    expect(codes([{ personId: 107, choice: 'against' }], withVoter(107, { disqualified: true, present: false }))).toEqual([
      'disqualified',
    ]);
  });

  it('refuses a member without a vote', () => {
    expect(messages([{ personId: 103, choice: 'for' }], withVoter(103, { hasVote: false }))).toEqual([
      'Birte Ærø (B) har ikke stemmeret i udvalget.',
    ]);
  });

  it('names members without a party by name alone', () => {
    const citizen: Voter = { personId: 201, name: 'Åse Borger', partyId: null, partyLetter: null, hasVote: false, present: true, disqualified: false };
    expect(messages([{ personId: 201, choice: 'for' }], [...voters, citizen])).toEqual(['Åse Borger har ikke stemmeret i udvalget.']);
  });

  it('reports a member voting twice once', () => {
    const votes: Vote[] = [
      { personId: 101, choice: 'for' },
      { personId: 101, choice: 'against' },
      { personId: 101, choice: 'abstain' },
    ];
    expect(check(votes)).toEqual([{ code: 'duplicate-vote', message: 'Anne Andersen (A) har stemt mere end én gang.' }]);
  });

  it('reports unknown members and parties once each', () => {
    const votes: Vote[] = [
      { personId: 42, choice: 'for' },
      { personId: 42, choice: 'for' },
      { partyId: 77, choice: 'against', count: 1 },
      { partyId: 77, choice: 'abstain', count: 1 },
    ];
    expect(check(votes)).toEqual([
      { code: 'unknown-member', message: 'Ukendt medlem (id 42) i afstemningen.' },
      { code: 'unknown-party', message: 'Ukendt parti (id 77) i afstemningen.' },
    ]);
  });

  it('refuses a party block larger than its members present', () => {
    expect(messages([{ partyId: 7, choice: 'for', count: 3 }])).toEqual([
      'Parti V har afgivet 3 stemmer, men kun 2 medlemmer med stemmeret er til stede.',
    ]);
  });

  it('adds up a party split over several choices', () => {
    const votes: Vote[] = [
      { partyId: 7, choice: 'for', count: 2 },
      { partyId: 7, choice: 'against', count: 1 },
    ];
    expect(codes(votes)).toEqual(['party-over-count']);
  });

  it('counts only eligible party members for a block', () => {
    expect(messages([{ partyId: 3, choice: 'for', count: 1 }])).toEqual([
      'Parti C har afgivet 1 stemme, men ingen medlemmer med stemmeret er til stede.',
    ]);
  });

  it('names the disqualified member when a party block counts them (§ 14)', () => {
    expect(messages([{ partyId: 7, choice: 'for', count: 2 }], withVoter(109, { disqualified: true }))).toEqual([
      'Parti V har afgivet 2 stemmer, men kun 1 medlem med stemmeret er til stede: Vibeke Østergaard (V) er inhabil (§ 14) og kan ikke stemme.',
    ]);
    expect(messages([{ partyId: 7, choice: 'for', count: 2 }], withVoter(109, { disqualified: true, present: false }))).toEqual([
      'Parti V har afgivet 2 stemmer, men kun 1 medlem med stemmeret er til stede.',
    ]);
  });

  it('subtracts members who also voted in person from their party block', () => {
    const votes: Vote[] = [
      { personId: 108, choice: 'against' },
      { partyId: 7, choice: 'for', count: 2 },
    ];
    expect(messages(votes)).toEqual([
      'Parti V har afgivet 2 stemmer, men kun 2 medlemmer med stemmeret er til stede, og 1 af dem har stemt personligt.',
    ]);
    expect(check([{ personId: 108, choice: 'against' }, { partyId: 7, choice: 'for', count: 1 }])).toEqual([]);
  });

  it('refuses a party count that is not a positive whole number', () => {
    expect(messages([{ partyId: 1, choice: 'for', count: 0 }])).toEqual(['Parti A har et ugyldigt antal stemmer (0).']);
    expect(codes([{ partyId: 1, choice: 'for', count: 1.5 }])).toEqual(['invalid-count']);
    expect(codes([{ partyId: 1, choice: 'for', count: -2 }])).toEqual(['invalid-count']);
  });

  it('refuses more votes in total than members who may vote', () => {
    // Lomholt (C) is absent, and Frost (F) is present but has no vote: seven may vote.
    const who = withVoter(105, { hasVote: false });
    const nine: Vote[] = voters.map((voter) => ({ personId: voter.personId, choice: 'for' }));
    const problems = check(nine, who);
    expect(problems.map((problem) => problem.code)).toEqual(['not-present', 'no-vote-right', 'too-many-votes']);
    expect(problems.at(-1)?.message).toBe('Der er afgivet 9 stemmer, men kun 7 medlemmer med stemmeret er til stede.');
  });

  it('catches a total that is too high even when every party block fits', () => {
    const votes: Vote[] = [
      { partyId: 1, choice: 'for', count: 2 },
      { partyId: 7, choice: 'for', count: 2 },
      { personId: 42, choice: 'for' },
    ];
    const few = voters.filter((voter) => [101, 102, 108, 109].includes(voter.personId));
    expect(check(votes, few)).toEqual([
      { code: 'unknown-member', message: 'Ukendt medlem (id 42) i afstemningen.' },
      { code: 'too-many-votes', message: 'Der er afgivet 5 stemmer, men kun 4 medlemmer med stemmeret er til stede.' },
    ]);
  });
});
