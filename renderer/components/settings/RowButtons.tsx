import { useTranslation } from 'react-i18next';
import { Icon } from '../common/Icon';
import { move } from './reorder';

interface RowButtonsProps<T> {
  /** The start of the buttons' ids, unique to the row. */
  id: string;
  /** The row's name in the buttons' accessible labels. */
  label: string;
  rows: readonly T[];
  index: number;
  onChange(rows: T[]): void;
}

/** Move up, move down and remove for one row of a committee's list (sections, standard items). */
export function RowButtons<T>({ id, label, rows, index, onChange }: RowButtonsProps<T>) {
  const { t } = useTranslation();
  const first = index === 0;
  const last = index === rows.length - 1;
  const onMove = (delta: number) => onChange(move(rows, index, delta));
  const onRemove = () => onChange(rows.filter((_, i) => i !== index));
  // Reordering moves the row's DOM node, which drops focus: put it back on the same button,
  // or on the other arrow when the row reached the top or bottom.
  const moveAndKeepFocus = (delta: number) => {
    onMove(delta);
    setTimeout(() => {
      const same = document.getElementById(`${id}-${delta < 0 ? 'up' : 'down'}`) as HTMLButtonElement | null;
      const other = document.getElementById(`${id}-${delta < 0 ? 'down' : 'up'}`) as HTMLButtonElement | null;
      (same && !same.disabled ? same : other)?.focus();
    }, 0);
  };
  return (
    <span className="row-buttons">
      <button id={`${id}-up`} type="button" className="icon-button" onClick={() => moveAndKeepFocus(-1)} disabled={first} aria-label={t('common.moveUp', { name: label })} title={t('common.moveUpShort')}>
        <Icon name="up" />
      </button>
      <button id={`${id}-down`} type="button" className="icon-button" onClick={() => moveAndKeepFocus(1)} disabled={last} aria-label={t('common.moveDown', { name: label })} title={t('common.moveDownShort')}>
        <Icon name="down" />
      </button>
      <button type="button" className="icon-button icon-button-danger" onClick={onRemove} aria-label={t('common.removeNamed', { name: label })} title={t('common.remove')}>
        <Icon name="trash" />
      </button>
    </span>
  );
}
