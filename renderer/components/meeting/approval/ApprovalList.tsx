import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Approval, MeetingDetail } from '../../../../shared/domain/entities';
import { approvalMethods, type ApprovalMethod } from '../../../../shared/domain/enums';
import { formatMember } from '../../../../shared/format/join-names';
import { approvalProgress } from '../../../../shared/logic/approval';
import { useAction } from '../../../hooks/use-action';
import { useOrganisationStore } from '../../../stores/organisation-store';
import { recordApproval, removeApproval } from '../../../stores/protocol-actions';
import { ErrorAlert } from '../../common/Alert';

/**
 * The members who took part, each with their approval (how and when) or the means to record it;
 * who the committee's rule still waits for (shared/logic/approval). For the minutes (addendumId
 * null) or for one addendum. `locked`: the approvals are in the chain and can no longer change.
 */
export function ApprovalList({ meeting, approvals, addendumId, locked }: { meeting: MeetingDetail; approvals: readonly Approval[]; addendumId: number | null; locked: boolean }) {
  const { t, i18n } = useTranslation();
  const people = useOrganisationStore((s) => s.people);
  const [method, setMethod] = useState<ApprovalMethod>('in_app');
  const progress = approvalProgress(meeting, meeting.protocol.approvalRule, approvals);
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Copenhagen' });
  const nameOf = (personId: number) => {
    const member = meeting.members.find((m) => m.personId === personId);
    const person = people.find((p) => p.id === personId);
    return member ? formatMember({ name: member.personName, partyLetter: member.partyLetter }) : person ? formatMember(person) : String(personId);
  };
  const prefix = addendumId === null ? 'approval-minutes' : `approval-addendum-${addendumId}`;

  return (
    <div className="approval-list">
      <p className="approval-rule">{t(`approval.rule.${meeting.protocol.approvalRule}`)}</p>
      {progress.problem ? <ErrorAlert message={progress.problem} /> : null}
      {!locked ? (
        <label className="field approval-method">
          <span className="field-label">{t('approval.methodLabel')}</span>
          <select id={`${prefix}-method`} value={method} onChange={(e) => setMethod(e.target.value as ApprovalMethod)}>
            {approvalMethods.map((m) => (
              <option key={m} value={m}>{t(`approval.method.${m}`)}</option>
            ))}
          </select>
        </label>
      ) : null}
      <ul className="approval-members" aria-label={t('approval.membersLabel')}>
        {progress.participants.map((personId) => (
          <ApprovalRow
            key={personId}
            name={nameOf(personId)}
            given={approvals.find((a) => a.personId === personId) ?? null}
            required={progress.required.includes(personId)}
            locked={locked}
            when={(iso) => when.format(new Date(iso))}
            onRecord={() => recordApproval({ meetingId: meeting.id, addendumId, personId, method })}
            onRemove={(id) => removeApproval(meeting.id, id)}
          />
        ))}
      </ul>
      <p className="approval-progress" role="status">
        {progress.complete ? t('approval.complete') : progress.required.length > 0 ? t('approval.missing', { count: progress.missing.length, names: progress.missing.map(nameOf).join(', ') }) : null}
      </p>
    </div>
  );
}

/** One member: their approval, or the button that records it (each row on its own, so quick clicks are not lost). */
function ApprovalRow({ name, given, required, locked, when, onRecord, onRemove }: {
  name: string; given: Approval | null; required: boolean; locked: boolean; when(iso: string): string; onRecord(): Promise<void>; onRemove(id: number): Promise<void>;
}) {
  const { t } = useTranslation();
  const action = useAction();
  return (
    <li className={given ? 'approval-member is-approved' : 'approval-member'} data-testid="approval-member">
      <span className="approval-member-name">{name}</span>
      <span className="approval-member-state">
        {given ? t(`approval.given.${given.method}`, { when: when(given.approvedAt) }) : required ? t('approval.waiting') : t('approval.notRequired')}
      </span>
      {!locked && given ? (
        <button type="button" className="button button-small button-quiet" aria-label={t('approval.removeLabel', { name })} disabled={action.pending} onClick={() => void action.run(() => onRemove(given.id))}>
          {t('approval.remove')}
        </button>
      ) : null}
      {!locked && !given ? (
        <button type="button" className="button button-small" aria-label={t('approval.recordLabel', { name })} disabled={action.pending} onClick={() => void action.run(onRecord)}>
          {t('approval.record')}
        </button>
      ) : null}
      {action.error ? <ErrorAlert message={action.error} onDismiss={action.clear} dismissLabel={t('dialog.close')} /> : null}
    </li>
  );
}
