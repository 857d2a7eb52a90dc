import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommitteeDetail } from '../../../shared/domain/entities';
import { committeeKinds, type CommitteeKind } from '../../../shared/domain/enums';
import { useAction } from '../../hooks/use-action';
import { useCommitteeStore } from '../../stores/committee-store';
import { ErrorAlert, StatusMessage } from '../common/Alert';
import { TimeField } from '../common/DateTimeFields';
import { SelectField, TextField } from '../common/Fields';
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
  const [saved, setSaved] = useState<string | null>(null);
  const action = useAction();
  const title = detail ? t('committees.editTitle') : t('committees.createTitle');

  const reset = () => {
    setName(detail?.name ?? '');
    setKind(detail?.kind ?? 'fagudvalg');
    setPlace(detail?.defaultPlace ?? '');
    setTime(detail?.defaultStartTime ?? '');
    action.clear();
  };

  return (
    <form
      className="form-card"
      aria-label={title}
      onSubmit={(e) => {
        e.preventDefault();
        setSaved(null);
        const fields = { name, kind, defaultPlace: place.trim() || null, defaultStartTime: time || null };
        void action.run(() => (detail ? store.update({ id: detail.id, ...fields }) : store.create(fields))).then((result) => {
          if (!result) return;
          if (detail) setSaved(t('common.saved'));
          else onDone(result);
        });
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          reset();
          if (!detail && canCancel) onDone(null);
        }
      }}
    >
      <h2 className="form-title">{title}</h2>
      <div className="form-grid">
        <TextField id="committee-name" label={t('committees.name')} value={name} onChange={setName} error={action.fieldErrors.name} autoFocus={!detail} />
        <SelectField
          id="committee-kind"
          label={t('committees.kind')}
          value={kind}
          onChange={setKind}
          error={action.fieldErrors.kind}
          options={committeeKinds.map((k) => ({ value: k, label: t(`committeeKind.${k}`) }))}
        />
        <TextField id="committee-place" label={t('committees.defaultPlace')} value={place} onChange={setPlace} error={action.fieldErrors.defaultPlace} />
        <TimeField id="committee-time" label={t('committees.defaultStartTime')} value={time} onChange={setTime} error={action.fieldErrors.defaultStartTime} />
      </div>
      <ErrorAlert message={action.error} />
      <div className="form-actions">
        <button type="submit" className="button button-primary" aria-disabled={action.pending || undefined}>
          {detail ? t('common.saveChanges') : t('committees.create')}
        </button>
        {!detail && canCancel ? (
          <button type="button" className="button button-quiet" onClick={() => onDone(null)}>
            {t('common.cancel')}
          </button>
        ) : null}
        <StatusMessage message={saved} />
      </div>
    </form>
  );
}
