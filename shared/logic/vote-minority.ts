import type { Dissent, VoteRound } from '../domain/entities';
import { formatMember, joinDanish } from '../format/join-names';
import { roundVotes } from './round-votes';
import { tallyVotes } from './vote-tally';
import { canVote, isPersonVote, type VoteChoice, type VoteParty, type VoteTally, type Voter } from './vote-types';

/**
 * The outvoted side of a counted vote. A proposal is carried when more of the votes cast are for it
 * than against (KSL § 11, stk. 3, as the ministry reads it, 25. maj 2018: abstentions do not count);
 * on a tie it falls, so those who voted for it lost. Abstainers are on
 * neither side: the ministry reads § 13 stk. 2 as a right of members "blandt mindretallet" after a
 * vote (Indenrigs- og Sundhedsministeriet, 23. april 2007).
 */
export interface Minority {
  adopted: boolean;
  /** How the minority voted: 'against' when the proposal was carried, 'for' when it fell. */
  side: Extract<VoteChoice, 'for' | 'against'>;
  /** Parties with at least one vote on the losing side (as a block or by a member). */
  partyIds: number[];
  /**
   * Members on the losing side: those who voted so in person, and the eligible members of a party
   * that voted so as a block and who did not vote in person (a block vote names no member).
   */
  personIds: number[];
  tally: VoteTally;
}

/** Carried: more votes for than against. */
export const isAdopted = (tally: Pick<VoteTally, 'for' | 'against'>): boolean => tally.for > tally.against;

/** The minority of a counted vote round; null for enstemmigt and uden afstemning, which have none. */
export function minorityOf(round: Pick<VoteRound, 'mode' | 'votes'>, voters: readonly Voter[], parties: readonly VoteParty[]): Minority | null {
  if (round.mode !== 'counted') return null;
  const votes = roundVotes(round.votes);
  const tally = tallyVotes(votes, voters, parties);
  const adopted = isAdopted(tally);
  const side = adopted ? 'against' : 'for';
  const partyIds = new Set<number>();
  const personIds = new Set<number>();
  const inPerson = new Set(votes.filter(isPersonVote).map((v) => v.personId));
  for (const vote of votes) {
    if (vote.choice !== side) continue;
    if (isPersonVote(vote)) {
      personIds.add(vote.personId);
      const partyId = voters.find((v) => v.personId === vote.personId)?.partyId;
      if (partyId != null) partyIds.add(partyId);
    } else {
      partyIds.add(vote.partyId);
      for (const voter of voters) {
        if (voter.partyId === vote.partyId && canVote(voter) && !inPerson.has(voter.personId)) personIds.add(voter.personId);
      }
    }
  }
  return { adopted, side, partyIds: [...partyIds], personIds: [...personIds], tally };
}

const RULE = 'kun et medlem eller et parti i det overstemte mindretal kan få sin afvigende mening ført til protokols (kommunestyrelseslovens § 13, stk. 2)';

/**
 * Why a dissent cannot be entered on this vote round, in Danish for the secretary; null when it may.
 * The services refuse a dissent with this message, the meeting screen shows it while typing.
 */
export function dissentProblem(
  dissent: Pick<Dissent, 'partyId' | 'personIds'>, round: Pick<VoteRound, 'mode' | 'votes'>, voters: readonly Voter[], parties: readonly VoteParty[],
): string | null {
  const minority = minorityOf(round, voters, parties);
  if (!minority) {
    const how = round.mode === 'unanimous' ? 'blev truffet enstemmigt' : 'blev truffet uden afstemning';
    return `Beslutningen ${how}, så der er intet mindretal: ${RULE}.`;
  }
  const lost = minority.side === 'against' ? 'stemte imod' : 'stemte for';
  if (dissent.partyId !== null && !minority.partyIds.includes(dissent.partyId)) {
    const letter = parties.find((p) => p.id === dissent.partyId)?.letter ?? `(id ${dissent.partyId})`;
    return `Parti ${letter} er ikke i mindretallet, der ${lost}: ${RULE}.`;
  }
  const outside = dissent.personIds.filter((id) => !minority.personIds.includes(id));
  if (outside.length > 0) {
    const names = outside.map((id) => {
      const voter = voters.find((v) => v.personId === id);
      return voter ? formatMember(voter) : `Ukendt medlem (id ${id})`;
    });
    return `${joinDanish(names)} er ikke i mindretallet, der ${lost}: ${RULE}.`;
  }
  return null;
}
