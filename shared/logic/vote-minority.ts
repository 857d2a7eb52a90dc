import { formatMember } from '../format/join-names';
import { isPersonVote, type Vote, type VoteChoice, type VoteParty, type Voter } from './vote-types';

/**
 * The outvoted side of a counted vote: 'against' when it passed (more for than against), 'for'
 * when it fell; null when nobody was outvoted (unanimous, or no votes on the losing side).
 */
export function outvotedChoice(votes: readonly Vote[]): VoteChoice | null {
  let yes = 0;
  let no = 0;
  for (const vote of votes) {
    const count = isPersonVote(vote) ? 1 : vote.count;
    if (vote.choice === 'for') yes += count;
    if (vote.choice === 'against') no += count;
  }
  if (yes > no) return no > 0 ? 'against' : null;
  return yes > 0 ? 'for' : null;
}

export interface DissentGivers { partyId: number | null; personIds: readonly number[] }

/**
 * Why a dissent may not be entered on this vote (KSL § 13 stk. 2: only a member in the outvoted
 * minority may have a brief dissent entered), or null when it may. A party's dissent needs the party
 * to have voted with the minority; each member named must have, in person or in their party's block.
 */
export function dissentRefusal(
  givers: DissentGivers, votes: readonly Vote[], voters: readonly Voter[], parties: readonly VoteParty[],
): string | null {
  const rule = 'En mindretalsudtalelse kan kun gives af medlemmer, der stemte med mindretallet (kommunestyrelseslovens § 13, stk. 2).';
  const minority = outvotedChoice(votes);
  if (minority === null) return `${rule} Ingen blev stemt ned i denne afstemning.`;
  const word = minority === 'against' ? 'imod' : 'for';
  const partyLetter = (id: number | null) => parties.find((p) => p.id === id)?.letter ?? '?';
  const partyVoted = (partyId: number) => votes.some((v) => v.choice === minority && (isPersonVote(v)
    ? voters.find((x) => x.personId === v.personId)?.partyId === partyId
    : v.partyId === partyId));
  if (givers.partyId !== null && !partyVoted(givers.partyId)) {
    return `${rule} Parti ${partyLetter(givers.partyId)} stemte ikke ${word}.`;
  }
  for (const personId of givers.personIds) {
    const voter = voters.find((v) => v.personId === personId);
    if (!voter) return `${rule} Medlemmet (id ${personId}) deltog ikke i afstemningen.`;
    const own = votes.find((v) => isPersonVote(v) && v.personId === personId);
    const inMinority = own ? own.choice === minority : voter.partyId !== null && votes.some((v) => !isPersonVote(v) && v.partyId === voter.partyId && v.choice === minority);
    if (!inMinority) return `${rule} ${formatMember(voter)} stemte ikke ${word}.`;
  }
  return null;
}
