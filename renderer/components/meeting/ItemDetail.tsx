import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Item, MeetingDetail, Section } from '../../../shared/domain/entities';
import { mayChange } from '../../../shared/logic/lifecycle';
import { ClosedMarker, KindBadge, kindBadgeLabel } from '../common/Badges';
import { Icon } from '../common/Icon';
import { DocxImportButton } from '../editor/DocxImportButton';
import { PointsEditor } from '../editor/PointsEditor';
import { SaveStatus, useSaveTracker } from '../editor/save-status';
import { SectionEditor } from '../editor/SectionEditor';
import { BilagList } from './BilagList';
import { EditItemForm } from './EditItemForm';
import { DecisionsView, ItemDocumentView, RequestView } from './ItemDocumentView';
import { useChangedItemIds, useItemDocument } from './use-item-document';
import { NoticesEditor } from '../notices/NoticesEditor';
import { useHistoryStore } from '../../stores/history-store';

/**
 * One item. While the lifecycle allows agenda changes (planned, agenda released) its texts are
 * editors and its particulars can be corrected; otherwise it is shown as the documents print it,
 * from the shared document model, with its decisions. MeetingNotice says why it is locked.
 */
export function ItemDetail({ item, meeting }: { item: Item; meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const saves = useSaveTracker();
  // Bumped after a Word import so the editors start over from the imported text.
  const [imported, setImported] = useState(0);
  // After Fortryd/Gentag the editors start over from the restored text too.
  const undone = useHistoryStore((s) => s.revision);
  const revision = `${imported}-${undone}`;
  const editable = mayChange(meeting.status, 'agenda').allowed;
  const [editing, setEditing] = useState(false);
  const doc = useItemDocument(item, meeting);
  const changed = useChangedItemIds(meeting).has(item.id);
  const hasRecommendationSection = item.sections.some(isRecommendation);

  return (
    <article className={`item-detail${item.isClosed ? ' is-closed' : ''}`} aria-labelledby="item-detail-title">
      <header className="item-header">
        <p className="eyebrow">
          {t('item.number', { number: item.number })}
          {item.caseNumber ? <span className="item-case"> · {t('item.caseNumber', { number: item.caseNumber })}</span> : null}
        </p>
        <h2 id="item-detail-title" className="item-title" tabIndex={-1}>
          {item.title}
        </h2>
        {item.isClosed || changed || kindBadgeLabel(t, item.kind, item.title) ? (
          <div className="item-badges">
            {item.isClosed ? <ClosedMarker /> : null}
            <KindBadge kind={item.kind} title={item.title} />
            {changed ? <span className="badge badge-changed">{t('agenda.changedSinceRelease')}</span> : null}
          </div>
        ) : null}
        {item.isClosed ? (
          <p className="closed-note">
            {t('item.closedNote')} {t('item.publicTitleShown', { title: doc.publicTitle })}
          </p>
        ) : null}
        {editable && !editing ? (
          <div className="item-edit-bar">
            <button type="button" className="button button-small" onClick={() => setEditing(true)}>
              <Icon name="edit" size={14} />
              {t('agenda.editItem')}
            </button>
            <DocxImportButton item={item} onImported={() => setImported((r) => r + 1)} />
            <SaveStatus states={saves.states} />
          </div>
        ) : null}
        {editable && editing ? <EditItemForm item={item} members={meeting.members} onDone={() => setEditing(false)} /> : null}
      </header>

      {editable ? (
        <>
          <RequestView doc={doc} />
          {/* Meddelelser: the numbered notices are the item's text, so they come first. */}
          {item.kind === 'announcements' ? (
            <section className="item-section is-editing">
              <h3 className="section-heading">{t('item.notices')}</h3>
              <NoticesEditor key={revision} itemId={item.id} notices={item.notices} onSave={saves.report} />
            </section>
          ) : null}
          {item.sections.map((section) => (
            <section key={`${section.key}-${revision}`} className="item-section is-editing" aria-labelledby={`section-heading-${section.key}`}>
              <h3 className="section-heading" id={`section-heading-${section.key}`}>
                {section.heading}
              </h3>
              <SectionEditor itemId={item.id} section={section} onSave={saves.report} />
              {isRecommendation(section) ? <PointsEditor itemId={item.id} points={item.points} onSave={saves.report} /> : null}
            </section>
          ))}
          {!hasRecommendationSection ? (
            <section className="item-section is-editing">
              <h3 className="section-heading">{t('item.recommendation')}</h3>
              <PointsEditor key={revision} itemId={item.id} points={item.points} onSave={saves.report} />
            </section>
          ) : null}
          <DecisionsView doc={doc} />
        </>
      ) : (
        <ItemDocumentView doc={doc} />
      )}

      <section className="item-section">
        <h3 className="section-heading">{t('bilag.heading')}</h3>
        <BilagList attachments={item.attachments} itemId={item.id} editable={editable} moveTargets={meeting.items} />
      </section>
    </article>
  );
}

const isRecommendation = (section: Section) => section.key === 'indstilling';
