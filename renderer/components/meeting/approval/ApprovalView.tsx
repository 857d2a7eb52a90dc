import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApprovalOutcome } from '../../../../shared/api/methods/protocol-approval';
import type { MeetingDetail } from '../../../../shared/domain/entities';
import { approvalStage } from '../../../../shared/logic/approval';
import { MODE_PANEL_ID, modeTabId } from '../conduct/ModeSwitch';
import { AddendaSection } from './AddendaSection';
import { ApproveMinutes } from './ApproveMinutes';
import { ChainSection } from './ChainSection';
import { OutcomeFiles } from './OutcomeFiles';
import '../../../styles/approval.css';

/**
 * "Godkendelse": while the meeting is held, the protocol check, the approvals of the members who
 * took part (KSL § 13) and the approval itself; once approved, the frozen record's addenda and the
 * chain that proves it (shared/logic/approval says which).
 */
export function ApprovalView({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const approved = approvalStage(meeting.status) === 'approved';
  // Kept here: the approval re-reads the meeting, and the pane turns to the approved record.
  const [outcome, setOutcome] = useState<ApprovalOutcome | null>(null);
  return (
    <div className="approval-view" role="tabpanel" id={MODE_PANEL_ID} aria-labelledby={modeTabId('approval')} tabIndex={0}>
      <div className="approval-column">
        <h2 id="approval-heading" className="pane-title" tabIndex={-1}>
          {approved ? t('approval.headingApproved') : t('approval.heading')}
        </h2>
        {approved ? (
          <>
            {outcome ? <OutcomeFiles outcome={outcome} /> : null}
            <p className="approval-frozen">{t('approval.frozen')}</p>
            <AddendaSection meeting={meeting} />
            <ChainSection meeting={meeting} />
          </>
        ) : (
          <ApproveMinutes meeting={meeting} onApproved={setOutcome} />
        )}
      </div>
    </div>
  );
}
