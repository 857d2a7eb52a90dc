import { useTranslation } from 'react-i18next';
import type { Party } from '../../../../shared/domain/entities';
import { formatMember } from '../../../../shared/format/join-names';
import { canVote, type Voter } from '../../../../shared/logic/vote-types';
import { Icon } from '../../common/Icon';
import { DissentEditor } from './DissentEditor';
import { nextKey, type DraftRound, type RoundCheck } from './draft-decisions';
import { MemberVotes, PartyVotes, restFor } from './vote-tables';

type RoundKind = 'party' | 'member' | 'unanimous' | 'without_vote';
const KINDS: readonly RoundKind[] = ['party', 'member', 'unanimous', 'without_vote'];
const kindOf = (round: DraftRound): RoundKind => (round.mode === 'counted' ? round.tally : round.mode);

function withKind(round: DraftRound, kind: RoundKind): DraftRound {
  if (kind === 'unanimous' || kind === 'without_vote') return { ...round, mode: kind };
  return { ...round, mode: 'counted', tally: kind };
}

/**
 * One vote on a decision: what was voted on (empty: the decision itself), how (by party, by member,
 * enstemmigt, uden afstemning), the votes checked live against who may vote on the item
 * (validateVotes, with the Danish messages at the table), and the minority's dissents.
 */
export function VoteRoundEditor({
  round, index, count, check, voters, parties, idPrefix, onChange, onMove, onRemove,
}: {
  round: DraftRound; index: number; count: number; check: RoundCheck; voters: readonly Voter[]; parties: readonly Party[];
  idPrefix: string; onChange(round: DraftRound): void; onMove(toIndex: number): void; onRemove(): void;
}) {
  const { t } = useTranslation();
  const number = index + 1;
  const kind = kindOf(round);
  const subject = round.subject.trim();
  const notOffered = voters.filter((v) => !canVote(v) && (v.hasVote || v.present));
  const { tally } = check.minority ?? {};
  const problemsId = `${idPrefix}-problems`;
  return (
    <section className="vote-round" aria-labelledby={`${idPrefix}-title`}>
      <div className="record-subhead">
        <h5 className="record-subhead-title" id={`${idPrefix}-title`}>
          {subject ? t('conduct.votes.roundOn', { subject }) : t('conduct.votes.roundDecision')}
        </h5>
        <div className="row-buttons">
          <button type="button" className="icon-button" aria-label={t('conduct.votes.moveUp', { number })} title={t('conduct.votes.moveUp', { number })} disabled={index === 0} onClick={() => onMove(index - 1)}>
            <Icon name="up" size={14} />
          </button>
          <button type="button" className="icon-button" aria-label={t('conduct.votes.moveDown', { number })} title={t('conduct.votes.moveDown', { number })} disabled={index === count - 1} onClick={() => onMove(index + 1)}>
            <Icon name="down" size={14} />
          </button>
          <button type="button" className="icon-button icon-button-danger" aria-label={t('conduct.votes.remove', { number })} title={t('conduct.votes.remove', { number })} onClick={onRemove}>
            <Icon name="trash" size={14} />
          </button>
        </div>
      </div>
      {round.amendment ? (
        <div className="field">
          <label htmlFor={`${idPrefix}-subject`}>{t('conduct.votes.subject')}</label>
          <input
            id={`${idPrefix}-subject`}
            type="text"
            value={round.subject}
            placeholder={t('conduct.votes.subjectPlaceholder')}
            aria-describedby={`${idPrefix}-subject-hint`}
            onChange={(e) => onChange({ ...round, subject: e.target.value })}
          />
          <p className="field-hint" id={`${idPrefix}-subject-hint`}>{t('conduct.votes.subjectHint')}</p>
        </div>
      ) : null}
      <fieldset className="segmented-field">
        <legend>{t('conduct.votes.mode')}</legend>
        <div className="segmented">
          {KINDS.map((k) => (
            <label key={k} className={`segment${kind === k ? ' is-checked' : ''}`}>
              <input type="radio" name={`${idPrefix}-mode`} checked={kind === k} onChange={() => onChange(withKind(round, k))} />
              <span className="segment-label">{t(`conduct.votes.modes.${k}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      {round.mode === 'counted' ? (
        <div className="vote-count-area">
          {round.tally === 'party' ? (
            <PartyVotes round={round} voters={voters} parties={parties} idPrefix={idPrefix} onChange={onChange} />
          ) : (
            <MemberVotes round={round} voters={voters} idPrefix={idPrefix} onChange={onChange} />
          )}
          <div className="vote-summary">
            {tally ? (
              <p className="vote-tally">
                {t('conduct.votes.tally', { for: tally.for, against: tally.against, abstain: tally.abstain })}
                {tally.for + tally.against > 0 ? <span className="vote-result"> · {check.minority?.adopted ? t('conduct.votes.adopted') : t('conduct.votes.fell')}</span> : null}
              </p>
            ) : null}
            <button type="button" className="button button-small button-quiet" onClick={() => onChange(restFor(round, voters))}>
              {t('conduct.votes.restFor')}
            </button>
          </div>
          {notOffered.length > 0 ? (
            <p className="field-hint">{t('conduct.votes.notOffered', { names: notOffered.map((v) => `${formatMember(v)}${v.disqualified ? ` (${t('conduct.presence.disqualifiedNote')})` : ''}`).join(', ') })}</p>
          ) : null}
        </div>
      ) : null}
      <div className="vote-problems" id={problemsId} aria-live="polite">
        {check.problems.length > 0 ? (
          <>
            <p className="field-error">{t('conduct.votes.problems')}:</p>
            <ul className="field-error-list">
              {check.problems.map((p, i) => <li key={i} className="field-error">{p.message}</li>)}
            </ul>
          </>
        ) : null}
      </div>
      {round.dissents.map((dissent, j) => (
        <DissentEditor
          key={dissent.key}
          dissent={dissent}
          minority={check.minority}
          voters={voters}
          parties={parties}
          problem={check.dissentProblems[j] ?? null}
          incomplete={check.dissentIncomplete[j] ?? false}
          idPrefix={`${idPrefix}-dissent-${dissent.key}`}
          onChange={(next) => onChange({ ...round, dissents: round.dissents.map((x) => (x.key === dissent.key ? next : x)) })}
          onRemove={() => onChange({ ...round, dissents: round.dissents.filter((x) => x.key !== dissent.key) })}
        />
      ))}
      {round.mode === 'counted' ? <AddDissent round={round} check={check} idPrefix={idPrefix} onChange={onChange} /> : null}
    </section>
  );
}

/** "Mindretalsudtalelse": offered when the vote has an outvoted side, with its party already chosen when there is one. */
function AddDissent({ round, check, idPrefix, onChange }: { round: DraftRound; check: RoundCheck; idPrefix: string; onChange(round: DraftRound): void }) {
  const { t } = useTranslation();
  const minority = check.minority;
  const losing = minority ? minority.tally[minority.side] : 0;
  if (!minority || losing === 0) return null;
  const onlyParty = minority.partyIds.length === 1 ? minority.partyIds[0]! : null;
  const byParty = round.tally === 'party' || minority.personIds.length === 0;
  return (
    <p className="record-add">
      <button
        type="button"
        className="button button-small"
        aria-describedby={`${idPrefix}-dissent-hint`}
        onClick={() => onChange({
          ...round,
          dissents: [...round.dissents, { key: nextKey(), by: byParty ? 'party' : 'members', partyId: byParty ? onlyParty : null, personIds: [], text: '' }],
        })}
      >
        <Icon name="plus" size={14} />
        {t('conduct.dissent.add')}
      </button>
      <span className="field-hint" id={`${idPrefix}-dissent-hint`}>{t('conduct.dissent.addHint')}</span>
    </p>
  );
}
