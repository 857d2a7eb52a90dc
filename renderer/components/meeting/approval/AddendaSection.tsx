import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApprovalOutcome } from '../../../../shared/api/methods/protocol-approval';
import type { Addendum, MeetingDetail } from '../../../../shared/domain/entities';
import { approvalProgress } from '../../../../shared/logic/approval';
import { useAction } from '../../../hooks/use-action';
import { approveAddendum, deleteAddendum } from '../../../stores/protocol-actions';
import { ErrorAlert } from '../../common/Alert';
import { SigningChoice, type SigningRequest } from '../../export/SigningChoice';
import { AddendumForm } from './AddendumForm';
import { ApprovalList } from './ApprovalList';
import { OutcomeFiles } from './OutcomeFiles';

/**
 * Tilføjelser: approved minutes are corrected only by addition. Each addendum is written, approved
 * by the members as the minutes were, and then printed after the item's decision in the minutes'
 * next version; an approved addendum can no longer change.
 */
export function AddendaSection({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<Addendum | 'new' | null>(null);
  const [outcome, setOutcome] = useState<ApprovalOutcome | null>(null);
  return (
    <section className="approval-section" aria-labelledby="addenda-heading">
      <div className="approval-section-header">
        <h3 id="addenda-heading">{t('addenda.heading')}</h3>
        {editing === null ? (
          <button type="button" className="button button-small" onClick={() => setEditing('new')}>
            {t('addenda.new')}
          </button>
        ) : null}
      </div>
      <p className="approval-intro">{t('addenda.intro')}</p>
      {outcome ? <OutcomeFiles outcome={outcome} /> : null}
      {editing === 'new' ? <AddendumForm meeting={meeting} addendum={null} onDone={() => setEditing(null)} /> : null}
      {meeting.protocol.addenda.length === 0 && editing === null ? <p className="muted">{t('addenda.none')}</p> : null}
      <ol className="addenda-list">
        {meeting.protocol.addenda.map((addendum) =>
          editing !== 'new' && editing?.id === addendum.id ? (
            <li key={addendum.id}>
              <AddendumForm meeting={meeting} addendum={addendum} onDone={() => setEditing(null)} />
            </li>
          ) : (
            <AddendumEntry key={addendum.id} meeting={meeting} addendum={addendum} onEdit={() => setEditing(addendum)} onApproved={setOutcome} />
          ),
        )}
      </ol>
    </section>
  );
}

function AddendumEntry({ meeting, addendum, onEdit, onApproved }: { meeting: MeetingDetail; addendum: Addendum; onEdit(): void; onApproved(outcome: ApprovalOutcome): void }) {
  const { t, i18n } = useTranslation();
  const action = useAction();
  const [sign, setSign] = useState<SigningRequest>(null);
  const item = meeting.items.find((i) => i.id === addendum.itemId);
  const approved = addendum.approvedAt !== null;
  const progress = approvalProgress(meeting, meeting.protocol.approvalRule, addendum.approvals);
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Copenhagen' });
  return (
    <li className="addendum" data-testid="addendum">
      <p className="addendum-item">{item ? t('addenda.onItem', { number: item.number, title: item.title }) : null}</p>
      <p className="addendum-text">{addendum.text}</p>
      <p className="muted">{t('addenda.basis', { reason: addendum.reason, writtenBy: addendum.writtenBy })}</p>
      <p className="addendum-state">
        {approved ? t('addenda.approvedAt', { when: when.format(new Date(addendum.approvedAt!)) }) : t('addenda.pending')}
      </p>
      <ApprovalList meeting={meeting} approvals={addendum.approvals} addendumId={addendum.id} locked={approved} />
      {!approved ? (
        <div className="addendum-actions">
          <SigningChoice value={sign} onChange={setSign} disabled={action.pending} />
          <button type="button" className="button button-primary" aria-disabled={action.pending || !progress.complete || undefined} onClick={() => progress.complete && void action.run(async () => onApproved(await approveAddendum({ meetingId: meeting.id, id: addendum.id, sign })))}>
            {t('addenda.approve')}
          </button>
          {addendum.approvals.length === 0 ? (
            <>
              <button type="button" className="button button-small" onClick={onEdit}>{t('addenda.edit')}</button>
              <button type="button" className="button button-small button-quiet" onClick={() => void action.run(() => deleteAddendum(meeting.id, addendum.id))}>{t('addenda.delete')}</button>
            </>
          ) : null}
          {action.error ? <ErrorAlert message={action.error} onDismiss={action.clear} dismissLabel={t('dialog.close')} /> : null}
        </div>
      ) : null}
    </li>
  );
}
