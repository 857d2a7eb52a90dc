import type { Dissent, VoteRound } from '../../domain/entities';
import { joinDanish } from '../../format/join-names';
import { describeVote } from '../../logic/describe-vote';
import { roundVotes } from '../../logic/round-votes';
import { isAdopted } from '../../logic/vote-minority';
import { tallyVotes } from '../../logic/vote-tally';
import { isPersonVote, type Vote, type Voter, type VoteTally } from '../../logic/vote-types';
import type { ProtocolContext } from './context';
import { memberLabeller } from './context';
import { reason } from './sentence';

export type Side = 'for' | 'against';

/** One counted round, tallied over the item's voters (a substitute votes in the seat of the member replaced). */
export interface CountedRound {
  tally: VoteTally;
  adopted: boolean;
  /** The losing side: against when carried, for when the proposal fell. */
  losing: Side;
  dissents: readonly Dissent[];
  votes: readonly Vote[];
}

export function countRound(round: Pick<VoteRound, 'votes' | 'dissents'>, voters: readonly Voter[], context: ProtocolContext): CountedRound {
  const votes = roundVotes(round.votes);
  const tally = tallyVotes(votes, voters, context.parties);
  const adopted = isAdopted(tally);
  return { tally, adopted, losing: adopted ? 'against' : 'for', dissents: round.dissents, votes };
}

/** Who voted so, as the minutes name them: party letters, then members without a party by name. */
export function sideLabels(tally: VoteTally, side: Side | 'abstain'): string[] {
  const group = tally.byChoice[side];
  return [...group.partyLetters, ...group.withoutParty];
}

/** " (A, B, F og I)", or nothing when the votes name no one. */
export function whoSuffix(tally: VoteTally, side: Side | 'abstain'): string {
  const who = sideLabels(tally, side);
  return who.length > 0 ? ` (${joinDanish(who)})` : '';
}

/** "5 (A, B, F og I)" */
export const countWithWho = (tally: VoteTally, side: Side | 'abstain'): string => `${tally.byChoice[side].count}${whoSuffix(tally, side)}`;

/** "1 stemme", "7 stemmer" */
export const votesWord = (n: number): string => `${n} ${n === 1 ? 'stemme' : 'stemmer'}`;

/** "Undlod at stemme: 1 (C)." or nothing. */
export function abstainSentence(tally: VoteTally): string | null {
  return tally.byChoice.abstain.count > 0 ? `Undlod at stemme: ${countWithWho(tally, 'abstain')}.` : null;
}

const verb = (side: Side): string => (side === 'against' ? 'stemmer imod' : 'stemmer for');

/** How the givers of a dissent voted: their own votes, or their party's; the losing side when that is not one side. */
function giversSide(dissent: Dissent, round: CountedRound, voters: readonly Voter[]): Side {
  const partyOf = (personId: number) => voters.find((v) => v.personId === personId)?.partyId ?? null;
  const theirs = round.votes.filter((v) => {
    if (dissent.partyId !== null) return isPersonVote(v) ? partyOf(v.personId) === dissent.partyId : v.partyId === dissent.partyId;
    if (isPersonVote(v)) return dissent.personIds.includes(v.personId);
    return dissent.personIds.some((id) => partyOf(id) === v.partyId);
  });
  const sides = new Set(theirs.map((v) => v.choice).filter((c): c is Side => c !== 'abstain'));
  if (sides.size === 1) return [...sides][0]!;
  return round.losing;
}

interface Givers {
  /** The sentence's subject: "V", "Karen Holm (C)". */
  who: string;
  /** What the tally calls them: party letters, or the names of members without a party. */
  labels: string[];
  /** Letters and names that the dissent speaks for as a whole (a party, or members without a party). */
  wholeLabels: string[];
}

function givers(dissent: Dissent, voters: readonly Voter[], context: ProtocolContext): Givers {
  if (dissent.partyId !== null) {
    const letter = context.parties.find((p) => p.id === dissent.partyId)?.letter ?? 'Ukendt parti';
    return { who: letter, labels: [letter], wholeLabels: [letter] };
  }
  const label = memberLabeller(context);
  const partyLetterOf = (id: number): string | null =>
    (voters.find((v) => v.personId === id)?.partyLetter ?? context.people.find((p) => p.id === id)?.partyLetter ?? null)?.trim() || null;
  const nameOf = (id: number): string => voters.find((v) => v.personId === id)?.name ?? context.people.find((p) => p.id === id)?.name ?? label(id);
  const labels = dissent.personIds.map((id) => partyLetterOf(id) ?? nameOf(id));
  return {
    who: joinDanish(dissent.personIds.map(label)),
    labels: [...new Set(labels)],
    wholeLabels: dissent.personIds.filter((id) => partyLetterOf(id) === null).map(nameOf),
  };
}

const sameSet = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((x) => b.includes(x));

/**
 * The one dissent that speaks for the whole losing side, so it joins that side's vote with
 * "idet" ("Imod stemmer 2 (O og V), idet …"); null when there are several or it speaks for a part.
 */
export function coveringDissent(round: CountedRound, voters: readonly Voter[], context: ProtocolContext): Dissent | null {
  if (round.dissents.length !== 1) return null;
  const [only] = round.dissents;
  if (!only) return null;
  const losing = sideLabels(round.tally, round.losing);
  return losing.length > 0 && sameSet(givers(only, voters, context).labels, losing) ? only : null;
}

/** ", idet …" after a vote. */
export const idet = (dissent: Dissent): string => `, idet ${reason(dissent.text)}`;

/** "V stemmer imod, idet …." for each dissent but the one joined to the vote. */
export function dissentSentences(round: CountedRound, except: Dissent | null, voters: readonly Voter[], context: ProtocolContext): string[] {
  return round.dissents
    .filter((d) => d !== except)
    .map((d) => `${givers(d, voters, context).who} ${verb(giversSide(d, round, voters))}${idet(d)}.`);
}

/**
 * The losing side named as subjects ("A stemmer imod, idet …"), as after "Med 7 stemmer besluttet,
 * at …": those without a dissent of their own in one sentence, then each dissent.
 */
export function losingSideSentences(round: CountedRound, voters: readonly Voter[], context: ProtocolContext): string[] {
  const losing = sideLabels(round.tally, round.losing);
  if (round.tally.byChoice[round.losing].count === 0 && round.dissents.length === 0) return [];
  const covering = coveringDissent(round, voters, context);
  if (covering) return [`${joinDanish(losing)} ${verb(round.losing)}${idet(covering)}.`];
  const spoken = round.dissents.flatMap((d) => givers(d, voters, context).wholeLabels);
  const rest = losing.filter((l) => !spoken.includes(l));
  const restSentence = rest.length > 0 ? [`${joinDanish(rest)} ${verb(round.losing)}.`] : [];
  return [...restSentence, ...dissentSentences(round, null, voters, context)];
}

/** "For stemte 2 (V). Imod stemte 5 (A, B og F)." — the plain count, when no outcome sentence states it. */
export const plainCount = (tally: VoteTally): string => describeVote(tally);
