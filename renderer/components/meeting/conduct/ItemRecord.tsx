import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { generatedDecisionText, generatedPresenceText } from '../../../../shared/document';
import type { Committee, Item, MeetingDetail, SentenceOverride } from '../../../../shared/domain/entities';
import { quorumFor } from '../../../../shared/logic/quorum';
import { votersForItem } from '../../../../shared/logic/voters-for-item';
import { useCommitteeStore } from '../../../stores/committee-store';
import { useMeetingStore } from '../../../stores/meeting-store';
import { ClosedMarker, KindBadge } from '../../common/Badges';
import { Icon } from '../../common/Icon';
import { SaveStatus, useSaveTracker } from '../../editor/save-status';
import { DecisionCard } from './DecisionCard';
import {
  checkDecision, decisionPayload, draftDecision, type DecisionPayload, draftsOf, nextPoints, previewDecision, takenPoints, type DraftDecision,
} from './draft-decisions';
import type { Forwarded } from './ForwardCase';
import { ItemPresence } from './ItemPresence';
import { missingReasons, presenceDraftOf, presenceRows, type PresenceDraft } from './item-presence-model';
import { RecordPreview } from './RecordPreview';
import { previewDocument, useProtocolContext, usePreviewSource } from './use-record-preview';
import { useRecordAutosave } from './use-record-autosave';
import { rowsFor } from './text-rows';

/** Where each case was forwarded in this session, by item (items:forward returns it once). */
const forwardedByItem = new Map<number, Forwarded>();

/**
 * One item during the meeting: who takes part, the decisions with their votes, dissents and notes,
 * a closed item's public extract, and beside it the live preview of what the minutes print. What
 * the secretary types is the screen's own state; each part is saved in the background by the
 * editors' autosave rule and the item the API returns goes through the meeting store.
 */
export function ItemRecord({ item, meeting, readOnly, onStep }: { item: Item; meeting: MeetingDetail; readOnly: boolean; onStep?: (delta: 1 | -1) => void }) {
  const { t } = useTranslation();
  const context = useProtocolContext(meeting);
  const source = usePreviewSource(meeting, item);
  const saves = useSaveTracker();
  const committees = useCommitteeStore((s) => s.committees);
  const otherCommittees = useMemo<Committee[]>(() => committees.filter((c) => c.id !== meeting.committeeId && !c.archived), [committees, meeting.committeeId]);
  const { setItemAttendance, setDecisions, updateItemRecord, forwardItem } = useMeetingStore.getState();

  const [presence, setPresence] = useState<PresenceDraft>(() => presenceDraftOf(item));
  const [drafts, setDrafts] = useState<DraftDecision[]>(() => draftsOf(item.decisions));
  const [presenceOverride, setPresenceOverride] = useState<SentenceOverride | null>(item.presenceOverride);
  const [extract, setExtract] = useState(item.publicExtract ?? '');
  const [forwarded, setForwarded] = useState<Forwarded | null>(forwardedByItem.get(item.id) ?? null);
  const touched = useRef({ presence: false, decisions: false, record: false });
  /** A part not saved because of a problem shown at its field; its status clears when the problem goes. */
  const held = useRef({ presence: false, decisions: false });

  const single = item.kind === 'announcements';
  const points = useMemo(() => [...item.points].sort((a, b) => a.number - b.number), [item.points]);
  const draftPresenceItem = useMemo(() => ({ position: item.position, ...presence }), [item.position, presence]);
  const voters = useMemo(() => votersForItem(context.meeting, draftPresenceItem, context.people), [context, draftPresenceItem]);
  const rows = useMemo(() => presenceRows(context.meeting, item, presence, context.people), [context, item, presence]);
  const quorum = useMemo(() => quorumFor(meeting.members, voters), [meeting.members, voters]);
  const checks = useMemo(() => drafts.map((d) => checkDecision(d, voters, context.parties)), [drafts, voters, context.parties]);

  // The item as the minutes would print it now: the stored item with what is typed here.
  const draftItem = useMemo<Item>(() => ({
    ...item,
    ...presence,
    decisions: drafts.flatMap((d, i) => (checks[i]!.blank ? [] : [previewDecision(d, checks[i]!)])),
    presenceOverride: presenceOverride && presenceOverride.text.trim() !== '' ? presenceOverride : null,
    publicExtract: extract.trim() === '' ? null : extract,
  }), [item, presence, drafts, checks, presenceOverride, extract]);
  const generatedPresence = useMemo(() => generatedPresenceText(draftItem, context), [draftItem, context]);
  const doc = useMemo(() => (source ? previewDocument(draftItem, source) : null), [draftItem, source]);
  const publicDoc = useMemo(() => (source && item.isClosed ? previewDocument(draftItem, source, 'public') : null), [draftItem, source, item.isClosed]);

  const presenceSave = useRecordAutosave<PresenceDraft>('presence', (v) => setItemAttendance({ itemId: item.id, entries: v.attendance, substitutes: v.substitutes }), saves.report);
  const decisionsSave = useRecordAutosave<DecisionPayload[]>('decisions', (decisions) => setDecisions({ itemId: item.id, decisions }), saves.report);
  const recordSave = useRecordAutosave<{ publicExtract: string | null; presenceOverride: SentenceOverride | null }>(
    'record', (v) => updateItemRecord({ itemId: item.id, ...v }), saves.report,
  );

  // Each part is saved when the secretary changed it, never on opening: the stored record stays as it was until then.
  const lastPresence = useRef(JSON.stringify(presenceDraftOf(item)));
  useEffect(() => {
    if (!touched.current.presence) return;
    const missing = missingReasons(presence);
    if (missing.length > 0) {
      held.current.presence = true;
      presenceSave.hold(t('conduct.notSavedProblems'));
      return;
    }
    const json = JSON.stringify(presence);
    const wasHeld = held.current.presence;
    held.current.presence = false;
    if (json === lastPresence.current) {
      if (wasHeld) saves.report('presence', { kind: 'saved' });
      return;
    }
    lastPresence.current = json;
    presenceSave.schedule(presence);
  }, [presence]);

  const payload = useMemo(() => drafts.flatMap((d, i) => (checks[i]!.blank ? [] : [decisionPayload(d, checks[i]!.rounds)])), [drafts, checks]);
  const lastDecisions = useRef<string | null>(null);
  useEffect(() => {
    if (!touched.current.decisions) {
      lastDecisions.current ??= JSON.stringify(payload);
      return;
    }
    if (checks.some((c) => c.blocked)) {
      held.current.decisions = true;
      decisionsSave.hold(t('conduct.notSavedProblems'));
      return;
    }
    const json = JSON.stringify(payload);
    const wasHeld = held.current.decisions;
    held.current.decisions = false;
    if (json === lastDecisions.current) {
      if (wasHeld) saves.report('decisions', { kind: 'saved' });
      return;
    }
    lastDecisions.current = json;
    decisionsSave.schedule(payload);
  }, [payload, checks]);

  const record = useMemo(() => ({ publicExtract: extract.trim() === '' ? null : extract, presenceOverride: draftItem.presenceOverride }), [extract, draftItem.presenceOverride]);
  const lastRecord = useRef(JSON.stringify({ publicExtract: item.publicExtract, presenceOverride: item.presenceOverride }));
  useEffect(() => {
    if (!touched.current.record) return;
    const json = JSON.stringify(record);
    if (json === lastRecord.current) return;
    lastRecord.current = json;
    recordSave.schedule(record);
  }, [record]);

  const changePresence = useCallback((next: PresenceDraft) => {
    touched.current.presence = true;
    // A change in who takes part can change which votes hold: the decisions are checked (and saved) again.
    touched.current.decisions = true;
    setPresence(next);
  }, []);
  const changeDrafts = useCallback((change: (drafts: DraftDecision[]) => DraftDecision[]) => {
    touched.current.decisions = true;
    setDrafts(change);
  }, []);
  const changeRecord = <T,>(set: (value: T) => void) => (value: T) => {
    touched.current.record = true;
    set(value);
  };

  async function forward(committee: Committee) {
    decisionsSave.flush();
    await decisionsSave.settle();
    const { item: created, meeting: target } = await forwardItem({ itemId: item.id, committeeId: committee.id });
    const where: Forwarded = { committeeName: committee.name, date: target?.date ?? null, number: created.number };
    forwardedByItem.set(item.id, where);
    setForwarded(where);
  }

  const idPrefix = `record-${item.id}`;
  return (
    <article className={`item-record${item.isClosed ? ' is-closed' : ''}`} aria-labelledby={`${idPrefix}-title`}>
      <header className="item-header record-header">
        <p className="eyebrow">{t('item.number', { number: item.number })}</p>
        <h2 id={`${idPrefix}-title`} className="item-title" tabIndex={-1}>{item.title}</h2>
        <div className="item-badges">
          {item.isClosed ? <ClosedMarker /> : null}
          <KindBadge kind={item.kind} title={item.title} />
          <SaveStatus states={saves.states} />
        </div>
      </header>
      <div className="record-columns">
        <div className="record-main">
          <fieldset className="record-fieldset" disabled={readOnly}>
            <legend className="visually-hidden">{t('conduct.recordLabel')}</legend>
            <ItemPresence
              itemNumber={item.number}
              members={meeting.members}
              people={context.people}
              rows={rows}
              draft={presence}
              quorum={quorum}
              idPrefix={`${idPrefix}-presence`}
              presenceOverride={presenceOverride}
              generatedPresence={generatedPresence}
              onChange={changePresence}
              onOverride={changeRecord(setPresenceOverride)}
            />
            <section className="record-section" aria-labelledby={`${idPrefix}-decisions`}>
              <h3 className="section-heading" id={`${idPrefix}-decisions`}>{t('conduct.decisions.heading')}</h3>
              {drafts.map((draft, index) => (
                <DecisionCard
                  key={draft.key}
                  draft={draft}
                  index={index}
                  count={drafts.length}
                  single={single}
                  points={points}
                  taken={takenPoints(drafts, draft.key)}
                  check={checks[index]!}
                  voters={voters}
                  parties={context.parties}
                  committees={otherCommittees}
                  generated={generatedDecisionText(previewDecision(draft, checks[index]!), draftItem, context)}
                  idPrefix={`${idPrefix}-decision-${draft.key}`}
                  forwarded={forwarded}
                  onChange={(next) => changeDrafts((list) => list.map((d) => (d.key === draft.key ? next : d)))}
                  onRemove={() => changeDrafts((list) => list.filter((d) => d.key !== draft.key))}
                  onForward={forward}
                />
              ))}
              {!single ? (
                <p className="record-add">
                  <button type="button" className="button button-small" onClick={() => changeDrafts((list) => [...list, draftDecision(nextPoints(list, points.map((p) => p.number)))])}>
                    <Icon name="plus" size={14} />
                    {t('conduct.decisions.add')}
                  </button>
                </p>
              ) : null}
            </section>
            {item.isClosed ? (
              <section className="record-section" aria-labelledby={`${idPrefix}-extract-heading`}>
                <h3 className="section-heading" id={`${idPrefix}-extract-heading`}>{t('conduct.extract.heading')}</h3>
                <p className="closed-note">{t('conduct.extract.note', { title: doc?.publicTitle ?? item.publicTitle ?? '' })}</p>
                <div className="field">
                  <label htmlFor={`${idPrefix}-extract`}>{t('conduct.extract.label')}</label>
                  <textarea
                    id={`${idPrefix}-extract`}
                    rows={rowsFor(extract, 3)}
                    value={extract}
                    aria-describedby={extract.trim() === '' ? `${idPrefix}-extract-missing` : undefined}
                    onChange={(e) => changeRecord(setExtract)(e.target.value)}
                  />
                  {extract.trim() === '' ? <p className="field-hint" id={`${idPrefix}-extract-missing`}>{t('conduct.extract.missing')}</p> : null}
                </div>
              </section>
            ) : null}
          </fieldset>
          {onStep ? (
            <nav className="record-steps" aria-label={t('conduct.paneLabel')}>
              <button type="button" className="button button-small" onClick={() => onStep(-1)} aria-keyshortcuts="Alt+PageUp">
                <Icon name="up" size={14} />
                {t('conduct.previousItem')}
              </button>
              <button type="button" className="button button-small" onClick={() => onStep(1)} aria-keyshortcuts="Alt+PageDown">
                <Icon name="down" size={14} />
                {t('conduct.nextItem')}
              </button>
            </nav>
          ) : null}
        </div>
        <RecordPreview doc={doc} publicDoc={publicDoc} />
      </div>
    </article>
  );
}
