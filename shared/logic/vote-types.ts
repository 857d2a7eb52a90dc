/** Votes on one item, and the eligibility facts they are checked against. */

export type VoteChoice = 'for' | 'against' | 'abstain';

export const VOTE_CHOICES: readonly VoteChoice[] = ['for', 'against', 'abstain'];

/**
 * One member's standing for one item. `present` already accounts for meeting attendance and for
 * being absent or having left during this item; a substitute appears as a voter in their own right.
 */
export interface Voter {
  personId: number;
  name: string;
  partyId: number | null;
  partyLetter: string | null;
  hasVote: boolean;
  present: boolean;
  disqualified: boolean;
}

export interface VoteParty {
  id: number;
  letter: string;
}

export interface PersonVote {
  personId: number;
  choice: VoteChoice;
}

/** A party voting as a block: `count` of its members vote `choice`. */
export interface PartyVote {
  partyId: number;
  choice: VoteChoice;
  count: number;
}

export type Vote = PersonVote | PartyVote;

export interface ChoiceTally {
  count: number;
  /** Unique, in Danish alphabetical order (… Z, Æ, Ø, Å). */
  partyLetters: string[];
  /** Members who voted in person, in Danish alphabetical order. */
  names: string[];
  /** Members without a party who voted in person; they are named in the vote description. */
  withoutParty: string[];
}

export interface VoteTally {
  for: number;
  against: number;
  abstain: number;
  byChoice: Record<VoteChoice, ChoiceTally>;
}

export type VoteProblemCode =
  | 'unknown-member'
  | 'unknown-party'
  | 'duplicate-vote'
  | 'disqualified'
  | 'not-present'
  | 'no-vote-right'
  | 'invalid-count'
  | 'party-over-count'
  | 'too-many-votes';

export interface VoteProblem {
  code: VoteProblemCode;
  message: string;
}

export function isPersonVote(vote: Vote): vote is PersonVote {
  return 'personId' in vote;
}

/** May cast a vote on this item. */
export function canVote(voter: Voter): boolean {
  return voter.present && voter.hasVote && !voter.disqualified;
}
