import { memo, useCallback, useDeferredValue, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Item, MeetingDetail } from '../../../shared/domain/entities';
import { useCommitteeStore } from '../../stores/committee-store';
import { useMeetingStore, type DeletedItem } from '../../stores/meeting-store';
import { useUiStore } from '../../stores/ui-store';
import { ErrorAlert } from '../common/Alert';
import { EmptyState } from '../common/EmptyState';
import { Icon } from '../common/Icon';
import { AgendaFilter } from '../agenda/AgendaFilter';
import { matchesAgendaFilter } from '../agenda/agenda-filter';
import { onlyReordered } from '../agenda/only-reordered';
import { ItemActions } from '../agenda/ItemActions';
import { UndoToast } from '../agenda/UndoToast';
import { HistoryControls } from '../history/HistoryControls';
import { AddItemForm } from './AddItemForm';
import { AgendaList } from './AgendaList';
import { ItemDetail } from './ItemDetail';
import { MeetingHeader } from './MeetingHeader';
import { MeetingNotice } from './lifecycle/MeetingNotice';
import { AGENDA_LOCK_NOTE_ID, useChangeLock } from './lifecycle/use-lifecycle';
import { useChangedItemIds } from './use-item-document';
import { ReleaseChecksPanel } from './ReleaseChecksPanel';
import { ApprovalView } from './approval/ApprovalView';
import { ConductView } from './conduct/ConductView';
import { MODE_PANEL_ID, modeTabId } from './conduct/ModeSwitch';
import { conductAvailable, useMeetingMode } from './conduct/use-meeting-mode';

/** The selected meeting: header, agenda on the left, the opened item on the right. */
export function MeetingView({ meetingId }: { meetingId: number }) {
  const { t } = useTranslation();
  const meeting = useMeetingStore((s) => s.meeting);
  const loadError = useMeetingStore((s) => s.loadError);
  const open = useMeetingStore((s) => s.open);

  useEffect(() => {
    if (useMeetingStore.getState().meeting?.id !== meetingId) void open(meetingId);
  }, [meetingId, open]);

  if (loadError) {
    return (
      <div className="main-message">
        <ErrorAlert message={loadError} />
        <button type="button" className="button" onClick={() => void open(meetingId)}>
          {t('common.retry')}
        </button>
      </div>
    );
  }
  if (!meeting || meeting.id !== meetingId) {
    return (
      <p className="main-message muted" role="status">
        {t('common.loading')}
      </p>
    );
  }
  return <MeetingLoaded meeting={meeting} />;
}

function MeetingLoaded({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const itemId = useUiStore((s) => s.itemId);
  const selectItem = useUiStore((s) => s.selectItem);
  const standardItems = useCommitteeStore((s) => s.details[meeting.committeeId]?.standardItems);
  const adding = useUiStore((s) => s.addingItem);
  const setAdding = useUiStore((s) => s.setAddingItem);
  const opened = meeting.items.find((i) => i.id === itemId) ?? null;
  const [checksOpen, setChecksOpen] = useState(false);
  const toggleChecks = useCallback(() => setChecksOpen((o) => !o), []);
  // A move renumbers the agenda at once (Alt+↑ within the frame); the header and the opened item's
  // editors take it in a deferred render. Every other change reaches them in the same render.
  const deferred = useDeferredValue(meeting);
  const shownMeeting = deferred.id === meeting.id && onlyReordered(deferred, meeting) ? deferred : meeting;
  const detail = shownMeeting.items.find((i) => i.id === itemId) ?? null;
  const openedIndex = opened ? meeting.items.indexOf(opened) : -1;
  const moveItem = useMeetingStore((s) => s.moveItem);
  const deleteItem = useMeetingStore((s) => s.deleteItem);
  const restoreItem = useMeetingStore((s) => s.restoreItem);
  const [filter, setFilter] = useState('');
  const [undo, setUndo] = useState<{ deleted: DeletedItem; message: string } | null>(null);
  const closeToast = useCallback(() => setUndo(null), []);
  // What the status allows in the agenda (shared/logic/lifecycle); MeetingNotice says why not, once.
  const agenda = useChangeLock(meeting, 'agenda');
  const changedIds = useChangedItemIds(meeting);
  const shown = filter.trim() ? meeting.items.filter((i) => matchesAgendaFilter(i, filter)).length : meeting.items.length;
  // "Dagsorden" | "Mødet": the meeting screen once the record may be kept (shared/logic/lifecycle).
  const [mode, setMode] = useMeetingMode(meeting.id, meeting.status);
  const withModes = conductAvailable(meeting.status);

  async function remove(item: Item) {
    const deleted = await deleteItem(item.id);
    const next = meeting.items[deleted.index + 1] ?? meeting.items[deleted.index - 1] ?? null;
    selectItem(next && next.id !== item.id ? next.id : null);
    // Fortryd brings it back whole, bilag included (the server keeps it in its trash).
    setUndo({ deleted, message: t('agenda.deleted', { number: item.number }) });
  }

  useEffect(() => {
    if (!standardItems) void useCommitteeStore.getState().loadDetail(meeting.committeeId).catch(() => undefined);
  }, [meeting.committeeId, standardItems]);

  return (
    <div className="meeting-view">
      <DeferredHeader meeting={shownMeeting} checksOpen={checksOpen} onToggleChecks={toggleChecks} mode={withModes ? mode : undefined} onModeChange={withModes ? setMode : undefined} />
      {mode === 'agenda' ? <MeetingNotice meeting={meeting} /> : null}
      {checksOpen ? <ReleaseChecksPanel meeting={meeting} onClose={() => setChecksOpen(false)} /> : null}
      {mode === 'conduct' ? <ConductView meeting={meeting} /> : mode === 'approval' ? <ApprovalView meeting={meeting} /> : (
        <div className="meeting-columns" {...(withModes ? { role: 'tabpanel', id: MODE_PANEL_ID, 'aria-labelledby': modeTabId('agenda') } : {})}>
          <section className="agenda-pane" aria-labelledby="agenda-heading">
            <div className="pane-header">
              <h2 id="agenda-heading" className="pane-title">
                {t('agenda.heading')}
                <span className="pane-count">{t('agenda.itemCount', { count: meeting.items.length })}</span>
              </h2>
              {!adding || !agenda.allowed ? (
                <button
                  type="button"
                  className="button button-small"
                  disabled={!agenda.allowed}
                  aria-describedby={agenda.allowed ? undefined : AGENDA_LOCK_NOTE_ID}
                  onClick={() => setAdding(true)}
                >
                  <Icon name="plus" size={14} />
                  {t('agenda.addItem')}
                </button>
              ) : null}
            </div>
            {adding && agenda.allowed ? (
              <AddItemForm
                meetingId={meeting.id}
                members={meeting.members}
                atIndex={insertIndex(meeting.items, standardItems)}
                onDone={(item) => {
                  setAdding(false);
                  if (item) selectItem(item.id);
                }}
              />
            ) : null}
            {agenda.allowed ? <HistoryControls /> : null}
            {meeting.items.length > 0 ? <AgendaFilter value={filter} onChange={setFilter} shown={shown} total={meeting.items.length} /> : null}
            {opened ? (
              <ItemActions
                key={opened.id}
                item={opened}
                index={openedIndex}
                count={meeting.items.length}
                locked={!agenda.allowed}
                onMove={(toIndex) => moveItem(opened.id, toIndex)}
                onDuplicated={(copy) => selectItem(copy.id)}
                onDelete={() => remove(opened)}
              />
            ) : null}
            {meeting.items.length === 0 ? (
              <EmptyState icon="document" title={t('agenda.emptyTitle')}>
                <p>{t('agenda.emptyText')}</p>
              </EmptyState>
            ) : (
              <AgendaList items={meeting.items} openedId={opened?.id ?? null} onOpen={(id) => selectItem(id)} onMove={agenda.allowed ? moveItem : undefined} filter={filter} changedIds={changedIds} />
            )}
          </section>
          {/* Focusable so the keyboard can scroll a long item (WCAG 2.1.1). */}
          <section className="detail-pane" aria-label={t('item.paneLabel')} tabIndex={0}>
            {detail ? (
              <DeferredDetail key={detail.id} item={detail} meeting={shownMeeting} />
            ) : (
              <div className="detail-empty">
                <EmptyState icon="document" title={t('item.noneSelected')}>
                  <p>{t('item.noneSelectedText')}</p>
                </EmptyState>
              </div>
            )}
          </section>
        </div>
      )}
      {undo ? (
        <UndoToast
          key={`${undo.deleted.item.id}`}
          message={undo.message}
          onClose={closeToast}
          onUndo={async () => {
            const restored = await restoreItem(undo.deleted);
            selectItem(restored.id);
          }}
        />
      ) : null}
    </div>
  );
}

/** Rendered only when their (deferred) props change, not with every agenda render. */
const DeferredHeader = memo(MeetingHeader);
const DeferredDetail = memo(ItemDetail);

/** New items go before the standard items that close the agenda (Eventuelt). */
export function insertIndex(items: readonly Item[], standardItems: readonly { kind: string; title: string; placement: string }[] | undefined): number {
  const closing = (standardItems ?? []).filter((s) => s.placement === 'end');
  const isClosing = (item: Item) => item.kind === 'any_other_business' || closing.some((s) => s.kind === item.kind && s.title === item.title);
  let index = items.length;
  while (index > 0 && isClosing(items[index - 1]!)) index--;
  return index;
}
