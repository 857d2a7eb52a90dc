import { memo, useCallback, useEffect, useMemo, useRef, useState, type CSSProperties, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
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
  /** Items changed since the agenda was released (shared/logic/release-changes), marked in their rows. */
  changedIds?: ReadonlySet<number>;
}

/**
 * The agenda as a listbox: focus stays on the list, Up/Down/Home/End move the selection
 * (aria-activedescendant), Enter or Space opens the selected item, a click does both.
 * Alt+Up/Alt+Down move the selected item, and a drag does the same with the mouse; the new
 * position is announced in a live region, since the numbers change silently otherwise.
 */
export function AgendaList({ items: allItems, openedId, onOpen, onMove, filter = '', changedIds = NO_CHANGES }: AgendaListProps) {
  const { t } = useTranslation();
  const listRef = useRef<HTMLUListElement>(null);
  const filtering = filter.trim() !== '';
  const items = filtering ? allItems.filter((i) => matchesAgendaFilter(i, filter)) : allItems;
  const canMove = !!onMove && !filtering;
  const [activeId, setActiveId] = useState<number | null>(openedId ?? items[0]?.id ?? null);
  const [announcement, setAnnouncement] = useState('');
  const active = items.some((i) => i.id === activeId) ? activeId : (openedId !== null && items.some((i) => i.id === openedId) ? openedId : (items[0]?.id ?? null));
  const sensors = useSensors(useSensor(PointerSensor, POINTER));

  // Opening from elsewhere (a new item, a reload) moves the selection with it.
  useEffect(() => {
    if (openedId !== null) setActiveId(openedId);
  }, [openedId]);

  // Scrolled to in the next frame, not in the commit: a forced layout of the whole new list on open
  // (and again on the first key) cost more than the render. The first item needs no scroll on open.
  const mounted = useRef(false);
  useEffect(() => {
    const first = !mounted.current;
    mounted.current = true;
    if (active === null || (first && active === items[0]?.id)) return;
    const frame = requestAnimationFrame(() => {
      const element = listRef.current?.querySelector<HTMLElement>(`#${optionId(active)}`);
      if (element && typeof element.scrollIntoView === 'function') element.scrollIntoView({ block: 'nearest' });
    });
    return () => cancelAnimationFrame(frame);
    // Only a new active item scrolls; the list changing under it does not.
  }, [active]);

  // Stable for the memoized rows: a click opens the row's item with the latest handlers.
  const latest = useRef({ onOpen });
  latest.current = { onOpen };
  const onRowClick = useCallback((id: number) => {
    setActiveId(id);
    latest.current.onOpen(id);
    listRef.current?.focus();
  }, []);
  const labels = useRowLabels(t);
  const [dragging, setDragging] = useState(false);
  const ids = useSortOrder(items, dragging);

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
    setDragging(false);
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
        modifiers={MODIFIERS}
        onDragStart={() => setDragging(true)}
        onDragEnd={onDragEnd}
        onDragCancel={() => setDragging(false)}
        accessibility={{
          // Our own live region says where the item landed; dnd-kit's English messages stay silent.
          screenReaderInstructions: { draggable: t('agenda.moveHint') },
          announcements: { onDragStart: () => undefined, onDragOver: () => undefined, onDragEnd: () => undefined, onDragCancel: () => undefined },
        }}
      >
        <SortableContext items={ids} strategy={verticalListSortingStrategy} disabled={!canMove}>
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
              <AgendaRow key={item.id} item={item} active={item.id === active} opened={item.id === openedId} canMove={canMove} changed={changedIds.has(item.id)} labels={labels} onClick={onRowClick} />
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

/**
 * The ids for dnd-kit's SortableContext. Every sortable row renders again when this list changes, so
 * outside a drag a move (Alt+↑) keeps the list it had: dnd-kit needs the order only while dragging,
 * and the drop's target index is read from `items`. A drag, or items added or removed, take the new list.
 */
function useSortOrder(items: readonly Item[], dragging: boolean): number[] {
  const last = useRef<number[]>([]);
  const ids = items.map((i) => i.id);
  const sameItems = ids.length === last.current.length && new Set([...ids, ...last.current]).size === ids.length;
  const sameOrder = sameItems && ids.every((id, i) => id === last.current[i]);
  if (!sameItems || (dragging && !sameOrder)) last.current = ids;
  return last.current;
}

interface RowProps {
  item: Item;
  active: boolean;
  opened: boolean;
  canMove: boolean;
  /** Changed since the agenda was released: the change comes with the next version. */
  changed: boolean;
  labels: RowLabels;
  onClick(id: number): void;
}

/**
 * The sortable shell of a row, rendered again only when its own props change or (dnd-kit's context)
 * the order does; then it is small work, and what the row shows, RowContent, renders only when its item changes.
 */
const AgendaRow = memo(function AgendaRow({ item, active, opened, canMove, changed, labels, onClick }: RowProps) {
  // Only the listeners: the sortable's own attributes (role="button", tabIndex) would break the listbox.
  const { setNodeRef, listeners, transform, transition, isDragging } = useSortable({ id: item.id, disabled: !canMove });
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
      style={transform || transition ? { ...ROW_STYLE, transform: CSS.Translate.toString(transform), transition } : ROW_STYLE}
      onClick={() => onClick(item.id)}
      {...(canMove ? listeners : {})}
    >
      <RowContent item={item} canMove={canMove} changed={changed} labels={labels} />
    </li>
  );
});

/**
 * Rows out of view are not laid out until they scroll in (the browser keeps their last size): opening
 * a 60-item agenda spent 12 ms laying out rows nobody sees. Set here, beside the list it belongs to.
 */
const ROW_STYLE: CSSProperties = { contentVisibility: 'auto', containIntrinsicSize: 'auto 80px' };

const RowContent = memo(function RowContent({ item, canMove, changed, labels }: { item: Item; canMove: boolean; changed: boolean; labels: RowLabels }) {
  const uploadState = useItemUploadState(item.id);
  const kind = labels.kind(item.kind, item.title);
  return (
    <>
      {canMove ? (
        <span className="agenda-grip" aria-hidden="true">
          ⋮⋮
        </span>
      ) : null}
      <span className="agenda-number">{item.number}.</span>
      <span className="agenda-body">
        <span className="agenda-title">{item.title}</span>
        {item.isClosed || changed || kind || item.attachments.length > 0 || item.caseNumber ? (
          <span className="agenda-tags">
            {item.isClosed ? <ClosedMarker compact /> : null}
            {changed ? <span className="badge badge-changed is-compact">{labels.text('agenda.changedSinceRelease')}</span> : null}
            {kind ? <KindBadge kind={item.kind} title={item.title} /> : null}
            {item.attachments.length > 0 ? (
              <span className="agenda-bilag">
                <Icon name="paperclip" size={12} />
                {labels.text('agenda.bilagCount', item.attachments.length)}
              </span>
            ) : null}
            {item.caseNumber ? <span className="agenda-case">{labels.text('item.caseNumberShort', item.caseNumber)}</span> : null}
          </span>
        ) : null}
        {/* Always there (empty when idle), so a screen reader hears when an upload starts, ends or fails. */}
        <span className={`agenda-upload${uploadState === 'failed' ? ' is-failed' : ''}`} aria-live="polite" data-testid={`agenda-upload-${item.id}`}>
          {uploadState ? (
            <>
              <Icon name={uploadState === 'failed' ? 'alert' : 'paperclip'} size={12} />
              {uploadState === 'failed' ? labels.text('agenda.bilagFailed') : labels.text('agenda.bilagSending')}
            </>
          ) : null}
        </span>
      </span>
    </>
  );
});

/** The rows' texts, each looked up once per language: i18next's t() was a third of a row's render. */
interface RowLabels {
  kind(kind: Item['kind'], title: string): string | null;
  text(key: 'agenda.bilagCount' | 'item.caseNumberShort' | 'agenda.bilagFailed' | 'agenda.bilagSending' | 'agenda.changedSinceRelease', value?: string | number): string;
}

function useRowLabels(t: TFunction): RowLabels {
  return useMemo(() => {
    const cache = new Map<string, string | null>();
    const once = (key: string, make: () => string | null) => {
      if (!cache.has(key)) cache.set(key, make());
      return cache.get(key)!;
    };
    return {
      kind: (kind, title) => (kind === 'ordinary' ? null : once(`kind:${kind}:${title}`, () => kindBadgeLabel(t, kind, title))),
      text: (key, value) =>
        once(`${key}:${value ?? ''}`, () =>
          key === 'agenda.bilagCount' ? t(key, { count: Number(value) }) : key === 'item.caseNumberShort' ? t(key, { number: String(value) }) : t(key),
        )!,
    };
  }, [t]);
}

const NO_CHANGES: ReadonlySet<number> = new Set();

/** Stable, so dnd-kit's contexts (and with them all 60 rows) do not change with every render. */
const POINTER = { activationConstraint: { distance: 5 } };
const MODIFIERS = [restrictToVertical];

const optionId = (id: number) => `agenda-item-${id}`;
