import { useTranslation } from 'react-i18next';
import type { Item } from '../../../shared/domain/entities';
import { useAction } from '../../hooks/use-action';
import { useMeetingStore } from '../../stores/meeting-store';
import { ErrorAlert } from '../common/Alert';
import { Icon } from '../common/Icon';
import { AGENDA_LOCK_NOTE_ID } from '../meeting/lifecycle/use-lifecycle';

export interface ItemActionsProps {
  item: Item;
  index: number;
  count: number;
  onMove(toIndex: number): Promise<void>;
  onDuplicated(item: Item): void;
  /** Asked to delete; the parent deletes and shows the undo toast. */
  onDelete(): Promise<void>;
  /** The meeting's status forbids agenda changes: every control is disabled, and the one note under the header says why. */
  locked?: boolean;
}

/**
 * What can be done to the opened item: open/closed, move, duplicate, delete. A delete happens at
 * once: Fortryd (the toast, Ctrl+Z) brings the item back whole, with its bilag.
 */
export function ItemActions({ item, index, count, onMove, onDuplicated, onDelete, locked = false }: ItemActionsProps) {
  const { t } = useTranslation();
  const action = useAction();
  const updateItem = useMeetingStore((s) => s.updateItem);
  const duplicateItem = useMeetingStore((s) => s.duplicateItem);

  return (
    <div className="item-actions" role="group" aria-label={t('agenda.actionsLabel')} aria-describedby={locked ? AGENDA_LOCK_NOTE_ID : undefined}>
      <div className="item-actions-row">
        <button
          type="button"
          className={`button button-small closed-toggle${item.isClosed ? ' is-closed' : ''}`}
          aria-pressed={item.isClosed}
          disabled={locked}
          onClick={() => void action.run(() => updateItem({ id: item.id, isClosed: !item.isClosed }))}
        >
          <Icon name="lock" size={14} />
          {t('agenda.isClosedState')}
        </button>
        <span className="item-actions-spacer" />
        <button type="button" className="button button-quiet button-small" aria-label={t('common.moveUp', { name: t('item.number', { number: item.number }) })} disabled={locked || index <= 0} onClick={() => void action.run(() => onMove(index - 1))}>
          <Icon name="up" size={14} />
        </button>
        <button type="button" className="button button-quiet button-small" aria-label={t('common.moveDown', { name: t('item.number', { number: item.number }) })} disabled={locked || index >= count - 1} onClick={() => void action.run(() => onMove(index + 1))}>
          <Icon name="down" size={14} />
        </button>
        <button type="button" className="button button-quiet button-small" disabled={locked} onClick={() => void action.run(() => duplicateItem(item.id)).then((copy) => copy && onDuplicated(copy))}>
          <Icon name="document" size={14} />
          {t('agenda.duplicate')}
        </button>
        <button
          type="button"
          className="button button-quiet button-small"
          aria-label={t('agenda.deleteNamed', { number: item.number })}
          disabled={locked}
          onClick={() => void action.run(onDelete)}
        >
          <Icon name="trash" size={14} />
          {t('agenda.delete')}
        </button>
      </div>
      <ErrorAlert message={action.error} />
    </div>
  );
}
