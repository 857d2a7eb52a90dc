import { useTranslation } from 'react-i18next';
import type { DocumentItem, DocumentSection } from '../../../shared/document';
import { ContentView, isEmptyDoc } from '../content/ContentView';

/**
 * An item's text read-only, as the documents print it: every word here comes from the shared
 * document model; only the labels of the screen's own regions are the UI's.
 */
export function ItemDocumentView({ doc }: { doc: DocumentItem }) {
  const { t } = useTranslation();
  const nothing = doc.sections.length === 0 && doc.notices.length === 0 && !doc.request && doc.priorDecisions.length === 0 && !doc.decision;
  return (
    <>
      {nothing ? <p className="item-no-text">{t('item.noText')}</p> : null}
      <RequestView doc={doc} />
      {doc.notices.length > 0 ? (
        <section className="item-section">
          <h3 className="section-heading">{t('item.notices')}</h3>
          <ol className="notices">
            {doc.notices.map((notice) => (
              <li key={notice.id}>
                <p className="notice-title">{notice.title}</p>
                <ContentView doc={notice.content} />
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      {doc.sections.map((section) => <SectionView key={section.key} section={section} />)}
      <DecisionsView doc={doc} />
    </>
  );
}

function SectionView({ section }: { section: DocumentSection }) {
  return (
    <section className="item-section">
      <h3 className="section-heading">{section.heading}</h3>
      {!isEmptyDoc(section.content) ? <ContentView doc={section.content} /> : null}
      {section.points ? (
        <>
          {section.points.lead ? <p>{section.points.lead}</p> : null}
          <ol className="points">
            {section.points.points.map((point) => (
              <li key={point.id} value={point.number}>
                <span className="point-text">{point.text}</span>
                {point.authority ? <span className="point-authority">{point.authority}</span> : null}
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </section>
  );
}

/**
 * Earlier committees' decisions and this meeting's decision block: each decision's sentence (its
 * vote and dissent in it) followed by its protocol notes, then the presence lines. A hand-written
 * text whose generated text has changed since is marked; the documents print the text alone.
 */
export function DecisionsView({ doc }: { doc: DocumentItem }) {
  const { t } = useTranslation();
  if (doc.priorDecisions.length === 0 && !doc.decision) return null;
  return (
    <section className="item-section decisions">
      <h3 className="section-heading">{t('decision.heading')}</h3>
      {doc.priorDecisions.map((d, i) => (
        <div key={`prior-${i}`} className="decision-block is-prior">
          <p className="decision-heading">{d.heading}</p>
          <Lines text={d.text} className="decision-text" />
          {d.presenceLines.map((line, j) => <p key={j} className="absence-line">{line}</p>)}
        </div>
      ))}
      {doc.decision ? (
        <div className="decision-block">
          <p className="decision-heading">{doc.decision.heading}</p>
          {doc.decision.decisions.map((d, i) => (
            <div key={i} className="decision-entry">
              <Lines text={d.text} className="decision-text" />
              {d.stale ? <StaleMark /> : null}
              {d.notes.map((note, j) => (
                <div key={j} className="protocol-note">
                  <p className="protocol-note-kind">{note.label}</p>
                  <p>{note.text}</p>
                </div>
              ))}
            </div>
          ))}
          {doc.decision.presenceLines.map((line, i) => <p key={i} className="absence-line">{line}</p>)}
          {doc.decision.presenceStale ? <StaleMark /> : null}
        </div>
      ) : null}
    </section>
  );
}

function Lines({ text, className }: { text: string; className: string }) {
  return <>{text.split('\n').filter((line) => line.trim() !== '').map((line, i) => <p key={i} className={className}>{line}</p>)}</>;
}

function StaleMark() {
  const { t } = useTranslation();
  return <p><span className="badge badge-changed">{t('decision.overrideStale')}</span></p>;
}

/** A member's request for the item, as the agenda prints it. */
export function RequestView({ doc }: { doc: DocumentItem }) {
  if (!doc.request) return null;
  return (
    <section className="item-section">
      <h3 className="section-heading">{doc.request.heading}</h3>
      <p className="request-meta">{doc.request.sentence}</p>
      <blockquote className="request-text">{doc.request.text}</blockquote>
    </section>
  );
}
