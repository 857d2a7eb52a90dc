import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApprovalOutcome } from '../../../../shared/api/methods/protocol-approval';
import type { MeetingDetail } from '../../../../shared/domain/entities';
import { approvalProgress } from '../../../../shared/logic/approval';
import { useAction } from '../../../hooks/use-action';
import { useMeetingStore } from '../../../stores/meeting-store';
import { ErrorAlert } from '../../common/Alert';
import { Icon } from '../../common/Icon';
import { SigningChoice, type SigningRequest } from '../../export/SigningChoice';
import { IssueGroups } from '../ReleaseChecksPanel';
import { useFindingChecks } from '../use-finding-checks';
import { useMeetingModeStore } from '../conduct/use-meeting-mode';
import { ApprovalList } from './ApprovalList';

/**
 * Before the approval: the protocol check (meetings:protocolChecks, the same findings the service
 * gates on) with a reason field for each error, the members' approvals, signing, and "Godkend
 * referatet" (meetings:approve). "Vis" opens the item on the meeting screen.
 */
export function ApproveMinutes({ meeting, onApproved }: { meeting: MeetingDetail; onApproved(outcome: ApprovalOutcome): void }) {
  const { t } = useTranslation();
  const approve = useMeetingStore((s) => s.approve);
  const setView = useMeetingModeStore((s) => s.setView);
  const setMode = useMeetingModeStore((s) => s.setMode);
  const { checks, issues, check, unanswered, hasReasonField, reasonOf, setReason, overrides } = useFindingChecks('meetings:protocolChecks', { id: meeting.id }, meeting.items, meeting.attendance);
  const [sign, setSign] = useState<SigningRequest>(null);
  const action = useAction();
  const progress = approvalProgress(meeting, meeting.protocol.approvalRule, meeting.protocol.approvals);

  function submit() {
    void action.run(async () => onApproved(await approve({ id: meeting.id, overrides: overrides(), sign })));
  }

  return (
    <>
      <section className="approval-section" aria-labelledby="protocol-check-heading">
        <div className="approval-section-header">
          <h3 id="protocol-check-heading">{t('approval.checkHeading')}</h3>
          <button type="button" className="button button-small" onClick={() => void check()} disabled={checks.state === 'running'}>
            {t('releaseChecks.rerun')}
          </button>
        </div>
        <p className="approval-intro">{t('approval.checkIntro')}</p>
        <p className="release-checks-summary" role="status">
          {checks.state === 'running' ? t('releaseChecks.running') : null}
          {checks.state === 'done' && issues.length === 0 ? (
            <>
              <Icon name="check" />
              <span>{t('approval.checkClean')}</span>
            </>
          ) : null}
          {checks.state === 'done' && issues.length > 0 ? t('approval.checkSummary', { count: issues.length, errors: issues.filter((i) => i.severity === 'error').length }) : null}
        </p>
        {checks.state === 'failed' ? <ErrorAlert message={checks.message} /> : null}
        {issues.length > 0 ? (
          <IssueGroups
            meeting={meeting}
            issues={issues}
            onShow={() => {
              setMode(meeting.id, 'conduct');
              setView(meeting.id, 'item');
            }}
            extra={(issue, index) =>
              hasReasonField(issue, index) ? (
                <div className="field release-override">
                  <label htmlFor={`approval-override-${index}`}>
                    {t('approval.override')}
                    <span className="visually-hidden">: {issue.message}</span>
                  </label>
                  <input
                    id={`approval-override-${index}`}
                    type="text"
                    autoComplete="off"
                    maxLength={1000}
                    value={reasonOf(issue)}
                    onChange={(e) => setReason(issue, e.target.value)}
                  />
                </div>
              ) : null
            }
          />
        ) : null}
      </section>

      <section className="approval-section" aria-labelledby="approvals-heading">
        <h3 id="approvals-heading">{t('approval.approvalsHeading')}</h3>
        <ApprovalList meeting={meeting} approvals={meeting.protocol.approvals} addendumId={null} locked={false} />
      </section>

      <section className="approval-section" aria-labelledby="approve-heading">
        <h3 id="approve-heading">{t('approval.approveHeading')}</h3>
        <p className="approval-intro">{t('approval.approveIntro')}</p>
        <SigningChoice value={sign} onChange={setSign} disabled={action.pending} />
        {unanswered > 0 ? <p className="release-dialog-blocking">{t('approval.blocking', { count: unanswered })}</p> : null}
        {action.error ? <ErrorAlert message={action.error} onDismiss={action.clear} dismissLabel={t('dialog.close')} /> : null}
        <p role="status" aria-live="polite">
          {action.pending ? (
            <>
              <span className="spinner" aria-hidden="true" />
              {t('approval.approving')}
            </>
          ) : null}
        </p>
        <button type="button" className="button button-primary" aria-disabled={action.pending || checks.state === 'running' || undefined} onClick={() => !action.pending && checks.state !== 'running' && submit()}>
          <Icon name="check" size={14} />
          {t('approval.approve')}
        </button>
        {!progress.complete ? <p className="field-hint">{t('approval.approveNeedsAll')}</p> : null}
      </section>
    </>
  );
}
