import { useCallback, useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingDetail } from '../../../../shared/domain/entities';
import { useUiStore } from '../../../stores/ui-store';
import { EmptyState } from '../../common/EmptyState';
import { Icon } from '../../common/Icon';
import { AgendaList } from '../AgendaList';
import { useChangeLock } from '../lifecycle/use-lifecycle';
import { keepFocusAbovePreview } from './focus-above-preview';
import { ItemRecord } from './ItemRecord';
import { MODE_PANEL_ID, modeTabId } from './ModeSwitch';
import { RollCall } from './RollCall';
import { presentCount } from './roll-call-model';
import { regularMembers } from './item-presence-model';
import { useMeetingModeStore } from './use-meeting-mode';
import '../../../styles/conduct.css';

/**
 * "Mødet": the meeting screen, for typing during the meeting. On the left the roll call and the
 * agenda (the agenda view's own list, by keyboard); on the right the roll call or the opened item's
 * record with the live preview of the minutes. Alt+PageDown / Alt+PageUp go to the next or previous item.
 */
export function ConductView({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const view = useMeetingModeStore((s) => s.byMeeting[meeting.id]?.view ?? 'rollCall');
  const setView = useMeetingModeStore((s) => s.setView);
  const itemId = useUiStore((s) => s.itemId);
  const selectItem = useUiStore((s) => s.selectItem);
  const attendance = useChangeLock(meeting, 'attendance');
  const record = useChangeLock(meeting, 'record');
  const item = view === 'item' ? meeting.items.find((i) => i.id === itemId) ?? null : null;
  const members = regularMembers(meeting.members).length;
  const detailRef = useRef<HTMLElement>(null);

  // Another item, or the roll call, opens at its top, not where the last one was scrolled to.
  const shownId = item?.id ?? null;
  useLayoutEffect(() => {
    if (detailRef.current) detailRef.current.scrollTop = 0;
  }, [view, shownId]);

  const open = useCallback((id: number) => {
    selectItem(id);
    setView(meeting.id, 'item');
  }, [meeting.id, selectItem, setView]);

  const step = useCallback((delta: 1 | -1) => {
    const index = item ? meeting.items.indexOf(item) : -1;
    const next = meeting.items[index + delta];
    if (next) {
      open(next.id);
      window.setTimeout(() => document.getElementById(`record-${next.id}-title`)?.focus(), 0);
    } else if (delta === -1 && index === 0) {
      setView(meeting.id, 'rollCall');
    }
  }, [item, meeting.id, meeting.items, open, setView]);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (!event.altKey || (event.key !== 'PageDown' && event.key !== 'PageUp')) return;
    event.preventDefault();
    step(event.key === 'PageDown' ? 1 : -1);
  }

  const lock = view === 'rollCall' ? attendance : record;
  return (
    <div className="meeting-columns conduct-columns" role="tabpanel" id={MODE_PANEL_ID} aria-labelledby={modeTabId('conduct')} onKeyDown={onKeyDown}>
      <section className="agenda-pane conduct-agenda" aria-labelledby="conduct-agenda-heading">
        <div className="pane-header">
          <h2 id="conduct-agenda-heading" className="pane-title">
            {t('agenda.heading')}
            <span className="pane-count">{t('agenda.itemCount', { count: meeting.items.length })}</span>
          </h2>
        </div>
        <div className="roll-call-entry-wrap">
          <button
            type="button"
            className={`roll-call-entry${view === 'rollCall' ? ' is-open' : ''}`}
            aria-current={view === 'rollCall' ? 'true' : undefined}
            onClick={() => setView(meeting.id, 'rollCall')}
          >
            <span className="roll-call-entry-title">{t('conduct.rollCallEntry')}</span>
            <span className="roll-call-entry-summary">
              {meeting.attendance.length === 0
                ? t('conduct.rollCallNotRecorded')
                : t('conduct.rollCallSummary', { present: presentCount(meeting.members, meeting.attendance), members })}
            </span>
          </button>
        </div>
        <AgendaList items={meeting.items} openedId={item?.id ?? null} onOpen={open} />
      </section>
      <section ref={detailRef} className="detail-pane conduct-detail" aria-label={t('conduct.paneLabel')} tabIndex={0} onFocus={keepFocusAbovePreview}>
        {!lock.allowed && lock.reason ? (
          <p className="meeting-notice is-locked conduct-lock">
            <Icon name="lock" size={14} />
            <span>{t('conduct.lockedNote', { reason: lock.reason })}</span>
          </p>
        ) : null}
        {view === 'rollCall' ? (
          <RollCall key={meeting.id} meeting={meeting} readOnly={!attendance.allowed} />
        ) : item ? (
          <ItemRecord key={item.id} item={item} meeting={meeting} readOnly={!record.allowed} onStep={step} />
        ) : (
          <div className="detail-empty">
            <EmptyState icon="document" title={t('item.noneSelected')}>
              <p>{t('item.noneSelectedText')}</p>
            </EmptyState>
          </div>
        )}
      </section>
    </div>
  );
}
