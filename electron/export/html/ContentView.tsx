import { Fragment, type ReactNode } from 'react';
import type { BlockNode, ContentDoc, InlineNode } from '../../../shared/content/content-model';

/** The structured section text as semantic HTML; headings inside a section sit below its h3. */
export function ContentView({ doc }: { doc: ContentDoc }): ReactNode {
  return <>{doc.content.map((block, i) => <Block key={i} block={block} />)}</>;
}

function Block({ block }: { block: BlockNode }): ReactNode {
  switch (block.type) {
    case 'paragraph':
      return <p>{inlines(block.content)}</p>;
    case 'heading':
      return <h4 className={`content-h${block.attrs.level}`}>{inlines(block.content)}</h4>;
    case 'bulletList':
      return <ul>{block.content.map((li, i) => <li key={i}>{li.content.map((b, j) => <Block key={j} block={b} />)}</li>)}</ul>;
    case 'orderedList':
      return (
        <ol start={block.attrs?.start ?? 1}>
          {block.content.map((li, i) => <li key={i}>{li.content.map((b, j) => <Block key={j} block={b} />)}</li>)}
        </ol>
      );
    case 'table':
      return (
        <table className="content-table">
          <tbody>
            {block.content.map((row, r) => (
              <tr key={r}>
                {row.content.map((cell, c) => {
                  const children = cell.content.map((b, j) => <Block key={j} block={b} />);
                  const span = { colSpan: cell.attrs?.colspan, rowSpan: cell.attrs?.rowspan };
                  return cell.type === 'tableHeader'
                    ? <th key={c} scope="col" {...span}>{children}</th>
                    : <td key={c} {...span}>{children}</td>;
                })}
              </tr>
            ))}
          </tbody>
        </table>
      );
  }
}

function inlines(nodes: InlineNode[] | undefined): ReactNode[] {
  return (nodes ?? []).map((node, i) => {
    if (node.type === 'hardBreak') return <br key={i} />;
    let out: ReactNode = node.text;
    for (const mark of node.marks ?? []) {
      if (mark.type === 'bold') out = <strong>{out}</strong>;
      else if (mark.type === 'italic') out = <em>{out}</em>;
      else if (mark.type === 'underline') out = <u>{out}</u>;
      else out = <a href={mark.attrs.href}>{out}</a>;
    }
    return <Fragment key={i}>{out}</Fragment>;
  });
}
