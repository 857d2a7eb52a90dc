import { useTranslation } from 'react-i18next';
import type { Party } from '../../../../shared/domain/entities';
import { formatMember } from '../../../../shared/format/join-names';
import { VOTE_CHOICES, canVote, type PersonVote, type VoteChoice, type Voter } from '../../../../shared/logic/vote-types';
import type { DraftRound } from './draft-decisions';

/** A party's members who may vote on the item: present, not disqualified, with a vote. */
export const eligibleOf = (voters: readonly Voter[], partyId: number): Voter[] => voters.filter((v) => v.partyId === partyId && canVote(v));

function partyCount(round: DraftRound, partyId: number, choice: VoteChoice): number {
  return round.partyVotes.filter((v) => v.partyId === partyId && v.choice === choice).reduce((n, v) => n + v.count, 0);
}

function withPartyCount(round: DraftRound, partyId: number, choice: VoteChoice, count: number): DraftRound {
  const others = round.partyVotes.filter((v) => !(v.partyId === partyId && v.choice === choice));
  const partyVotes = count > 0 ? [...others, { partyId, choice, count }] : others;
  // In the parties' order, each party's choices in the order for, against, abstain.
  partyVotes.sort((a, b) => a.partyId - b.partyId || VOTE_CHOICES.indexOf(a.choice) - VOTE_CHOICES.indexOf(b.choice));
  return { ...round, partyVotes };
}

function withMemberVote(round: DraftRound, personId: number, choice: VoteChoice | null): DraftRound {
  const others = round.memberVotes.filter((v) => v.personId !== personId);
  return { ...round, memberVotes: choice === null ? others : [...others, { personId, choice }] };
}

/** "Resten stemmer for": each party's eligible members not yet counted against or abstaining vote for; members likewise. */
export function restFor(round: DraftRound, voters: readonly Voter[]): DraftRound {
  if (round.tally === 'member') {
    const voted = new Set(round.memberVotes.map((v) => v.personId));
    return { ...round, memberVotes: [...round.memberVotes, ...voters.filter((v) => canVote(v) && !voted.has(v.personId)).map((v): PersonVote => ({ personId: v.personId, choice: 'for' }))] };
  }
  let next = round;
  for (const partyId of new Set(voters.filter(canVote).map((v) => v.partyId))) {
    if (partyId === null) continue;
    const rest = eligibleOf(voters, partyId).length - partyCount(round, partyId, 'against') - partyCount(round, partyId, 'abstain');
    next = withPartyCount(next, partyId, 'for', Math.max(0, rest));
  }
  const voted = new Set(round.memberVotes.map((v) => v.personId));
  const withoutParty = voters.filter((v) => v.partyId === null && canVote(v) && !voted.has(v.personId));
  return { ...next, memberVotes: [...next.memberVotes, ...withoutParty.map((v): PersonVote => ({ personId: v.personId, choice: 'for' }))] };
}

/** A count per party and choice, each limited (max) by the party's members who may vote; members without a party one by one. */
export function PartyVotes({ round, voters, parties, idPrefix, onChange }: { round: DraftRound; voters: readonly Voter[]; parties: readonly Party[]; idPrefix: string; onChange(round: DraftRound): void }) {
  const { t } = useTranslation();
  const shown = parties.filter((p) => eligibleOf(voters, p.id).length > 0 || round.partyVotes.some((v) => v.partyId === p.id));
  const withoutParty = voters.filter((v) => v.partyId === null && (canVote(v) || round.memberVotes.some((m) => m.personId === v.personId)));
  return (
    <table className="vote-table" aria-label={t('conduct.votes.partyTable')}>
      <thead>
        <tr>
          <th scope="col">{t('conduct.votes.party')}</th>
          <th scope="col" className="col-number">{t('conduct.votes.eligible')}</th>
          {VOTE_CHOICES.map((c) => <th key={c} scope="col" className="col-number">{t(`conduct.votes.choices.${c}`)}</th>)}
          {withoutParty.length > 0 ? <th scope="col" className="col-choice">{t('conduct.votes.choices.none')}</th> : null}
        </tr>
      </thead>
      <tbody>
        {shown.map((party) => {
          const eligible = eligibleOf(voters, party.id).length;
          return (
            <tr key={party.id}>
              <th scope="row"><span className="party-letter" title={party.name}>{party.letter}</span> <span className="vote-party-name">{party.name}</span></th>
              <td className="col-number">{eligible}</td>
              {VOTE_CHOICES.map((choice) => {
                const count = partyCount(round, party.id, choice);
                return (
                  <td key={choice} className="col-number">
                    <input
                      id={`${idPrefix}-party-${party.id}-${choice}`}
                      className="vote-count"
                      type="number"
                      inputMode="numeric"
                      min={0}
                      max={eligible}
                      value={count === 0 ? '' : String(count)}
                      placeholder="0"
                      aria-label={t('conduct.votes.countLabel', { party: party.letter, choice: t(`conduct.votes.choices.${choice}`) })}
                      onChange={(e) => {
                        const n = Number.parseInt(e.target.value, 10);
                        onChange(withPartyCount(round, party.id, choice, Number.isFinite(n) && n > 0 ? n : 0));
                      }}
                    />
                  </td>
                );
              })}
              {withoutParty.length > 0 ? <td /> : null}
            </tr>
          );
        })}
        {withoutParty.map((voter) => <MemberRow key={voter.personId} voter={voter} round={round} idPrefix={idPrefix} onChange={onChange} span />)}
      </tbody>
    </table>
  );
}

/** One choice per member who may vote (a disqualified member is not offered); anyone holding a vote stays listed so it can be taken back. */
export function MemberVotes({ round, voters, idPrefix, onChange }: { round: DraftRound; voters: readonly Voter[]; idPrefix: string; onChange(round: DraftRound): void }) {
  const { t } = useTranslation();
  const rows = voters.filter((v) => canVote(v) || round.memberVotes.some((m) => m.personId === v.personId));
  return (
    <table className="vote-table" aria-label={t('conduct.votes.memberTable')}>
      <thead>
        <tr>
          <th scope="col">{t('conduct.votes.member')}</th>
          {[...VOTE_CHOICES, 'none' as const].map((c) => <th key={c} scope="col" className="col-choice">{t(`conduct.votes.choices.${c}`)}</th>)}
        </tr>
      </thead>
      <tbody>
        {rows.map((voter) => <MemberRow key={voter.personId} voter={voter} round={round} idPrefix={idPrefix} onChange={onChange} />)}
      </tbody>
    </table>
  );
}

function MemberRow({ voter, round, idPrefix, onChange, span = false }: { voter: Voter; round: DraftRound; idPrefix: string; onChange(round: DraftRound): void; span?: boolean }) {
  const { t } = useTranslation();
  const current = round.memberVotes.find((v) => v.personId === voter.personId)?.choice ?? null;
  const name = formatMember(voter);
  const group = `${idPrefix}-member-${voter.personId}`;
  const choices: (VoteChoice | null)[] = [...VOTE_CHOICES, null];
  return (
    <tr className={canVote(voter) ? undefined : 'is-ineligible'}>
      <th scope="row" colSpan={span ? 2 : undefined}>{name}</th>
      {choices.map((choice) => (
        <td key={choice ?? 'none'} className="col-choice">
          <input
            type="radio"
            name={group}
            checked={current === choice}
            aria-label={`${name}: ${t(`conduct.votes.choices.${choice ?? 'none'}`)}`}
            onChange={() => onChange(withMemberVote(round, voter.personId, choice))}
          />
        </td>
      ))}
    </tr>
  );
}
