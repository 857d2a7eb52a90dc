import { useTranslation } from 'react-i18next';
import type { Party } from '../../../../shared/domain/entities';
import { formatMember } from '../../../../shared/format/join-names';
import type { Minority } from '../../../../shared/logic/vote-minority';
import type { Voter } from '../../../../shared/logic/vote-types';
import { Icon } from '../../common/Icon';
import type { DraftDissent } from './draft-decisions';
import { rowsFor } from './text-rows';

/**
 * A minority's dissent on one vote (§ 13 stk. 2): by a party or by members, offered from the
 * outvoted side only (minorityOf). One the rule refuses — the votes changed under it, say — shows
 * the rule's own message (dissentProblem) and is not saved.
 */
export function DissentEditor({
  dissent, minority, voters, parties, problem, incomplete, idPrefix, onChange, onRemove,
}: {
  dissent: DraftDissent; minority: Minority | null; voters: readonly Voter[]; parties: readonly Party[];
  problem: string | null; incomplete: boolean; idPrefix: string;
  onChange(dissent: DraftDissent): void; onRemove(): void;
}) {
  const { t } = useTranslation();
  const partyIds = new Set(minority?.partyIds ?? []);
  if (dissent.partyId !== null) partyIds.add(dissent.partyId);
  const personIds = [...new Set([...(minority?.personIds ?? []), ...dissent.personIds])];
  const messageId = `${idPrefix}-message`;
  return (
    <div className={`dissent${problem ? ' has-problem' : ''}`} role="group" aria-labelledby={`${idPrefix}-title`}>
      <div className="record-subhead">
        <p className="record-subhead-title" id={`${idPrefix}-title`}>{t('conduct.dissent.heading')}</p>
        <button type="button" className="icon-button icon-button-danger" aria-label={t('conduct.dissent.remove')} title={t('conduct.dissent.remove')} onClick={onRemove}>
          <Icon name="trash" size={14} />
        </button>
      </div>
      <fieldset className="inline-choice">
        <legend>{t('conduct.dissent.by')}</legend>
        {(['party', 'members'] as const).map((by) => (
          <label key={by}>
            <input type="radio" name={`${idPrefix}-by`} checked={dissent.by === by} onChange={() => onChange({ ...dissent, by })} />
            {t(by === 'party' ? 'conduct.dissent.byParty' : 'conduct.dissent.byMembers')}
          </label>
        ))}
      </fieldset>
      {dissent.by === 'party' ? (
        <div className="field">
          <label htmlFor={`${idPrefix}-party`}>{t('conduct.dissent.party')}</label>
          <select
            id={`${idPrefix}-party`}
            value={dissent.partyId ?? ''}
            aria-describedby={problem ? messageId : undefined}
            onChange={(e) => onChange({ ...dissent, partyId: e.target.value === '' ? null : Number(e.target.value) })}
          >
            <option value="">{t('conduct.dissent.choose')}</option>
            {parties.filter((p) => partyIds.has(p.id)).map((p) => <option key={p.id} value={p.id}>{`${p.letter} – ${p.name}`}</option>)}
          </select>
        </div>
      ) : (
        <fieldset className="member-checks">
          <legend>{t('conduct.dissent.members')}</legend>
          {personIds.map((id) => {
            const voter = voters.find((v) => v.personId === id);
            return (
              <label key={id}>
                <input
                  type="checkbox"
                  checked={dissent.personIds.includes(id)}
                  onChange={(e) => onChange({ ...dissent, personIds: e.target.checked ? [...dissent.personIds, id] : dissent.personIds.filter((x) => x !== id) })}
                />
                {voter ? formatMember(voter) : String(id)}
              </label>
            );
          })}
        </fieldset>
      )}
      <div className="field">
        <label htmlFor={`${idPrefix}-text`}>{t('conduct.dissent.text')}</label>
        <textarea
          id={`${idPrefix}-text`}
          rows={rowsFor(dissent.text)}
          value={dissent.text}
          aria-describedby={`${idPrefix}-text-hint${problem ? ` ${messageId}` : ''}`}
          onChange={(e) => onChange({ ...dissent, text: e.target.value })}
        />
        <p className="field-hint" id={`${idPrefix}-text-hint`}>{t('conduct.dissent.textHint')}</p>
      </div>
      {problem ? <p className="field-error" id={messageId} role="alert">{t('conduct.dissent.notSaved', { message: problem })}</p> : null}
      {!problem && incomplete ? <p className="field-hint">{t('conduct.dissent.incomplete')}</p> : null}
    </div>
  );
}
