import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Item, Membership } from '../../../shared/domain/entities';
import { danishIsoDate } from '../../../shared/format/danish-date';
import { useAction } from '../../hooks/use-action';
import { useMeetingStore } from '../../stores/meeting-store';
import { ErrorAlert } from '../common/Alert';
import { ITEM_FIELDS, itemFieldArgs, ItemFields, type ItemFieldValues } from './ItemFields';

/** Today in Denmark (not UTC, which is still yesterday just after midnight). */
const today = () => danishIsoDate(new Date());

const blank = (): ItemFieldValues => ({
  kind: 'ordinary', title: '', isClosed: false, publicTitle: '', caseNumber: '', personId: '', requestedOn: today(), requestText: '',
});

/**
 * A new item: kind, title, open or closed, case number, and for a member's request who asked,
 * when and what. Enter adds, Escape cancels. A standard kind fills in its usual title.
 */
export function AddItemForm({ meetingId, atIndex, members = [], onDone }: { meetingId: number; atIndex: number; members?: readonly Membership[]; onDone(item: Item | null): void }) {
  const { t } = useTranslation();
  const [values, setValues] = useState(blank);
  const action = useAction({ fields: ITEM_FIELDS });
  const createItem = useMeetingStore((s) => s.createItem);

  return (
    <form
      className="inline-form add-item-form"
      aria-label={t('agenda.addItemForm')}
      onSubmit={(e) => {
        e.preventDefault();
        const { publicTitle: _publicTitle, ...args } = itemFieldArgs(values);
        void action.run(() => createItem({ meetingId, atIndex, ...args })).then((item) => item && onDone(item));
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onDone(null);
        }
      }}
    >
      <ItemFields idPrefix="new-item" values={values} onChange={setValues} fieldErrors={action.fieldErrors} members={members} autoFocusTitle />
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
