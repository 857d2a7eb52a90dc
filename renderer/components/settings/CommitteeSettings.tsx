import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommitteeDetail } from '../../../shared/domain/entities';
import { approvalRules, committeeKinds, type ApprovalRule, type CommitteeKind } from '../../../shared/domain/enums';
import { useFormSubmit } from '../../hooks/use-form-submit';
import { useCommitteeStore } from '../../stores/committee-store';
import { ErrorAlert, StatusMessage } from '../common/Alert';
import { TimeField } from '../common/DateTimeFields';
import { SelectField, TextField } from '../common/Fields';
import { Form } from '../common/Form';
import { CancelButton, SubmitButton } from '../common/FormButtons';
import { Icon } from '../common/Icon';
import { CommitteePicker, useSettingsCommittee } from './CommitteePicker';
import { MembershipEditor } from './MembershipEditor';
import { SettingsHeader } from './SettingsView';

/** Udvalg: create a committee, edit its defaults, and manage its members. */
export function CommitteeSettings() {
  const { t } = useTranslation();
  const committees = useCommitteeStore((s) => s.committees);
  const { committeeId, detail, setCommitteeId } = useSettingsCommittee();
  const [creating, setCreating] = useState(false);
  const showCreate = creating || committees.length === 0;

  return (
    <div className="page">
      <SettingsHeader title={t('committees.title')} intro={t('committees.intro')} />
      <div className="toolbar">
        <CommitteePicker
          committeeId={showCreate ? null : committeeId}
          onChange={(id) => {
            setCreating(false);
            setCommitteeId(id);
          }}
        />
        {!showCreate ? (
          <button type="button" className="button" onClick={() => setCreating(true)}>
            <Icon name="plus" size={14} />
            {t('committees.new')}
          </button>
        ) : null}
      </div>
      {showCreate ? (
        <CommitteeForm
          key="new"
          detail={null}
          onDone={(created) => {
            setCreating(false);
            if (created) setCommitteeId(created.id);
          }}
          canCancel={committees.length > 0}
        />
      ) : detail ? (
        <>
          <CommitteeForm key={detail.id} detail={detail} onDone={() => undefined} canCancel={false} />
          <MembershipEditor key={`m-${detail.id}`} committee={detail} />
        </>
      ) : (
        <p className="muted" role="status">
          {t('common.loading')}
        </p>
      )}
    </div>
  );
}

function CommitteeForm({ detail, onDone, canCancel }: { detail: CommitteeDetail | null; onDone(created: CommitteeDetail | null): void; canCancel: boolean }) {
  const { t } = useTranslation();
  const store = useCommitteeStore();
  const [name, setName] = useState(detail?.name ?? '');
  const [kind, setKind] = useState<CommitteeKind>(detail?.kind ?? 'fagudvalg');
  const [place, setPlace] = useState(detail?.defaultPlace ?? '');
  const [time, setTime] = useState(detail?.defaultStartTime ?? '');
  const [approvalRule, setApprovalRule] = useState<ApprovalRule>(detail?.approvalRule ?? 'all_present');
  const form = useFormSubmit({ fields: ['name', 'kind', 'defaultPlace', 'defaultStartTime', 'approvalRule'] });
  const title = detail ? t('committees.editTitle') : t('committees.createTitle');

  const reset = () => {
    setName(detail?.name ?? '');
    setKind(detail?.kind ?? 'fagudvalg');
    setPlace(detail?.defaultPlace ?? '');
    setTime(detail?.defaultStartTime ?? '');
    setApprovalRule(detail?.approvalRule ?? 'all_present');
    form.clear();
  };

  return (
    <Form
      label={title}
      onSubmit={() => {
        const fields = { name, kind, defaultPlace: place.trim() || null, defaultStartTime: time || null, approvalRule };
        void form.submit(() => (detail ? store.update({ id: detail.id, ...fields }) : store.create(fields)), (result) => {
          if (detail) return t('common.saved');
          onDone(result);
          return null;
        });
      }}
      onEscape={() => {
        reset();
        if (!detail && canCancel) onDone(null);
      }}
    >
      <h2 className="form-title">{title}</h2>
      <div className="form-grid">
        <TextField id="committee-name" label={t('committees.name')} value={name} onChange={setName} error={form.fieldErrors.name} autoFocus={!detail} />
        <SelectField
          id="committee-kind"
          label={t('committees.kind')}
          value={kind}
          onChange={setKind}
          error={form.fieldErrors.kind}
          options={committeeKinds.map((k) => ({ value: k, label: t(`committeeKind.${k}`) }))}
        />
        <TextField id="committee-place" label={t('committees.defaultPlace')} value={place} onChange={setPlace} error={form.fieldErrors.defaultPlace} />
        <TimeField id="committee-time" label={t('committees.defaultStartTime')} value={time} onChange={setTime} error={form.fieldErrors.defaultStartTime} />
        <SelectField
          id="committee-approval-rule"
          label={t('committees.approvalRule')}
          value={approvalRule}
          onChange={setApprovalRule}
          error={form.fieldErrors.approvalRule}
          hint={t('committees.approvalRuleHint')}
          options={approvalRules.map((r) => ({ value: r, label: t(`committees.approvalRules.${r}`) }))}
        />
      </div>
      <ErrorAlert message={form.error} />
      <div className="form-actions">
        <SubmitButton pending={form.pending}>{detail ? t('common.saveChanges') : t('committees.create')}</SubmitButton>
        {!detail && canCancel ? <CancelButton onClick={() => onDone(null)} /> : null}
        <StatusMessage message={form.status} />
      </div>
    </Form>
  );
}
