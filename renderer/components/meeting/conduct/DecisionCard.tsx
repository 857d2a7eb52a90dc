import { useTranslation } from 'react-i18next';
import type { Committee, Party, RecommendationPoint } from '../../../../shared/domain/entities';
import type { VoteMode } from '../../../../shared/domain/enums';
import type { Voter } from '../../../../shared/logic/vote-types';
import { Icon } from '../../common/Icon';
import { draftRound, nextKey, type DecisionCheck, type DraftDecision, type DraftRound } from './draft-decisions';
import { ForwardCase, type Forwarded } from './ForwardCase';
import { NoteEditor } from './NoteEditor';
import { OutcomePicker } from './OutcomePicker';
import { OverrideEditor } from './OverrideEditor';
import { VoteRoundEditor } from './VoteRoundEditor';
import { rowsFor } from './text-rows';

export interface DecisionCardProps {
  draft: DraftDecision;
  index: number;
  count: number;
  /** Meddelelser: one decision for the item, no points. */
  single: boolean;
  points: readonly RecommendationPoint[];
  /** Points decided by another decision of the item, with its number. */
  taken: ReadonlyMap<number, number>;
  check: DecisionCheck;
  voters: readonly Voter[];
  parties: readonly Party[];
  /** The other committees, offered for "Anbefales over for" and "Oversendt til". */
  committees: readonly Committee[];
  /** The decision's text as generated now: the basis of a hand-written one. */
  generated: string;
  idPrefix: string;
  forwarded: Forwarded | null;
  onChange(draft: DraftDecision): void;
  onRemove(): void;
  onForward(committee: Committee): Promise<void>;
}

const bodyOutcome = (outcome: DraftDecision['outcome']): outcome is 'recommended' | 'referred' => outcome === 'recommended' || outcome === 'referred';

/** One decision: the points it covers, the outcome and the text after it, its votes in order, its protocol notes, its sentence by hand. */
export function DecisionCard(props: DecisionCardProps) {
  const { draft, index, count, single, points, taken, check, voters, parties, committees, generated, idPrefix, onChange } = props;
  const { t } = useTranslation();
  const number = index + 1;
  const issue = (path: string) => check.issues.find((i) => i.path === path)?.message;
  const otherIssues = check.issues.filter((i) => i.path !== 'outcome' && i.path !== 'outcomeBody');
  const hasDecisionRound = draft.rounds.some((r) => r.subject.trim() === '');
  const setRounds = (rounds: DraftRound[]) => onChange({ ...draft, rounds });
  const addRound = (mode: VoteMode) => setRounds([...draft.rounds, draftRound(mode)]);
  const addAmendment = () => {
    // Before the vote on the decision itself: an amendment is voted on first.
    const at = draft.rounds.findIndex((r) => r.subject.trim() === '');
    const round = draftRound('counted', 'party', t('conduct.votes.amendmentSubject'));
    const rounds = [...draft.rounds];
    rounds.splice(at < 0 ? rounds.length : at, 0, round);
    setRounds(rounds);
  };
  const target = bodyOutcome(draft.outcome)
    ? committees.find((c) => c.name.trim().toLocaleLowerCase('da') === draft.outcomeBody.trim().toLocaleLowerCase('da')) ?? null
    : null;
  const outcomeIssue = issue('outcome');
  const bodyIssue = issue('outcomeBody');

  return (
    <section className="decision-card" aria-labelledby={`${idPrefix}-title`}>
      <div className="record-subhead">
        <h4 className="decision-card-title" id={`${idPrefix}-title`}>{t('conduct.decisions.decision', { number })}</h4>
        {!single && count > 1 ? (
          <button type="button" className="icon-button icon-button-danger" aria-label={t('conduct.decisions.remove', { number })} title={t('conduct.decisions.remove', { number })} onClick={props.onRemove}>
            <Icon name="trash" size={14} />
          </button>
        ) : null}
      </div>

      {!single && points.length > 0 ? (
        <fieldset className="point-checks" aria-describedby={`${idPrefix}-points-hint`}>
          <legend>{t('conduct.decisions.points')}</legend>
          <div className="point-check-list">
            {points.map((p) => {
              const elsewhere = taken.get(p.number);
              return (
                <label key={p.id} className={`point-check${elsewhere ? ' is-taken' : ''}`} title={p.text}>
                  <input
                    type="checkbox"
                    checked={draft.points.includes(p.number)}
                    disabled={elsewhere !== undefined}
                    onChange={(e) => onChange({ ...draft, points: e.target.checked ? [...draft.points, p.number].sort((a, b) => a - b) : draft.points.filter((n) => n !== p.number) })}
                  />
                  <span className="point-check-number">{elsewhere ? t('conduct.decisions.pointTaken', { number: p.number, decision: elsewhere }) : t('conduct.decisions.point', { number: p.number })}</span>
                  <span className="point-check-text">{p.text}</span>
                </label>
              );
            })}
          </div>
          <p className="field-hint" id={`${idPrefix}-points-hint`}>{t('conduct.decisions.pointsHint')}</p>
        </fieldset>
      ) : null}

      <OutcomePicker name={`${idPrefix}-outcome`} value={draft.outcome} onChange={(outcome) => onChange({ ...draft, outcome })} describedBy={outcomeIssue ? `${idPrefix}-outcome-error` : undefined} />
      {outcomeIssue ? <p className="field-error" id={`${idPrefix}-outcome-error`}>{outcomeIssue}</p> : null}

      {bodyOutcome(draft.outcome) ? (
        <div className={`field${bodyIssue ? ' has-error' : ''}`}>
          <label htmlFor={`${idPrefix}-body`}>{t(`conduct.decisions.body.${draft.outcome}`)}</label>
          <input
            id={`${idPrefix}-body`}
            type="text"
            list={`${idPrefix}-committees`}
            value={draft.outcomeBody}
            placeholder={t('conduct.decisions.bodyPlaceholder')}
            aria-invalid={bodyIssue ? true : undefined}
            aria-describedby={bodyIssue ? `${idPrefix}-body-error` : undefined}
            onChange={(e) => onChange({ ...draft, outcomeBody: e.target.value })}
          />
          <datalist id={`${idPrefix}-committees`}>
            {committees.map((c) => <option key={c.id} value={c.name} />)}
          </datalist>
          {bodyIssue ? <p className="field-error" id={`${idPrefix}-body-error`}>{bodyIssue}</p> : null}
        </div>
      ) : null}
      {target ? <ForwardCase committee={target} forwarded={props.forwarded} onForward={() => props.onForward(target)} /> : null}

      <div className="field">
        <label htmlFor={`${idPrefix}-remark`}>{draft.outcome ? t('conduct.decisions.remark') : t('conduct.decisions.remarkAlone')}</label>
        <textarea
          id={`${idPrefix}-remark`}
          className="decision-remark"
          rows={rowsFor(draft.remark)}
          value={draft.remark}
          aria-describedby={`${idPrefix}-remark-hint`}
          onChange={(e) => onChange({ ...draft, remark: e.target.value })}
        />
        <p className="field-hint" id={`${idPrefix}-remark-hint`}>{t('conduct.decisions.remarkHint')}</p>
      </div>

      <div className="decision-votes" role="group" aria-labelledby={`${idPrefix}-votes`}>
        <p className="record-subhead-title" id={`${idPrefix}-votes`}>{t('conduct.votes.heading')}</p>
        {draft.rounds.length === 0 ? <p className="muted">{t('conduct.votes.none')}</p> : null}
        {draft.rounds.map((round, i) => (
          <VoteRoundEditor
            key={round.key}
            round={round}
            index={i}
            count={draft.rounds.length}
            check={check.rounds[i]!}
            voters={voters}
            parties={parties}
            idPrefix={`${idPrefix}-round-${round.key}`}
            onChange={(next) => setRounds(draft.rounds.map((r) => (r.key === round.key ? next : r)))}
            onMove={(to) => {
              const rounds = draft.rounds.filter((r) => r.key !== round.key);
              rounds.splice(to, 0, round);
              setRounds(rounds);
            }}
            onRemove={() => setRounds(draft.rounds.filter((r) => r.key !== round.key))}
          />
        ))}
        <div className="record-actions">
          {!hasDecisionRound ? (
            <>
              <button type="button" className="button button-small" onClick={() => addRound('unanimous')}>{t('conduct.votes.unanimousShortcut')}</button>
              <button type="button" className="button button-small" onClick={() => addRound('without_vote')}>{t('conduct.votes.withoutVoteShortcut')}</button>
              <button type="button" className="button button-small" onClick={() => addRound('counted')}>
                <Icon name="plus" size={14} />
                {t('conduct.votes.addMain')}
              </button>
            </>
          ) : null}
          <button type="button" className="button button-small button-quiet" onClick={addAmendment}>
            <Icon name="plus" size={14} />
            {t('conduct.votes.addAmendment')}
          </button>
        </div>
      </div>

      {draft.notes.map((note, j) => (
        <NoteEditor
          key={note.key}
          note={note}
          voters={voters}
          incomplete={check.notesIncomplete[j] ?? false}
          idPrefix={`${idPrefix}-note-${note.key}`}
          onChange={(next) => onChange({ ...draft, notes: draft.notes.map((n) => (n.key === note.key ? next : n)) })}
          onRemove={() => onChange({ ...draft, notes: draft.notes.filter((n) => n.key !== note.key) })}
        />
      ))}
      <div className="record-actions">
        <button type="button" className="button button-small button-quiet" onClick={() => onChange({ ...draft, notes: [...draft.notes, { key: nextKey(), personIds: [], text: '' }] })}>
          <Icon name="plus" size={14} />
          {t('conduct.notes.add')}
        </button>
      </div>
      <div className="decision-override">
        <OverrideEditor
          override={draft.override}
          generated={generated}
          idPrefix={`${idPrefix}-override`}
          label={t('conduct.override.text')}
          startLabel={t('conduct.override.decision')}
          onChange={(override) => onChange({ ...draft, override })}
        />
      </div>
      {otherIssues.map((i) => <p key={i.path} className="field-error">{i.message}</p>)}
    </section>
  );
}
