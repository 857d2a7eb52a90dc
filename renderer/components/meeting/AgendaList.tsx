import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DndContext, PointerSensor, closestCenter, useSensor, useSensors, type DragEndEvent } from '@dnd-kit/core';
import { SortableContext, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { restrictToVertical } from '../agenda/restrict-to-vertical';
import { CSS } from '@dnd-kit/utilities';
import type { Item } from '../../../shared/domain/entities';
import { ClosedMarker, KindBadge, kindBadgeLabel } from '../common/Badges';
import { Icon } from '../common/Icon';
import { matchesAgendaFilter } from '../agenda/agenda-filter';
import { useItemUploadState } from '../../stores/bilag-upload-store';

export interface AgendaListProps {
  items: readonly Item[];
  /** The item shown in the detail pane. */
  openedId: number | null;
  onOpen(id: number): void;
  /** Moves an item to a new index in the full agenda; absent = the list cannot be reordered. */
  onMove?(id: number, toIndex: number): Promise<void> | void;
  /** Shows only items whose number, title or case number match; moving is off while filtering. */
  filter?: string;
}

/**
 * The agenda as a listbox: focus stays on the list, Up/Down/Home/End move the selection
 * (aria-activedescendant), Enter or Space opens the selected item, a click does both.
 * Alt+Up/Alt+Down move the selected item, and a drag does the same with the mouse; the new
 * position is announced in a live region, since the numbers change silently otherwise.
 */
export function AgendaList({ items: allItems, openedId, onOpen, onMove, filter = '' }: AgendaListProps) {
  const { t } = useTranslation();
  const listRef = useRef<HTMLUListElement>(null);
  const filtering = filter.trim() !== '';
  const items = filtering ? allItems.filter((i) => matchesAgendaFilter(i, filter)) : allItems;
  const canMove = !!onMove && !filtering;
  const [activeId, setActiveId] = useState<number | null>(openedId ?? items[0]?.id ?? null);
  const [announcement, setAnnouncement] = useState('');
  const active = items.some((i) => i.id === activeId) ? activeId : (openedId !== null && items.some((i) => i.id === openedId) ? openedId : (items[0]?.id ?? null));
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 5 } }));

  // Opening from elsewhere (a new item, a reload) moves the selection with it.
  useEffect(() => {
    if (openedId !== null) setActiveId(openedId);
  }, [openedId]);

  useEffect(() => {
    if (active === null) return;
    const element = listRef.current?.querySelector<HTMLElement>(`#${optionId(active)}`);
    if (element && typeof element.scrollIntoView === 'function') element.scrollIntoView({ block: 'nearest' });
  }, [active]);

  async function move(id: number, toIndex: number) {
    if (!onMove) return;
    setAnnouncement('');
    try {
      await onMove(id, toIndex);
      setAnnouncement(t('agenda.moved', { position: toIndex + 1 }));
    } catch (error) {
      setAnnouncement(t('agenda.moveFailed', { message: error instanceof Error ? error.message : String(error) }));
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLUListElement>) {
    const index = items.findIndex((i) => i.id === active);
    if (event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
      event.preventDefault();
      if (!canMove || active === null || index < 0) return;
      const toIndex = event.key === 'ArrowUp' ? index - 1 : index + 1;
      if (toIndex < 0 || toIndex >= items.length) return;
      void move(active, toIndex);
      return;
    }
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

  function onDragEnd(event: DragEndEvent) {
    const { active: dragged, over } = event;
    if (!over || dragged.id === over.id) return;
    const toIndex = items.findIndex((i) => i.id === over.id);
    if (toIndex < 0) return;
    setActiveId(Number(dragged.id));
    void move(Number(dragged.id), toIndex);
  }

  return (
    <>
      {filtering && items.length === 0 ? <p className="agenda-filter-none muted">{t('agenda.filterNone', { query: filter.trim() })}</p> : null}
      <DndContext
        sensors={sensors}
        collisionDetection={closestCenter}
        modifiers={[restrictToVertical]}
        onDragEnd={onDragEnd}
        accessibility={{
          // Our own live region says where the item landed; dnd-kit's English messages stay silent.
          screenReaderInstructions: { draggable: t('agenda.moveHint') },
          announcements: { onDragStart: () => undefined, onDragOver: () => undefined, onDragEnd: () => undefined, onDragCancel: () => undefined },
        }}
      >
        <SortableContext items={items.map((i) => i.id)} strategy={verticalListSortingStrategy} disabled={!canMove}>
          <ul
            ref={listRef}
            className={`agenda-list${canMove ? ' can-move' : ''}`}
            role="listbox"
            tabIndex={0}
            aria-label={t('agenda.listLabel')}
            aria-activedescendant={active !== null ? optionId(active) : undefined}
            aria-describedby={canMove ? 'agenda-move-hint' : undefined}
            onKeyDown={onKeyDown}
          >
            {items.map((item) => (
              <AgendaRow
                key={item.id}
                item={item}
                active={item.id === active}
                opened={item.id === openedId}
                canMove={canMove}
                onClick={() => {
                  setActiveId(item.id);
                  onOpen(item.id);
                  listRef.current?.focus();
                }}
              />
            ))}
          </ul>
        </SortableContext>
      </DndContext>
      {canMove ? (
        <p id="agenda-move-hint" className="visually-hidden">
          {t('agenda.moveHint')}
        </p>
      ) : null}
      <p className="visually-hidden" role="status" aria-live="polite" data-testid="agenda-announcer">
        {announcement}
      </p>
    </>
  );
}

function AgendaRow({ item, active, opened, canMove, onClick }: { item: Item; active: boolean; opened: boolean; canMove: boolean; onClick(): void }) {
  const { t } = useTranslation();
  // Only the listeners: the sortable's own attributes (role="button", tabIndex) would break the listbox.
  const { setNodeRef, listeners, transform, transition, isDragging } = useSortable({ id: item.id, disabled: !canMove });
  const uploadState = useItemUploadState(item.id);
  const classes = ['agenda-row'];
  if (active) classes.push('is-active');
  if (opened) classes.push('is-open');
  if (item.isClosed) classes.push('is-closed');
  if (isDragging) classes.push('is-dragging');
  return (
    <li
      ref={setNodeRef}
      id={optionId(item.id)}
      role="option"
      aria-selected={active}
      aria-current={opened ? 'true' : undefined}
      className={classes.join(' ')}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      onClick={onClick}
      {...(canMove ? listeners : {})}
    >
      {canMove ? (
        <span className="agenda-grip" aria-hidden="true">
          ⋮⋮
        </span>
      ) : null}
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
        {/* Always there (empty when idle), so a screen reader hears when an upload starts, ends or fails. */}
        <span className={`agenda-upload${uploadState === 'failed' ? ' is-failed' : ''}`} aria-live="polite" data-testid={`agenda-upload-${item.id}`}>
          {uploadState ? (
            <>
              <Icon name={uploadState === 'failed' ? 'alert' : 'paperclip'} size={12} />
              {uploadState === 'failed' ? t('agenda.bilagFailed') : t('agenda.bilagSending')}
            </>
          ) : null}
        </span>
      </span>
    </li>
  );
}

const optionId = (id: number) => `agenda-item-${id}`;
