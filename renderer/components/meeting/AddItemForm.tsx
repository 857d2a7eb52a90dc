import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Item } from '../../../shared/domain/entities';
import { useAction } from '../../hooks/use-action';
import { useMeetingStore } from '../../stores/meeting-store';
import { ErrorAlert } from '../common/Alert';
import { CheckboxField, TextField } from '../common/Fields';

/** A new item with its title (the full editor comes later); Enter adds, Escape cancels. */
export function AddItemForm({ meetingId, atIndex, onDone }: { meetingId: number; atIndex: number; onDone(item: Item | null): void }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const [isClosed, setIsClosed] = useState(false);
  const action = useAction();
  const createItem = useMeetingStore((s) => s.createItem);

  return (
    <form
      className="inline-form add-item-form"
      aria-label={t('agenda.addItemForm')}
      onSubmit={(e) => {
        e.preventDefault();
        void action.run(() => createItem({ meetingId, title, isClosed, atIndex })).then((item) => item && onDone(item));
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onDone(null);
        }
      }}
    >
      <TextField id="new-item-title" label={t('agenda.itemTitle')} value={title} onChange={setTitle} error={action.fieldErrors.title} autoFocus />
      <CheckboxField id="new-item-closed" label={t('agenda.closedItem')} checked={isClosed} onChange={setIsClosed} />
      <ErrorAlert message={action.error} />
      <div className="form-actions">
        <button type="submit" className="button button-primary button-small" aria-disabled={action.pending || undefined}>
          {t('agenda.addItemSubmit')}
        </button>
        <button type="button" className="button button-quiet button-small" onClick={() => onDone(null)}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
