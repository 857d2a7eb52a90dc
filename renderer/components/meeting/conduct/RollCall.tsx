import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttendanceEntry, MeetingDetail, Membership } from '../../../../shared/domain/entities';
import type { AttendanceStatus } from '../../../../shared/domain/enums';
import { formatMember } from '../../../../shared/format/join-names';
import { useMeetingStore } from '../../../stores/meeting-store';
import { useOrganisationStore } from '../../../stores/organisation-store';
import { Icon } from '../../common/Icon';
import { SaveStatus, useSaveTracker } from '../../editor/save-status';
import { regularMembers } from './item-presence-model';
import {
  allPresent, entryOf, rollCallEntries, substituteChoices, substituteOf, withArrival, withLeaving, withNote, withStatus, withSubstitute,
} from './roll-call-model';
import { useRecordAutosave } from './use-record-autosave';

const STATUSES: readonly AttendanceStatus[] = ['present', 'apologies', 'absent'];

/**
 * The roll call: every member with party and role; "Alle til stede" in one action; per member afbud
 * (with a reason), fraværende, a substitute called in, came late and left early by the agenda's items.
 * A click is saved at once, a typed reason by the editors' autosave rule; both with one attendance:set.
 */
export function RollCall({ meeting, readOnly }: { meeting: MeetingDetail; readOnly: boolean }) {
  const { t } = useTranslation();
  const people = useOrganisationStore((s) => s.people);
  const saves = useSaveTracker();
  const recorded = meeting.attendance.length > 0;
  const [entries, setEntries] = useState<AttendanceEntry[]>(() => rollCallEntries(meeting.members, meeting.attendance));
  const [announcement, setAnnouncement] = useState('');
  // Coming late and leaving early are rare: their pickers open on demand (and stay open once used).
  const [timesOpen, setTimesOpen] = useState<ReadonlySet<number>>(() => new Set());
  const setAttendance = useMeetingStore((s) => s.setAttendance);
  const save = useRecordAutosave<AttendanceEntry[]>('attendance', (list) => setAttendance({ meetingId: meeting.id, entries: list }), saves.report);
  const members = regularMembers(meeting.members);
  const roles = (role: Membership['role']) => (role === 'medlem' ? null : t(`role.${role}`));

  const click = (next: AttendanceEntry[]) => {
    setEntries(next);
    save.saveNow(next);
  };
  const type = (next: AttendanceEntry[]) => {
    setEntries(next);
    save.schedule(next);
  };
  const label = (personId: number) => {
    const person = people.find((p) => p.id === personId);
    return person ? formatMember(person) : String(personId);
  };

  return (
    <article className="roll-call" aria-labelledby="roll-call-title">
      <header className="item-header record-header">
        <h2 id="roll-call-title" className="item-title" tabIndex={-1}>{t('conduct.rollCall.heading')}</h2>
        <p className="page-intro">{t('conduct.rollCall.intro')}</p>
        <div className="item-badges">
          <SaveStatus states={saves.states} />
        </div>
      </header>
      <fieldset className="record-fieldset" disabled={readOnly}>
        <legend className="visually-hidden">{t('conduct.rollCall.heading')}</legend>
        <div className="roll-call-bar">
          {!recorded ? <p className="roll-call-note"><Icon name="info" size={14} />{t('conduct.rollCall.notRecorded')}</p> : null}
          <button
            type="button"
            className="button button-primary button-small"
            onClick={() => {
              click(allPresent(meeting.members));
              setAnnouncement(t('conduct.rollCall.allPresentDone'));
            }}
          >
            <Icon name="check" size={14} />
            {t('conduct.rollCall.allPresent')}
          </button>
          <p className="visually-hidden" role="status">{announcement}</p>
        </div>
        {members.length === 0 ? <p className="muted">{t('conduct.rollCall.noMembers')}</p> : null}
        <ul className="roll-call-list" aria-label={t('conduct.rollCall.membersLabel')}>
          {members.map((m) => {
            const entry = entryOf(entries, m.personId);
            const status = entry?.status ?? 'present';
            const name = formatMember({ name: m.personName, partyLetter: m.partyLetter });
            const substitute = substituteOf(entries, m.personId);
            const rowId = `roll-${m.personId}`;
            const choices = status !== 'present' ? substituteChoices(meeting.members, people, entries, m.personId) : null;
            const role = roles(m.role);
            return (
              <li key={m.personId} className={`roll-call-row is-${status}`}>
                <div className="roll-call-who">
                  <span className="presence-name">{m.personName}</span>
                  {m.partyLetter ? <span className="party-letter">{m.partyLetter}</span> : null}
                  {role ? <span className="roll-call-role">{role}</span> : null}
                  {!m.hasVote ? <span className="roll-call-role">{t('conduct.rollCall.noVote')}</span> : null}
                </div>
                <fieldset className="segmented-field roll-call-status">
                  <legend className="visually-hidden">{t('conduct.rollCall.status', { name })}</legend>
                  <div className="segmented">
                    {STATUSES.map((s) => (
                      <label key={s} className={`segment${status === s ? ' is-checked' : ''}`}>
                        <input type="radio" name={`${rowId}-status`} checked={status === s} onChange={() => click(withStatus(entries, m.personId, s))} />
                        <span className="segment-label">{t(`conduct.rollCall.${s}`)}</span>
                      </label>
                    ))}
                  </div>
                </fieldset>
                <div className="roll-call-details">
                  {status === 'apologies' ? (
                    <div className="field">
                      <label htmlFor={`${rowId}-note`}>{t('conduct.rollCall.reason')}</label>
                      <input
                        id={`${rowId}-note`}
                        type="text"
                        value={entry?.note ?? ''}
                        placeholder={t('conduct.rollCall.reasonPlaceholder')}
                        aria-label={t('conduct.rollCall.reasonLabel', { name })}
                        onChange={(e) => type(withNote(entries, m.personId, e.target.value))}
                        onBlur={() => save.flush()}
                      />
                    </div>
                  ) : null}
                  {choices ? (
                    <div className="field">
                      <label htmlFor={`${rowId}-substitute`}>{t('conduct.rollCall.substitute')}</label>
                      <select
                        id={`${rowId}-substitute`}
                        aria-label={t('conduct.rollCall.substituteLabel', { name })}
                        value={substitute?.personId ?? ''}
                        onChange={(e) => click(withSubstitute(entries, m.personId, e.target.value === '' ? null : Number(e.target.value)))}
                      >
                        <option value="">{t('conduct.rollCall.noSubstitute')}</option>
                        {choices.committee.length > 0 ? (
                          <optgroup label={t('conduct.rollCall.committeeSubstitutes')}>
                            {choices.committee.map((p) => <option key={p.id} value={p.id}>{formatMember(p)}</option>)}
                          </optgroup>
                        ) : null}
                        <optgroup label={t('conduct.rollCall.otherPeople')}>
                          {choices.others.map((p) => <option key={p.id} value={p.id}>{formatMember(p)}</option>)}
                        </optgroup>
                      </select>
                    </div>
                  ) : null}
                  {status === 'present' && !timesOpen.has(m.personId) && !entry?.arrivedBeforeItemId && !entry?.leftAfterItemId ? (
                    <button
                      type="button"
                      className="link-button roll-call-times"
                      aria-expanded={false}
                      aria-label={t('conduct.rollCall.timesLabel', { name })}
                      onClick={() => {
                        setTimesOpen((open) => new Set([...open, m.personId]));
                        window.setTimeout(() => document.getElementById(`${rowId}-arrived`)?.focus(), 0);
                      }}
                    >
                      {t('conduct.rollCall.times')}
                    </button>
                  ) : null}
                  {status === 'present' && (timesOpen.has(m.personId) || entry?.arrivedBeforeItemId || entry?.leftAfterItemId) ? (
                    <>
                      <ItemPicker
                        id={`${rowId}-arrived`}
                        label={t('conduct.rollCall.arrived')}
                        aria={t('conduct.rollCall.arrivedLabel', { name })}
                        none={t('conduct.rollCall.fromStart')}
                        meeting={meeting}
                        value={entry?.arrivedBeforeItemId ?? null}
                        onChange={(itemId) => click(withArrival(entries, m.personId, itemId))}
                      />
                      <ItemPicker
                        id={`${rowId}-left`}
                        label={t('conduct.rollCall.left')}
                        aria={t('conduct.rollCall.leftLabel', { name })}
                        none={t('conduct.rollCall.toEnd')}
                        meeting={meeting}
                        value={entry?.leftAfterItemId ?? null}
                        onChange={(itemId) => click(withLeaving(entries, m.personId, itemId))}
                      />
                    </>
                  ) : null}
                </div>
                {substitute ? <p className="roll-call-substitute">{t('conduct.rollCall.substituteFor', { name })}: <strong>{label(substitute.personId)}</strong></p> : null}
              </li>
            );
          })}
        </ul>
      </fieldset>
    </article>
  );
}

function ItemPicker({ id, label, aria, none, meeting, value, onChange }: {
  id: string; label: string; aria: string; none: string; meeting: MeetingDetail; value: number | null; onChange(itemId: number | null): void;
}) {
  const { t } = useTranslation();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} aria-label={aria} value={value ?? ''} onChange={(e) => onChange(e.target.value === '' ? null : Number(e.target.value))}>
        <option value="">{none}</option>
        {meeting.items.map((item) => <option key={item.id} value={item.id}>{t('conduct.rollCall.itemOption', { number: item.number, title: item.title })}</option>)}
      </select>
    </div>
  );
}
