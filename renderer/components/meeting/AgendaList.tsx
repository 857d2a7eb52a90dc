import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Item } from '../../../shared/domain/entities';
import { ClosedMarker, KindBadge, kindBadgeLabel } from '../common/Badges';
import { Icon } from '../common/Icon';

export interface AgendaListProps {
  items: readonly Item[];
  /** The item shown in the detail pane. */
  openedId: number | null;
  onOpen(id: number): void;
}

/**
 * The agenda as a listbox: focus stays on the list, Up/Down/Home/End move the selection
 * (aria-activedescendant), Enter or Space opens the selected item, a click does both.
 */
export function AgendaList({ items, openedId, onOpen }: AgendaListProps) {
  const { t } = useTranslation();
  const listRef = useRef<HTMLUListElement>(null);
  const [activeId, setActiveId] = useState<number | null>(openedId ?? items[0]?.id ?? null);
  const active = items.some((i) => i.id === activeId) ? activeId : (openedId ?? items[0]?.id ?? null);

  // Opening from elsewhere (a new item, a reload) moves the selection with it.
  useEffect(() => {
    if (openedId !== null) setActiveId(openedId);
  }, [openedId]);

  useEffect(() => {
    if (active === null) return;
    const element = listRef.current?.querySelector<HTMLElement>(`#${optionId(active)}`);
    if (element && typeof element.scrollIntoView === 'function') element.scrollIntoView({ block: 'nearest' });
  }, [active]);

  function onKeyDown(event: KeyboardEvent<HTMLUListElement>) {
    const index = items.findIndex((i) => i.id === active);
    let next: number;
    switch (event.key) {
      case 'ArrowDown':
        next = Math.min(index + 1, items.length - 1);
        break;
      case 'ArrowUp':
        next = Math.max(index - 1, 0);
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = items.length - 1;
        break;
      case 'Enter':
      case ' ':
        event.preventDefault();
        if (active !== null) onOpen(active);
        return;
      default:
        return;
    }
    event.preventDefault();
    const item = items[next];
    if (item) setActiveId(item.id);
  }

  return (
    <ul
      ref={listRef}
      className="agenda-list"
      role="listbox"
      tabIndex={0}
      aria-label={t('agenda.listLabel')}
      aria-activedescendant={active !== null ? optionId(active) : undefined}
      onKeyDown={onKeyDown}
    >
      {items.map((item) => {
        const classes = ['agenda-row'];
        if (item.id === active) classes.push('is-active');
        if (item.id === openedId) classes.push('is-open');
        if (item.isClosed) classes.push('is-closed');
        return (
          <li
            key={item.id}
            id={optionId(item.id)}
            role="option"
            aria-selected={item.id === active}
            aria-current={item.id === openedId ? 'true' : undefined}
            className={classes.join(' ')}
            onClick={() => {
              setActiveId(item.id);
              onOpen(item.id);
              listRef.current?.focus();
            }}
          >
            <span className="agenda-number">{item.number}.</span>
            <span className="agenda-body">
              <span className="agenda-title">{item.title}</span>
              {item.isClosed || kindBadgeLabel(t, item.kind, item.title) || item.attachments.length > 0 || item.caseNumber ? (
                <span className="agenda-tags">
                  {item.isClosed ? <ClosedMarker compact /> : null}
                  <KindBadge kind={item.kind} title={item.title} />
                  {item.attachments.length > 0 ? (
                    <span className="agenda-bilag">
                      <Icon name="paperclip" size={12} />
                      {t('agenda.bilagCount', { count: item.attachments.length })}
                    </span>
                  ) : null}
                  {item.caseNumber ? <span className="agenda-case">{t('item.caseNumberShort', { number: item.caseNumber })}</span> : null}
                </span>
              ) : null}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

const optionId = (id: number) => `agenda-item-${id}`;
