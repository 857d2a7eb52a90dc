import { formatMember, joinDanish } from '../format/join-names';
import { canVote, isPersonVote, type Vote, type VoteParty, type VoteProblem, type Voter } from './vote-types';

/**
 * Checks votes on one item against who may vote on it. Returns every problem found, in the order
 * the votes were given, with a Danish message for the secretary; an empty list means the vote holds.
 */
export function validateVotes(votes: readonly Vote[], voters: readonly Voter[], parties: readonly VoteParty[]): VoteProblem[] {
  const problems: VoteProblem[] = [];
  const votersById = new Map(voters.map((voter) => [voter.personId, voter]));
  const partiesById = new Map(parties.map((party) => [party.id, party]));

  const seenPersons = new Set<number>();
  const reportedDuplicates = new Set<number>();
  const reportedParties = new Set<number>();
  const partyTotals = new Map<number, number>();
  let total = 0;

  for (const vote of votes) {
    if (isPersonVote(vote)) {
      total += 1;
      const voter = votersById.get(vote.personId);
      if (seenPersons.has(vote.personId)) {
        if (voter && !reportedDuplicates.has(vote.personId)) {
          reportedDuplicates.add(vote.personId);
          problems.push({ code: 'duplicate-vote', message: `${formatMember(voter)} har stemt mere end én gang.` });
        }
        continue;
      }
      seenPersons.add(vote.personId);
      if (!voter) {
        problems.push({ code: 'unknown-member', message: `Ukendt medlem (id ${vote.personId}) i afstemningen.` });
        continue;
      }
      const problem = eligibilityProblem(voter);
      if (problem) problems.push(problem);
      continue;
    }

    const party = partiesById.get(vote.partyId);
    if (!party) {
      if (!reportedParties.has(vote.partyId)) {
        reportedParties.add(vote.partyId);
        problems.push({ code: 'unknown-party', message: `Ukendt parti (id ${vote.partyId}) i afstemningen.` });
      }
      continue;
    }
    if (!Number.isInteger(vote.count) || vote.count < 1) {
      problems.push({ code: 'invalid-count', message: `Parti ${party.letter} har et ugyldigt antal stemmer (${vote.count}).` });
      continue;
    }
    total += vote.count;
    partyTotals.set(party.id, (partyTotals.get(party.id) ?? 0) + vote.count);
  }

  // A party block can only speak for its eligible members who did not also vote in person.
  for (const [partyId, cast] of partyTotals) {
    const eligible = voters.filter((voter) => voter.partyId === partyId && canVote(voter));
    const inPerson = eligible.filter((voter) => seenPersons.has(voter.personId)).length;
    if (cast <= eligible.length - inPerson) continue;
    const letter = partiesById.get(partyId)?.letter ?? String(partyId);
    const personally = inPerson > 0 ? `, og ${inPerson} af dem har stemt personligt` : '';
    // A member there but disqualified is the likely reason the count is one too many: say so (§ 14).
    const disqualified = voters.filter((voter) => voter.partyId === partyId && voter.present && voter.disqualified).map(formatMember);
    const why = disqualified.length > 0 ? `: ${joinDanish(disqualified)} er inhabil (§ 14) og kan ikke stemme` : '';
    problems.push({
      code: 'party-over-count',
      message: `Parti ${letter} har afgivet ${votesWord(cast)}, men ${presentWord(eligible.length)}${personally}${why}.`,
    });
  }

  const eligibleTotal = voters.filter(canVote).length;
  if (total > eligibleTotal) {
    problems.push({
      code: 'too-many-votes',
      message: `Der er afgivet ${votesWord(total)}, men ${presentWord(eligibleTotal)}.`,
    });
  }
  return problems;
}

function eligibilityProblem(voter: Voter): VoteProblem | null {
  const who = formatMember(voter);
  // Disqualification first: it is the real reason even when the member has also left the room.
  if (voter.disqualified) return { code: 'disqualified', message: `${who} er inhabil (§ 14) og kan ikke stemme.` };
  if (!voter.present) return { code: 'not-present', message: `${who} er ikke til stede og kan ikke stemme.` };
  if (!voter.hasVote) return { code: 'no-vote-right', message: `${who} har ikke stemmeret i udvalget.` };
  return null;
}

function votesWord(n: number): string {
  return n === 1 ? '1 stemme' : `${n} stemmer`;
}

function presentWord(n: number): string {
  if (n === 0) return 'ingen medlemmer med stemmeret er til stede';
  return `kun ${n === 1 ? '1 medlem' : `${n} medlemmer`} med stemmeret er til stede`;
}
