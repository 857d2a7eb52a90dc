import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Addendum, MeetingDetail } from '../../../../shared/domain/entities';
import { useAction } from '../../../hooks/use-action';
import { saveAddendum } from '../../../stores/protocol-actions';
import { ErrorAlert } from '../../common/Alert';

/** A new addendum, or one not yet approved: the item, the text, why, and who wrote it. */
export function AddendumForm({ meeting, addendum, onDone }: { meeting: MeetingDetail; addendum: Addendum | null; onDone(): void }) {
  const { t } = useTranslation();
  const action = useAction({ fields: ['itemId', 'text', 'reason', 'writtenBy'] });
  const [itemId, setItemId] = useState(addendum?.itemId ?? meeting.items[0]?.id ?? 0);
  const [text, setText] = useState(addendum?.text ?? '');
  const [reason, setReason] = useState(addendum?.reason ?? '');
  const [writtenBy, setWrittenBy] = useState(addendum?.writtenBy ?? '');
  const id = addendum ? `addendum-${addendum.id}` : 'addendum-new';
  const errorOf = (field: string) => action.fieldErrors[field];

  return (
    <form
      className="addendum-form"
      aria-label={addendum ? t('addenda.editTitle') : t('addenda.newTitle')}
      onSubmit={(e) => {
        e.preventDefault();
        void action.run(async () => {
          await saveAddendum({ meetingId: meeting.id, itemId, text, reason, writtenBy, ...(addendum ? { id: addendum.id } : {}) });
          onDone();
        });
      }}
    >
      <label className="field">
        <span className="field-label">{t('addenda.item')}</span>
        <select id={`${id}-item`} value={itemId} onChange={(e) => setItemId(Number(e.target.value))}>
          {meeting.items.map((i) => (
            <option key={i.id} value={i.id}>{`${i.number}. ${i.title}`}</option>
          ))}
        </select>
      </label>
      {(['text', 'reason', 'writtenBy'] as const).map((field) => {
        const value = { text, reason, writtenBy }[field];
        const set = { text: setText, reason: setReason, writtenBy: setWrittenBy }[field];
        const error = errorOf(field);
        return (
          <div className="field" key={field}>
            <label htmlFor={`${id}-${field}`}>{t(`addenda.${field}`)}</label>
            {field === 'writtenBy' ? (
              <input id={`${id}-${field}`} type="text" value={value} onChange={(e) => set(e.target.value)} aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-${field}-error` : undefined} />
            ) : (
              <textarea id={`${id}-${field}`} rows={field === 'text' ? 4 : 2} value={value} onChange={(e) => set(e.target.value)} aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-${field}-error` : undefined} />
            )}
            {error ? <p id={`${id}-${field}-error`} className="field-error">{error}</p> : null}
          </div>
        );
      })}
      {action.error ? <ErrorAlert message={action.error} /> : null}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={action.pending}>
          {addendum ? t('common.saveChanges') : t('addenda.create')}
        </button>
        <button type="button" className="button button-quiet" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
