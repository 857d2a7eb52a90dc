import type { ReactNode } from 'react';
import type { DecisionBlock, DocumentBilag, DocumentDecision, DocumentItem, DocumentModel, DocumentSection } from '../../../shared/document';
import { WORDS } from '../../../shared/document';
import { ContentView } from './ContentView';
import { ChangesPage, type ChangePage } from './ChangesPage';
import { sharesPreviousPage } from './shared-pages';
import { bilagLink, itemHeadingPrefix, itemLink, SIGNATURE_HEADING, TOC_HEADING } from './link-targets';

/** Page numbers for the table of contents, known from the first print (absent on that print). */
export interface TocPages {
  items: ReadonlyMap<number, number>;
  bilag: ReadonlyMap<number, number>;
  signature: number | null;
}

/**
 * The packet's body as HTML for Chromium. It lays out the shared document model (shared/document)
 * and decides nothing about what the document says.
 */
export function PacketDocument({ model, css, tocPages, changePage, bilagPlacement = 'end' }: {
  model: DocumentModel; css: string; tocPages: TocPages | null; changePage?: ChangePage | null; bilagPlacement?: 'end' | 'after-item';
}): ReactNode {
  return (
    <html lang="da">
      <head>
        <meta charSet="utf-8" />
        <title>{model.title}</title>
        <style dangerouslySetInnerHTML={{ __html: css }} />
      </head>
      <body>
        <FrontPage model={model} />
        <TableOfContents model={model} pages={tocPages} />
        {changePage && <ChangesPage page={changePage} />}
        <main>
          {model.items.map((item, index) => <ItemPage key={item.number} item={item} short={sharesPreviousPage(model, index, bilagPlacement)} />)}
        </main>
        {model.signatureSheet && <SignatureSheet sheet={model.signatureSheet} />}
      </body>
    </html>
  );
}

function FrontPage({ model }: { model: DocumentModel }): ReactNode {
  const { front } = model;
  const withAttendance = front.memberColumns.length > 2;
  return (
    <header className="front">
      <div className="front-brand">
        {model.municipality.logoDataUrl && <img className="logo" src={model.municipality.logoDataUrl} alt={`${model.municipality.name} logo`} />}
        <p className="municipality">{model.municipality.name}</p>
      </div>
      <h1>
        <span className="doc-kind">{front.kindLine}</span>
        <span className="committee">{model.committeeName}</span>
      </h1>
      {front.editionLine && <p className="edition">{front.editionLine}</p>}
      {front.notice && <p className={`front-notice state-${model.state}`}>{front.notice}</p>}
      <table className="meeting-facts">
        <tbody>
          {front.facts.map((fact) => <tr key={fact.label}><th scope="row">{fact.label}</th><td>{fact.value}</td></tr>)}
        </tbody>
      </table>
      <h2 className="members-heading">Medlemmer</h2>
      <table className="members">
        <thead>
          <tr>{front.memberColumns.map((c) => <th key={c} scope="col">{c}</th>)}</tr>
        </thead>
        <tbody>
          {model.members.map((m) => (
            <tr key={m.label}>
              <td>{m.label}</td>
              <td>{m.roleLabel}</td>
              {withAttendance && <td>{m.attendance ?? ''}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </header>
  );
}

function TableOfContents({ model, pages }: { model: DocumentModel; pages: TocPages | null }): ReactNode {
  // Before the page numbers are known the cells hold a placeholder of the same width, so the
  // second print lays out exactly like the first.
  const page = (n: number | undefined): string => (pages && n !== undefined ? String(n) : '');
  return (
    <nav className="toc" aria-label={TOC_HEADING}>
      <h2>{TOC_HEADING}</h2>
      <table>
        <thead>
          <tr><th scope="col" className="toc-num">Nr.</th><th scope="col">Punkt</th><th scope="col" className="toc-page">Side</th></tr>
        </thead>
        <tbody>
          {model.items.map((item) => [
            <tr key={`i${item.number}`} className="toc-item">
              <td className="toc-num">{item.number}.</td>
              <td>
                <a href={itemLink(item.number)}>{item.title}</a>
                {item.isClosed && <span className="closed-mark"> {WORDS.closedMark}</span>}
                {item.changedNote && <span className="changed-mark"> – {item.changedNote.toLowerCase()}</span>}
              </td>
              <td className="toc-page">{page(pages?.items.get(item.number))}</td>
            </tr>,
            ...item.bilag.filter((b) => b.distributed).map((b) => (
              <tr key={`b${b.attachmentId}`} className="toc-bilag">
                <td />
                <td><a href={bilagLink(b.attachmentId)}>Bilag {b.number}: {b.title}</a></td>
                <td className="toc-page">{page(pages?.bilag.get(b.attachmentId))}</td>
              </tr>
            )),
          ])}
          {model.signatureSheet && (
            <tr className="toc-item"><td /><td>{SIGNATURE_HEADING}</td><td className="toc-page">{page(pages?.signature ?? undefined)}</td></tr>
          )}
        </tbody>
      </table>
    </nav>
  );
}


function ItemPage({ item, short }: { item: DocumentItem; short: boolean }): ReactNode {
  return (
    <article className={`item${short ? ' item-short' : ''}`} aria-labelledby={`punkt-${item.number}`}>
      <p className="item-kicker">
        {item.furniture}
        {item.changedNote && <span className="changed-mark"> · {item.changedNote}</span>}
      </p>
      <h2 id={`punkt-${item.number}`}>
        {itemHeadingPrefix(item.number)}. {item.title}
      </h2>
      {item.withheldNote ? (
        <p className="closed-note">{item.withheldNote}</p>
      ) : (
        <>
          {item.caseLine && <p className="case-number">{item.caseLine}</p>}
          {item.request && (
            <section className="request">
              <h3>{item.request.heading}</h3>
              <p>{item.request.sentence}</p>
              <blockquote><p>{item.request.text}</p></blockquote>
            </section>
          )}
          {item.sections.map((section) => <Section key={section.key} section={section} />)}
          {item.notices.length > 0 && (
            <section className="notices">
              <h3>{WORDS.noticesHeading}</h3>
              <ol>
                {item.notices.map((n) => (
                  <li key={n.id}><p className="notice-title">{n.title}</p><ContentView doc={n.content} /></li>
                ))}
              </ol>
            </section>
          )}
          {item.priorDecisions.map((d, i) => (
            <section key={i} className="decision prior">
              <h3>{d.heading}</h3>
              {paragraphs(d.text)}
              {d.presenceLines.map((line, j) => <p key={j} className="absence">{line}</p>)}
            </section>
          ))}
          {item.decision && <DecisionBlockView block={item.decision} />}
          {item.addenda.map((a, i) => (
            <section key={i} className="addendum">
              <p><strong>{a.heading}:</strong> {a.text}</p>
              <p className="addendum-basis">{a.basis}</p>
            </section>
          ))}
          {item.bilag.length > 0 && <BilagList bilag={item.bilag} />}
        </>
      )}
    </article>
  );
}

/** The heading, each decision followed by its protocol notes, then the presence lines; the heading keeps with the first decision. */
function DecisionBlockView({ block }: { block: DecisionBlock }): ReactNode {
  const [first, ...rest] = block.decisions;
  return (
    <section className="decision">
      <div className="keep-with-next">
        <h3>{block.heading}</h3>
        {first && <DecisionText decision={first} />}
      </div>
      {rest.map((d, i) => <DecisionText key={i} decision={d} />)}
      {block.presenceLines.length > 0 && (
        <div className="presence">
          {block.presenceLines.map((line, i) => <p key={i} className="absence">{line}</p>)}
        </div>
      )}
    </section>
  );
}

function DecisionText({ decision }: { decision: DocumentDecision }): ReactNode {
  return (
    <div className="decision-text">
      {paragraphs(decision.text)}
      {decision.notes.map((n, i) => (
        <div key={i} className="note"><p className="note-label">{n.label}:</p><blockquote><p>{n.text}</p></blockquote></div>
      ))}
    </div>
  );
}

/** The heading travels with the start of its text: a heading never ends a page alone. */
function Section({ section }: { section: DocumentSection }): ReactNode {
  const [first, ...rest] = section.content.content;
  return (
    <section className={`section section-${section.key}`}>
      <div className="keep-with-next">
        <h3>{section.heading}</h3>
        {first && <ContentView doc={{ type: 'doc', content: [first] }} />}
      </div>
      {rest.length > 0 && <ContentView doc={{ type: 'doc', content: rest }} />}
      {section.points && (
        <>
          {section.points.lead && <p>{section.points.lead}</p>}
          <ol className="points">
            {section.points.points.map((p) => (
              <li key={p.id} value={p.number}>
                {p.text}
                {p.authority && <span className="authority"> ({p.authority})</span>}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

function BilagList({ bilag }: { bilag: DocumentBilag[] }): ReactNode {
  return (
    <section className="bilag-list">
      <h3>{WORDS.bilagListHeading}</h3>
      <ul>
        {bilag.map((b) => (
          <li key={b.attachmentId}>
            {b.distributed
              ? <a href={bilagLink(b.attachmentId)}>{b.number}. {b.title}</a>
              : <>{b.number}. {b.title} <span className="on-file">{WORDS.onFile}</span></>}
          </li>
        ))}
      </ul>
    </section>
  );
}

function SignatureSheet({ sheet }: { sheet: NonNullable<DocumentModel['signatureSheet']> }): ReactNode {
  return (
    <section className="signatures" aria-labelledby="underskriftsblad">
      <h2 id="underskriftsblad">{sheet.heading}</h2>
      <p>{sheet.intro}</p>
      <ul className="signature-lines">
        {sheet.signers.map((signer) => (
          <li key={signer.name}>
            <span className="line" aria-hidden="true" />
            <span className="signer">{signer.name}</span>
            {signer.approval && <span className="approval">{signer.approval}</span>}
          </li>
        ))}
      </ul>
      {sheet.chain.length > 0 && (
        <section className="chain">
          <h3>{WORDS.chainHeading}</h3>
          {sheet.chain.map((line) => (
            <p key={line.hash}>{line.label}: kontrolsum <strong>{line.shortHash}</strong><br /><span className="hash">SHA-256 {line.hash}</span></p>
          ))}
          <p className="chain-help">{WORDS.chainHelp}</p>
        </section>
      )}
    </section>
  );
}

function paragraphs(text: string): ReactNode[] {
  return text.split(/\n{2,}|\n/).filter((t) => t.trim().length > 0).map((t, i) => <p key={i}>{t}</p>);
}
