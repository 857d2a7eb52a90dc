import type { ReactNode } from 'react';
import { formatLongDate, formatTime, formatTimeRange, formatWeekdayLongDate } from '../../../shared/format/danish-date';
import { membershipRoleLabel } from '../../../shared/domain/labels';
import { ContentView } from './ContentView';
import { ChangesPage, type ChangePage } from './ChangesPage';
import { documentName, type PacketBilag, type PacketItem, type PacketModel } from './packet-model';
import { bilagLink, itemHeadingPrefix, itemLink, SIGNATURE_HEADING, TOC_HEADING } from './link-targets';

/** Page numbers for the table of contents, known from the first print (absent on that print). */
export interface TocPages {
  items: ReadonlyMap<number, number>;
  bilag: ReadonlyMap<number, number>;
  signature: number | null;
}

export function PacketDocument({ model, css, tocPages, changePage }: { model: PacketModel; css: string; tocPages: TocPages | null; changePage?: ChangePage | null }): ReactNode {
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
          {model.items.map((item) => <ItemPage key={item.number} model={model} item={item} />)}
        </main>
        {model.document === 'minutes' && <SignatureSheet model={model} />}
      </body>
    </html>
  );
}

function FrontPage({ model }: { model: PacketModel }): ReactNode {
  const time = model.startTime
    ? model.endTime && model.document === 'minutes' ? formatTimeRange(model.startTime, model.endTime) : formatTime(model.startTime)
    : null;
  const minutes = model.document === 'minutes';
  return (
    <header className="front">
      <div className="front-brand">
        {model.municipality.logoDataUrl && <img className="logo" src={model.municipality.logoDataUrl} alt={`${model.municipality.name} logo`} />}
        <p className="municipality">{model.municipality.name}</p>
      </div>
      <h1>
        <span className="doc-kind">{documentName(model.document)}{model.extraordinary ? ' – ekstraordinært møde' : ''}</span>
        <span className="committee">{model.committeeName}</span>
      </h1>
      {model.edition === 'public' && <p className="edition">Offentlig udgave</p>}
      <table className="meeting-facts">
        <tbody>
          <tr><th scope="row">Dato</th><td>{capitalize(formatWeekdayLongDate(model.date))}</td></tr>
          {time && <tr><th scope="row">Tidspunkt</th><td>{time}</td></tr>}
          {model.place && <tr><th scope="row">Sted</th><td>{model.place}</td></tr>}
        </tbody>
      </table>
      <h2 className="members-heading">Medlemmer</h2>
      <table className="members">
        <thead>
          <tr><th scope="col">Medlem</th><th scope="col">Rolle</th>{minutes && <th scope="col">Fremmøde</th>}</tr>
        </thead>
        <tbody>
          {model.members.map((m) => (
            <tr key={m.label}>
              <td>{m.label}</td>
              <td>{m.role === 'medlem' ? '' : capitalize(membershipRoleLabel[m.role])}</td>
              {minutes && <td>{m.attendance ?? ''}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </header>
  );
}

function TableOfContents({ model, pages }: { model: PacketModel; pages: TocPages | null }): ReactNode {
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
                {item.isClosed && <span className="closed-mark"> (lukket punkt)</span>}
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
          {model.document === 'minutes' && (
            <tr className="toc-item"><td /><td>{SIGNATURE_HEADING}</td><td className="toc-page">{page(pages?.signature ?? undefined)}</td></tr>
          )}
        </tbody>
      </table>
    </nav>
  );
}

function ItemPage({ model, item }: { model: PacketModel; item: PacketItem }): ReactNode {
  return (
    <article className="item" aria-labelledby={`punkt-${item.number}`}>
      <p className="item-kicker">{item.isClosed ? 'Lukket punkt' : 'Åbent punkt'}</p>
      <h2 id={`punkt-${item.number}`}>
        {itemHeadingPrefix(item.number)}. {item.title}
      </h2>
      {!item.showContent ? (
        <p className="closed-note">Lukket punkt – indholdet offentliggøres ikke.</p>
      ) : (
        <>
          {item.caseNumber && <p className="case-number">Sagsnr. {item.caseNumber}</p>}
          {item.request && (
            <section className="request">
              <h3>Anmodning om optagelse af sag</h3>
              <p>{item.request.memberLabel} har den {formatLongDate(item.request.requestedOn)} anmodet om at få følgende sag optaget på dagsordenen:</p>
              <blockquote><p>»{item.request.text}«</p></blockquote>
            </section>
          )}
          {item.sections.map((section) => (
            <section key={section.key} className={`section section-${section.key}`}>
              <h3>{section.heading === 'Resumé' ? 'Resume' : section.heading}</h3>
              <ContentView doc={section.content} />
              {section.key === 'indstilling' && <Points item={item} />}
            </section>
          ))}
          {!item.sections.some((s) => s.key === 'indstilling') && item.points.length > 0 && (
            <section className="section section-indstilling"><h3>Indstilling</h3><Points item={item} /></section>
          )}
          {item.notices.length > 0 && (
            <section className="notices">
              <h3>Meddelelser</h3>
              <ol>
                {item.notices.map((n) => (
                  <li key={n.id}><p className="notice-title">{n.title}</p><ContentView doc={n.content} /></li>
                ))}
              </ol>
            </section>
          )}
          {item.priorDecisions.map((d, i) => (
            <section key={i} className="decision prior">
              <h3>{d.committeeName} den {formatLongDate(d.meetingDate)}:</h3>
              {paragraphs(d.text)}
            </section>
          ))}
          {model.document === 'minutes' && <DecisionBlock model={model} item={item} />}
          {item.bilag.length > 0 && <BilagList bilag={item.bilag} />}
        </>
      )}
    </article>
  );
}

function Points({ item }: { item: PacketItem }): ReactNode {
  if (item.points.length === 0) return null;
  const intro = item.sections.find((s) => s.key === 'indstilling');
  const introSaysIt = intro !== undefined && JSON.stringify(intro.content).includes('foreslår');
  return (
    <>
      {!introSaysIt && <p>Forvaltningen foreslår, at</p>}
      <ol className="points">
        {item.points.map((p) => (
          <li key={p.id} value={p.number}>
            {p.text}
            {p.decisionAuthority && <span className="authority"> (Beslutningskompetence: {p.decisionAuthority})</span>}
          </li>
        ))}
      </ol>
    </>
  );
}

function DecisionBlock({ model, item }: { model: PacketModel; item: PacketItem }): ReactNode {
  if (item.decisions.length === 0 && item.notes.length === 0) return null;
  return (
    <section className="decision">
      <h3>{model.committeeName} den {model.longDate}:</h3>
      {item.decisions.map((d, i) => (
        <div key={i} className="decision-text">
          {paragraphs(d.text)}
          {d.vote && <p className="vote">Afstemning: {d.vote}</p>}
        </div>
      ))}
      {item.notes.map((n, i) => (
        <div key={i} className="note"><p className="note-label">{n.label}:</p><blockquote><p>{n.text}</p></blockquote></div>
      ))}
      {item.absenceLine && <p className="absence">{item.absenceLine}</p>}
      {item.disqualificationLines.map((line, i) => <p key={i} className="absence">{line}</p>)}
    </section>
  );
}

function BilagList({ bilag }: { bilag: PacketBilag[] }): ReactNode {
  return (
    <section className="bilag-list">
      <h3>Bilagsfortegnelse</h3>
      <ul>
        {bilag.map((b) => (
          <li key={b.attachmentId}>
            {b.distributed
              ? <a href={bilagLink(b.attachmentId)}>{b.number}. {b.title}</a>
              : <>{b.number}. {b.title} <span className="on-file">(ligger i sagen)</span></>}
          </li>
        ))}
      </ul>
    </section>
  );
}

function SignatureSheet({ model }: { model: PacketModel }): ReactNode {
  const present = model.members.filter((m) => m.present);
  return (
    <section className="signatures" aria-labelledby="underskriftsblad">
      <h2 id="underskriftsblad">{SIGNATURE_HEADING}</h2>
      <p>Referatet fra mødet i {model.committeeName} den {model.longDate} er godkendt af de medlemmer, der deltog i mødet:</p>
      <ul className="signature-lines">
        {present.map((m) => (
          <li key={m.label}><span className="line" aria-hidden="true" /><span className="signer">{m.label}</span></li>
        ))}
      </ul>
    </section>
  );
}

function paragraphs(text: string): ReactNode[] {
  return text.split(/\n{2,}|\n/).filter((t) => t.trim().length > 0).map((t, i) => <p key={i}>{t}</p>);
}

const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
