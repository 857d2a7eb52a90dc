import { UserError } from '../../../shared/api/envelope';
import { formatMember } from '../../../shared/format/join-names';
import { validateVotes } from '../../../shared/logic/validate-votes';
import { dissentProblem } from '../../../shared/logic/vote-minority';
import type { Vote } from '../../../shared/logic/vote-types';
import type { Item } from '../../../shared/domain/entities';
import type { Db } from '../../store/open-database';
import type { DecisionToStore } from '../../store/repositories/meeting-record-repository';
import { listParties } from '../../store/repositories/organisation-repository';
import { itemVoters } from './item-voters';

const toVote = (v: DecisionToStore['rounds'][number]['votes'][number]): Vote =>
  (v.personId !== null ? { personId: v.personId, choice: v.choice } : { partyId: v.partyId!, choice: v.choice, count: v.count });

/**
 * What the record of an item must satisfy before it is stored: each point decided once and
 * existing; votes only from members who may vote on the item; a dissent only from the minority of
 * its vote; a protocol note only from members present. The first problem is reported, naming the
 * item (and the point or the member).
 */
export function checkDecisions(db: Db, item: Item, decisions: readonly DecisionToStore[]): void {
  const where = `Punkt ${item.number}`;
  const decided = new Set<number>();
  for (const d of decisions) {
    for (const point of d.points) {
      if (!item.points.some((p) => p.number === point)) throw new UserError(`${where} har intet indstillingspunkt ${point}.`, 'unknown_point');
      if (decided.has(point)) throw new UserError(`${where}: indstillingspunkt ${point} har allerede en beslutning.`, 'point_decided_twice');
      decided.add(point);
    }
  }
  const voters = itemVoters(db, item);
  const parties = listParties(db);
  for (const d of decisions) {
    for (const round of d.rounds) {
      const votes = round.votes.map(toVote);
      const problems = validateVotes(votes, voters, parties);
      if (problems.length > 0) {
        throw new UserError(`Afstemningen på ${where.toLowerCase()} kan ikke gemmes: ${problems.map((p) => p.message).join(' ')}`, 'invalid_votes');
      }
      for (const dissent of round.dissents) {
        const refusal = dissentProblem(dissent, { mode: round.mode, votes: round.votes }, voters, parties);
        if (refusal) throw new UserError(`${where}: ${refusal}`, 'dissent_not_minority');
      }
    }
    for (const note of d.notes) {
      for (const personId of note.personIds) {
        const voter = voters.find((v) => v.personId === personId);
        if (!voter || !voter.present) {
          const name = voter ? formatMember(voter) : `Medlemmet (id ${personId})`;
          throw new UserError(`${where}: ${name} deltog ikke i behandlingen og kan ikke få en protokoltilførsel på punktet.`, 'note_not_present');
        }
      }
    }
  }
}
