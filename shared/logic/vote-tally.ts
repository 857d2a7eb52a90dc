import { isPersonVote, VOTE_CHOICES, type ChoiceTally, type Vote, type VoteChoice, type VoteParty, type VoteTally, type Voter } from './vote-types';

// Danish order puts Æ, Ø and Å after Z; code-point order would give Å, Æ, Ø.
const danishOrder = new Intl.Collator('da').compare;

/**
 * Counts the votes as given; it does not judge them (see validateVotes). Votes naming an unknown
 * member or party still count but carry no letter or name.
 */
export function tallyVotes(votes: readonly Vote[], voters: readonly Voter[], parties: readonly VoteParty[]): VoteTally {
  const groups = {} as Record<VoteChoice, { count: number; letters: Set<string>; names: string[]; withoutParty: string[] }>;
  for (const choice of VOTE_CHOICES) groups[choice] = { count: 0, letters: new Set(), names: [], withoutParty: [] };

  for (const vote of votes) {
    const group = groups[vote.choice];
    if (isPersonVote(vote)) {
      group.count += 1;
      const voter = voters.find((v) => v.personId === vote.personId);
      if (!voter) continue;
      group.names.push(voter.name);
      const letter = voter.partyLetter?.trim();
      if (letter) group.letters.add(letter);
      else group.withoutParty.push(voter.name);
    } else {
      group.count += vote.count;
      const party = parties.find((p) => p.id === vote.partyId);
      if (party) group.letters.add(party.letter);
    }
  }

  const byChoice = {} as Record<VoteChoice, ChoiceTally>;
  for (const choice of VOTE_CHOICES) {
    const { count, letters, names, withoutParty } = groups[choice];
    byChoice[choice] = {
      count,
      partyLetters: [...letters].sort(danishOrder),
      names: [...names].sort(danishOrder),
      withoutParty: [...withoutParty].sort(danishOrder),
    };
  }
  return { for: byChoice.for.count, against: byChoice.against.count, abstain: byChoice.abstain.count, byChoice };
}
