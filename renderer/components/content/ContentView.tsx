import type { ReactNode } from 'react';
import type { BlockNode, ContentDoc, InlineNode, ListItem, Mark, TableCell } from '../../../shared/content/content-model';

/**
 * Renders the structured section text read-only. Headings inside a section sit below the
 * section's own heading, so level 1 becomes h4 (the section is h3).
 */
export function ContentView({ doc, className }: { doc: ContentDoc; className?: string }) {
  return <div className={className ? `content ${className}` : 'content'}>{doc.content.map((block, i) => renderBlock(block, i))}</div>;
}

export function isEmptyDoc(doc: ContentDoc | null | undefined): boolean {
  if (!doc) return true;
  return !doc.content.some(hasText);
}

function hasText(block: BlockNode): boolean {
  switch (block.type) {
    case 'paragraph':
    case 'heading':
      return (block.content ?? []).some((n) => n.type === 'text' && n.text.trim().length > 0);
    case 'bulletList':
    case 'orderedList':
      return block.content.some((li) => li.content.some(hasText));
    case 'table':
      return block.content.some((row) => row.content.some((cell) => cell.content.some(hasText)));
  }
}

function renderBlock(block: BlockNode, key: number): ReactNode {
  switch (block.type) {
    case 'paragraph':
      return <p key={key}>{renderInline(block.content)}</p>;
    case 'heading': {
      const level = Math.min(block.attrs.level + 3, 6);
      const Tag = `h${level}` as 'h4' | 'h5' | 'h6';
      return (
        <Tag key={key} className={`content-heading content-heading-${block.attrs.level}`}>
          {renderInline(block.content)}
        </Tag>
      );
    }
    case 'bulletList':
      return <ul key={key}>{block.content.map(renderListItem)}</ul>;
    case 'orderedList':
      return (
        <ol key={key} start={block.attrs?.start}>
          {block.content.map(renderListItem)}
        </ol>
      );
    case 'table': {
      const [first, ...rest] = block.content;
      const headerRow = first && first.content.every((c) => c.type === 'tableHeader') ? first : null;
      const bodyRows = headerRow ? rest : block.content;
      return (
        <div key={key} className="content-table-wrap">
          <table className="content-table">
            {headerRow ? (
              <thead>
                <tr>{headerRow.content.map((cell, i) => renderCell(cell, i))}</tr>
              </thead>
            ) : null}
            <tbody>
              {bodyRows.map((row, r) => (
                <tr key={r}>{row.content.map((cell, i) => renderCell(cell, i))}</tr>
              ))}
            </tbody>
          </table>
        </div>
      );
    }
  }
}

function renderListItem(item: ListItem, key: number): ReactNode {
  // A list item holding a single paragraph renders without the <p> margin.
  const only = item.content.length === 1 ? item.content[0] : undefined;
  if (only?.type === 'paragraph') return <li key={key}>{renderInline(only.content)}</li>;
  return <li key={key}>{item.content.map((b, i) => renderBlock(b, i))}</li>;
}

function renderCell(cell: TableCell, key: number): ReactNode {
  const Tag = cell.type === 'tableHeader' ? 'th' : 'td';
  const only = cell.content.length === 1 ? cell.content[0] : undefined;
  const body = only?.type === 'paragraph' ? renderInline(only.content) : cell.content.map((b, i) => renderBlock(b, i));
  return (
    <Tag
      key={key}
      className={isNumeric(cell) ? 'is-number' : undefined}
      colSpan={cell.attrs?.colspan}
      rowSpan={cell.attrs?.rowspan}
      scope={cell.type === 'tableHeader' ? 'col' : undefined}
    >
      {body}
    </Tag>
  );
}

/** Amounts, counts and percentages line up on the right: "7.462.000 kr.", "-4,1 pct.", "612". */
const NUMERIC = /^[-−+]?\d[\d.,]*\s*(kr\.|mio\. kr\.|pct\.|%)?$/;

function isNumeric(cell: TableCell): boolean {
  if (cell.type === 'tableHeader') return false;
  const only = cell.content.length === 1 ? cell.content[0] : undefined;
  if (only?.type !== 'paragraph') return false;
  const text = (only.content ?? []).map((n) => (n.type === 'text' ? n.text : ' ')).join('').trim();
  return NUMERIC.test(text);
}

function renderInline(nodes: InlineNode[] | undefined): ReactNode[] {
  return (nodes ?? []).map((node, i) => {
    if (node.type === 'hardBreak') return <br key={i} />;
    return <span key={i}>{applyMarks(node.text, node.marks ?? [])}</span>;
  });
}

function applyMarks(text: string, marks: Mark[]): ReactNode {
  let result: ReactNode = text;
  // Links outermost, so a bold word inside a link stays one link.
  const ordered = [...marks].sort((a, b) => (a.type === 'link' ? 1 : 0) - (b.type === 'link' ? 1 : 0));
  for (const mark of ordered) {
    switch (mark.type) {
      case 'bold':
        result = <strong>{result}</strong>;
        break;
      case 'italic':
        result = <em>{result}</em>;
        break;
      case 'underline':
        result = <u>{result}</u>;
        break;
      case 'link':
        result = safeHref(mark.attrs.href) ? (
          <a href={mark.attrs.href} target="_blank" rel="noopener noreferrer">
            {result}
          </a>
        ) : (
          result
        );
        break;
    }
  }
  return result;
}

/** The model allows only http(s) and mailto links; check again so no javascript: URL ever renders. */
function safeHref(href: string): boolean {
  return /^(https?:|mailto:)/i.test(href.trim());
}
