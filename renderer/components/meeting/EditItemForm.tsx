import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Item, Membership } from '../../../shared/domain/entities';
import { useAction } from '../../hooks/use-action';
import { useMeetingStore } from '../../stores/meeting-store';
import { ErrorAlert } from '../common/Alert';
import { ITEM_FIELDS, itemFieldArgs, ItemFields, itemFieldValues } from './ItemFields';

/**
 * Corrects an item after it was created: title, kind, case number, the member's request, open or
 * closed and the public title, saved in one change (one step for Fortryd). Escape cancels.
 */
export function EditItemForm({ item, members, onDone }: { item: Item; members: readonly Membership[]; onDone(): void }) {
  const { t } = useTranslation();
  const [values, setValues] = useState(() => itemFieldValues(item));
  const action = useAction({ fields: ITEM_FIELDS });
  const updateItem = useMeetingStore((s) => s.updateItem);

  return (
    <form
      className="inline-form edit-item-form"
      aria-label={t('agenda.editItemForm', { number: item.number })}
      onSubmit={(e) => {
        e.preventDefault();
        void action.run(() => updateItem({ id: item.id, ...itemFieldArgs(values) })).then((saved) => saved && onDone());
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onDone();
        }
      }}
    >
      <ItemFields idPrefix={`edit-item-${item.id}`} values={values} onChange={setValues} fieldErrors={action.fieldErrors} members={members} autoFocusTitle />
      <ErrorAlert message={action.error} />
      <div className="form-actions">
        <button type="submit" className="button button-primary button-small" aria-disabled={action.pending || undefined}>
          {t('agenda.editItemSubmit')}
        </button>
        <button type="button" className="button button-quiet button-small" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
