import { useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Membership, Person, SentenceOverride } from '../../../../shared/domain/entities';
import type { ItemAttendanceKind } from '../../../../shared/domain/enums';
import { formatMember } from '../../../../shared/format/join-names';
import type { Quorum } from '../../../../shared/logic/quorum';
import { Icon } from '../../common/Icon';
import {
  kindOf, missingReasons, substituteCandidates, takesPart, withItemSubstitute, withKind, withReason, type PresenceDraft, type PresenceRow,
} from './item-presence-model';
import { OverrideEditor } from './OverrideEditor';

const KINDS: readonly ItemAttendanceKind[] = ['left', 'arrived', 'absent', 'disqualified'];

/** "8 deltager · Deltager ikke: Gitte Skjødt (O), Ole Nør (V) (inhabil)". */
function summary(rows: readonly PresenceRow[], label: (personId: number) => string, t: TFunction): string {
  const taking = rows.filter(takesPart).length;
  const out = rows.filter((r) => !takesPart(r));
  const names = out.map((r) => `${label(r.personId)}${r.voter?.disqualified ? ` (${t('conduct.presence.disqualifiedNote')})` : ''}`);
  return names.length > 0
    ? t('conduct.presence.summaryWithOut', { count: taking, names: names.join(', ') })
    : t('conduct.presence.summary', { count: taking });
}

/**
 * Who takes part in one item, from the roll call and the item's own exceptions (left or arrived
 * during it, absent from it, disqualified under § 14 with a reason), a substitute for this item only,
 * and the quorum live (shared/logic: votersForItem, quorumFor).
 */
export function ItemPresence({
  itemNumber, members, people, rows, draft, quorum, idPrefix, presenceOverride, generatedPresence, onChange, onOverride,
}: {
  itemNumber: number; members: readonly Membership[]; people: readonly Person[]; rows: readonly PresenceRow[]; draft: PresenceDraft; quorum: Quorum;
  idPrefix: string; presenceOverride: SentenceOverride | null; generatedPresence: string;
  onChange(draft: PresenceDraft): void; onOverride(override: SentenceOverride | null): void;
}) {
  const { t } = useTranslation();
  const missing = new Set(missingReasons(draft));
  // The list opens on demand (the summary names who does not take part): the decision is what is typed next.
  const [open, setOpen] = useState(false);
  const listId = `${idPrefix}-list`;
  const label = (personId: number) => {
    const person = people.find((p) => p.id === personId);
    const member = members.find((m) => m.personId === personId);
    return person ? formatMember(person) : member ? formatMember({ name: member.personName, partyLetter: member.partyLetter }) : String(personId);
  };
  return (
    <section className="record-section" aria-labelledby={`${idPrefix}-heading`}>
      <h3 className="section-heading" id={`${idPrefix}-heading`}>{t('conduct.presence.heading')}</h3>
      <p className={`quorum${quorum.met ? ' is-met' : ' is-not-met'}`} role="status" data-testid="quorum">
        <Icon name={quorum.met ? 'check' : 'alert'} size={14} />
        {quorum.members === 0
          ? t('conduct.presence.noVoting')
          : quorum.met
            ? t('conduct.presence.quorumMet', { present: quorum.present, members: quorum.members })
            : t('conduct.presence.quorumNotMet', { present: quorum.present, members: quorum.members })}
      </p>
      <p className="presence-summary">
        <span>{summary(rows, label, t)}</span>
        <button type="button" className="link-button" aria-expanded={open} aria-controls={listId} onClick={() => setOpen((o) => !o)}>
          {open ? t('conduct.presence.hide') : t('conduct.presence.show')}
        </button>
      </p>
      <ul className="presence-list" id={listId} hidden={!open} aria-label={t('conduct.presence.listLabel', { number: itemNumber })}>
        {rows.map((row) => {
          const name = label(row.personId);
          const entry = kindOf(draft, row.personId);
          const kind = entry?.kind ?? null;
          const substitute = row.substituteFor === null ? draft.substitutes.find((s) => s.forPersonId === row.personId) : undefined;
          // A seat someone else already fills (a substitute for the meeting, or for this item) needs no one more.
          const seatTaken = rows.some((r) => r.substituteFor === row.personId && !r.itemSubstitute && takesPart(r));
          const needsSeat = row.substituteFor === null && !takesPart(row) && !seatTaken;
          const rowId = `${idPrefix}-${row.personId}`;
          const candidates = row.substituteFor === null ? substituteCandidates(members, people, rows, row.personId) : null;
          return (
            <li key={row.personId} className={`presence-row${takesPart(row) ? '' : ' is-out'}`}>
              <div className="presence-who">
                <span className="presence-name">{name}</span>
                <span className="presence-state">
                  {row.substituteFor !== null ? t('conduct.presence.substituteShort', { name: label(row.substituteFor) }) : null}
                  {row.substituteFor !== null ? ' · ' : null}
                  {takesPart(row) ? t('conduct.presence.takesPart') : row.voter?.disqualified ? t('conduct.presence.kinds.disqualified') : t('conduct.presence.notTakingPart')}
                  {row.voter && !row.voter.hasVote ? ` · ${t('conduct.presence.noVoteNote')}` : null}
                </span>
              </div>
              {!row.itemSubstitute ? (
                <div className="field presence-kind">
                  <label htmlFor={`${rowId}-kind`} className="visually-hidden">{t('conduct.presence.kindLabel', { name })}</label>
                  <select
                    id={`${rowId}-kind`}
                    value={kind ?? ''}
                    onChange={(e) => onChange(withKind(draft, row.personId, e.target.value === '' ? null : (e.target.value as ItemAttendanceKind)))}
                  >
                    <option value="">{row.byRollCall ? t('conduct.presence.byRollCall') : t('conduct.presence.byRollCallAbsent')}</option>
                    {KINDS.map((k) => <option key={k} value={k}>{t(`conduct.presence.kinds.${k}`)}</option>)}
                  </select>
                </div>
              ) : (
                <button type="button" className="button button-small button-quiet" onClick={() => onChange(withItemSubstitute(draft, row.substituteFor!, null))}>
                  {t('common.remove')}
                </button>
              )}
              {kind === 'disqualified' ? (
                <div className={`field presence-reason${missing.has(row.personId) ? ' has-error' : ''}`}>
                  <label htmlFor={`${rowId}-reason`}>{t('conduct.presence.reason')}</label>
                  <input
                    id={`${rowId}-reason`}
                    type="text"
                    value={entry?.reason ?? ''}
                    aria-label={t('conduct.presence.reasonLabel', { name })}
                    aria-invalid={missing.has(row.personId) || undefined}
                    aria-describedby={`${rowId}-reason-hint${missing.has(row.personId) ? ` ${rowId}-reason-error` : ''}`}
                    onChange={(e) => onChange(withReason(draft, row.personId, e.target.value))}
                  />
                  <p className="field-hint" id={`${rowId}-reason-hint`}>{t('conduct.presence.reasonHint')}</p>
                  {missing.has(row.personId) ? <p className="field-error" id={`${rowId}-reason-error`}>{t('conduct.presence.reasonMissing', { name })}</p> : null}
                </div>
              ) : null}
              {needsSeat && candidates ? (
                <div className="field presence-substitute">
                  <label htmlFor={`${rowId}-substitute`}>{t('conduct.presence.substituteHere')}</label>
                  <select
                    id={`${rowId}-substitute`}
                    aria-label={t('conduct.presence.substituteHereLabel', { name })}
                    value={substitute?.personId ?? ''}
                    onChange={(e) => onChange(withItemSubstitute(draft, row.personId, e.target.value === '' ? null : Number(e.target.value)))}
                  >
                    <option value="">{t('conduct.rollCall.noSubstitute')}</option>
                    {candidates.committee.length > 0 ? (
                      <optgroup label={t('conduct.rollCall.committeeSubstitutes')}>
                        {candidates.committee.map((p) => <option key={p.id} value={p.id}>{formatMember(p)}</option>)}
                      </optgroup>
                    ) : null}
                    <optgroup label={t('conduct.rollCall.otherPeople')}>
                      {candidates.others.map((p) => <option key={p.id} value={p.id}>{formatMember(p)}</option>)}
                    </optgroup>
                  </select>
                </div>
              ) : null}
            </li>
          );
        })}
      </ul>
      <OverrideEditor
        override={presenceOverride}
        generated={generatedPresence}
        idPrefix={`${idPrefix}-override`}
        label={t('conduct.override.presenceText')}
        startLabel={t('conduct.presence.override')}
        onChange={onOverride}
      />
    </section>
  );
}
