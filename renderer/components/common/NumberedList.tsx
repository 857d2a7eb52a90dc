import type { ReactNode } from 'react';
import { RowActions } from './RowActions';

interface NumberedListProps<T extends { key: number }> {
  items: readonly T[];
  /** Added to the list's and each row's own classes. */
  className?: { list: string; item: string };
  labels(number: number): { up: string; down: string; remove: string };
  onMove(index: number, step: -1 | 1): void;
  onRemove(key: number): void;
  children(item: T, number: number): ReactNode;
}

/**
 * An ordered list edited in place (recommendation points, notices): each row its number, its fields
 * and its buttons. Nothing at all while it is empty.
 */
export function NumberedList<T extends { key: number }>({ items, className, labels, onMove, onRemove, children: fields }: NumberedListProps<T>) {
  if (items.length === 0) return null;
  return (
    <ol className={className ? `points-edit-list ${className.list}` : 'points-edit-list'}>
      {items.map((item, index) => {
        const number = index + 1;
        return (
          <li key={item.key} className={className ? `point-edit ${className.item}` : 'point-edit'}>
            <span className="point-number" aria-hidden="true">
              {number}.
            </span>
            <div className="point-fields">{fields(item, number)}</div>
            <RowActions index={index} count={items.length} labels={labels(number)} onMove={onMove} onRemove={() => onRemove(item.key)} />
          </li>
        );
      })}
    </ol>
  );
}
