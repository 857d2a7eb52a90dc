import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Item, MeetingDetail, Section } from '../../../shared/domain/entities';
import { mayChange } from '../../../shared/logic/lifecycle';
import { formatAbsenceLine } from '../../../shared/format/join-names';
import { useFormat } from '../../format/use-format';
import { ClosedMarker, KindBadge, kindBadgeLabel } from '../common/Badges';
import { ContentView, isEmptyDoc } from '../content/ContentView';
import { DocxImportButton } from '../editor/DocxImportButton';
import { PointsEditor } from '../editor/PointsEditor';
import { SaveStatus, useSaveTracker } from '../editor/save-status';
import { SectionEditor } from '../editor/SectionEditor';
import { BilagList } from './BilagList';
import { NoticesEditor } from '../notices/NoticesEditor';
import { useHistoryStore } from '../../stores/history-store';

/** The agenda's text and bilag can change while the lifecycle allows it (shared/logic/lifecycle). */
const isEditable = (meeting: MeetingDetail) => mayChange(meeting.status, 'agenda').allowed;

/**
 * One item: its sections in the committee's order, points, bilag and decisions. Editable while the
 * lifecycle allows agenda changes (planned, agenda released), read-only otherwise; MeetingNotice says why.
 */
export function ItemDetail({ item, meeting }: { item: Item; meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const saves = useSaveTracker();
  // Bumped after a Word import so the editors start over from the imported text.
  const [imported, setImported] = useState(0);
  // After Fortryd/Gentag the editors start over from the restored text too.
  const undone = useHistoryStore((s) => s.revision);
  const revision = `${imported}-${undone}`;
  const editable = isEditable(meeting);
  const filled = item.sections.filter((s) => !isEmptyDoc(s.content) || (isRecommendation(s) && item.points.length > 0));
  const empty = item.sections.filter((s) => !filled.includes(s));
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
        {item.isClosed || kindBadgeLabel(t, item.kind, item.title) ? (
          <div className="item-badges">
            {item.isClosed ? <ClosedMarker /> : null}
            <KindBadge kind={item.kind} title={item.title} />
          </div>
        ) : null}
        {item.isClosed ? <p className="closed-note">{t('item.closedNote')}</p> : null}
        {editable ? (
          <div className="item-edit-bar">
            <DocxImportButton item={item} onImported={() => setImported((r) => r + 1)} />
            <SaveStatus states={saves.states} />
          </div>
        ) : null}
      </header>

      {!editable && filled.length === 0 && item.points.length === 0 && item.notices.length === 0 && !item.request ? (
        <p className="item-no-text">{t('item.noText')}</p>
      ) : null}

      {item.request ? (
        <section className="item-section">
          <h3 className="section-heading">{t('item.request')}</h3>
          <p className="request-meta">{t('item.requestBy', { name: item.request.personName, date: format.date(item.request.requestedOn) })}</p>
          <blockquote className="request-text">{item.request.text}</blockquote>
        </section>
      ) : null}

      {/* Meddelelser: the numbered notices are the item's text, so they come first. */}
      {editable && item.kind === 'announcements' ? (
        <section className="item-section is-editing">
          <h3 className="section-heading">{t('item.notices')}</h3>
          <NoticesEditor key={revision} itemId={item.id} notices={item.notices} onSave={saves.report} />
        </section>
      ) : null}

      {editable
        ? item.sections.map((section) => (
            <section key={`${section.key}-${revision}`} className="item-section is-editing" aria-labelledby={`section-heading-${section.key}`}>
              <h3 className="section-heading" id={`section-heading-${section.key}`}>
                {section.heading}
              </h3>
              <SectionEditor itemId={item.id} section={section} onSave={saves.report} />
              {isRecommendation(section) ? <PointsEditor itemId={item.id} points={item.points} onSave={saves.report} /> : null}
            </section>
          ))
        : null}

      {editable && !hasRecommendationSection ? (
        <section className="item-section is-editing">
          <h3 className="section-heading">{t('item.recommendation')}</h3>
          <PointsEditor key={revision} itemId={item.id} points={item.points} onSave={saves.report} />
        </section>
      ) : null}

      {editable ? null : filled.map((section) => (
        <section key={section.key} className="item-section">
          <h3 className="section-heading">{section.heading}</h3>
          {!isEmptyDoc(section.content) ? <ContentView doc={section.content} /> : null}
          {isRecommendation(section) ? <Points item={item} showLead={isEmptyDoc(section.content)} /> : null}
        </section>
      ))}

      {!editable && !hasRecommendationSection && item.points.length > 0 ? (
        <section className="item-section">
          <h3 className="section-heading">{t('item.recommendation')}</h3>
          <Points item={item} showLead />
        </section>
      ) : null}

      {!(editable && item.kind === 'announcements') && item.notices.length > 0 ? (
        <section className="item-section">
          <h3 className="section-heading">{t('item.notices')}</h3>
          <ol className="notices">
            {item.notices.map((notice) => (
              <li key={notice.id}>
                <p className="notice-title">{notice.title}</p>
                <ContentView doc={notice.content} />
              </li>
            ))}
          </ol>
        </section>
      ) : null}

      <Decisions item={item} meeting={meeting} />

      <section className="item-section">
        <h3 className="section-heading">{t('bilag.heading')}</h3>
        <BilagList attachments={item.attachments} itemId={item.id} editable={editable} />
      </section>

      {/* Standard items (Meddelelser, Eventuelt …) rarely use the case sections: no list of empty ones. */}
      {!editable && empty.length > 0 && (item.kind === 'ordinary' || item.kind === 'member_request') ? (
        <p className="empty-sections">
          <span className="empty-sections-label">{t('item.emptySections')}</span> {empty.map((s) => s.heading).join(', ')}
        </p>
      ) : null}
    </article>
  );
}

const isRecommendation = (section: Section) => section.key === 'indstilling';

function Points({ item, showLead }: { item: Item; showLead: boolean }) {
  const { t } = useTranslation();
  if (item.points.length === 0) return null;
  return (
    <>
      {showLead ? <p>{t('item.recommendationLead')}</p> : null}
      <ol className="points">
        {item.points.map((point) => (
          <li key={point.id} value={point.number}>
            <span className="point-text">{point.text}</span>
            {point.decisionAuthority ? <span className="point-authority">{t('item.decisionAuthority', { body: point.decisionAuthority })}</span> : null}
          </li>
        ))}
      </ol>
    </>
  );
}

function Decisions({ item, meeting }: { item: Item; meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (item.priorDecisions.length === 0 && item.decisions.length === 0 && item.protocolNotes.length === 0) return null;
  const names = new Map(meeting.members.map((m) => [m.personId, { name: m.personName, partyLetter: m.partyLetter }]));
  const absent = item.attendance.filter((a) => a.kind === 'absent').flatMap((a) => names.get(a.personId) ?? []);
  const prior = [...item.priorDecisions].sort((a, b) => a.meetingDate.localeCompare(b.meetingDate));
  return (
    <section className="item-section decisions">
      <h3 className="section-heading">{t('decision.heading')}</h3>
      {prior.map((d, i) => (
        <div key={`prior-${i}`} className="decision-block is-prior">
          <p className="decision-heading">{t('decision.blockHeading', { committee: d.committeeName, date: format.date(d.meetingDate) })}</p>
          <p className="decision-text">{d.text}</p>
        </div>
      ))}
      {item.decisions.length > 0 ? (
        <div className="decision-block">
          <p className="decision-heading">{t('decision.blockHeading', { committee: meeting.committeeName, date: format.date(meeting.date) })}</p>
          {item.decisions.map((d) => (
            <p key={d.id} className="decision-text">
              {d.pointNumber !== null && !/^ad\s*\d/i.test(d.text) ? <strong className="decision-point">{t('decision.point', { number: d.pointNumber })} </strong> : null}
              {d.text}
            </p>
          ))}
          {absent.length > 0 ? <p className="absence-line">{formatAbsenceLine(absent)}</p> : null}
        </div>
      ) : null}
      {item.protocolNotes.map((note) => (
        <div key={note.id} className="protocol-note">
          <p className="protocol-note-kind">{t(`protocolNote.${note.kind}`)}</p>
          <p>{note.text}</p>
        </div>
      ))}
    </section>
  );
}
