import type { JSONContent } from '@tiptap/core';
import {
  contentDocSchema,
  type BlockNode,
  type ContentDoc,
  type InlineNode,
  type ListItem,
  type Mark,
  type TableCell,
  type TableRow,
} from '../../../shared/content/content-model';

/**
 * editor.getJSON() → the content model. Keeps only what the model allows: unknown nodes are
 * unwrapped (their text survives as paragraphs), unknown marks and attributes are dropped, empty
 * text nodes removed. The result is validated, so a bad tree never reaches the API.
 */
export function toContent(json: JSONContent): ContentDoc {
  const content = blocks(json.content ?? []);
  // The editor always keeps a paragraph at the end (to type after a table): not content.
  while (content.length > 0 && isEmptyParagraph(content[content.length - 1])) content.pop();
  const parsed = contentDocSchema.safeParse({ type: 'doc', content } satisfies ContentDoc);
  // Past a limit (200,000 characters, nesting): the save status shows the Danish reason, not zod's JSON.
  if (!parsed.success) throw new Error(parsed.error.issues[0]?.message ?? 'Teksten kan ikke gemmes.');
  return parsed.data;
}

function isEmptyParagraph(node: BlockNode | undefined): boolean {
  return node?.type === 'paragraph' && (node.content ?? []).length === 0;
}

function blocks(nodes: JSONContent[]): BlockNode[] {
  return nodes.flatMap(block);
}

function block(node: JSONContent): BlockNode[] {
  switch (node.type) {
    case 'paragraph':
      return [withInline({ type: 'paragraph' }, node)];
    case 'heading': {
      const raw = Number(node.attrs?.level);
      const level = (raw >= 1 && raw <= 3 ? raw : 3) as 1 | 2 | 3;
      return [withInline({ type: 'heading', attrs: { level } }, node)];
    }
    case 'bulletList': {
      const items = listItems(node.content ?? []);
      return items.length > 0 ? [{ type: 'bulletList', content: items }] : [];
    }
    case 'orderedList': {
      const items = listItems(node.content ?? []);
      if (items.length === 0) return [];
      const start = node.attrs?.start;
      return typeof start === 'number' && Number.isInteger(start) && start >= 0 && start !== 1
        ? [{ type: 'orderedList', attrs: { start }, content: items }]
        : [{ type: 'orderedList', content: items }];
    }
    case 'table': {
      const rows: TableRow[] = (node.content ?? []).flatMap((row) => {
        if (row.type !== 'tableRow') return [];
        const cells = (row.content ?? []).flatMap(tableCell);
        return cells.length > 0 ? [{ type: 'tableRow' as const, content: cells }] : [];
      });
      return rows.length > 0 ? [{ type: 'table', content: rows }] : [];
    }
    case 'text':
    case 'hardBreak': {
      // Inline content where a block belongs: wrap it.
      const content = inline([node]);
      return content.length > 0 ? [{ type: 'paragraph', content }] : [];
    }
    default: {
      // Blockquote, code block and anything else the model lacks: keep the text, drop the wrapper.
      const children = node.content ?? [];
      if (children.length === 0) return [];
      const isInline = children.every((c) => c.type === 'text' || c.type === 'hardBreak');
      return isInline ? [withInline({ type: 'paragraph' }, node)] : blocks(children);
    }
  }
}

function withInline<T extends { type: 'paragraph' } | { type: 'heading'; attrs: { level: 1 | 2 | 3 } }>(
  target: T,
  node: JSONContent,
): T & { content?: InlineNode[] } {
  const content = inline(node.content ?? []);
  return content.length > 0 ? { ...target, content } : target;
}

function listItems(nodes: JSONContent[]): ListItem[] {
  return nodes.flatMap((n) => {
    if (n.type !== 'listItem') return [];
    return [{ type: 'listItem' as const, content: nonEmptyBlocks(n.content ?? []) }];
  });
}

function tableCell(node: JSONContent): TableCell[] {
  if (node.type !== 'tableCell' && node.type !== 'tableHeader') return [];
  const cell: TableCell = { type: node.type, content: nonEmptyBlocks(node.content ?? []) };
  const attrs: { colspan?: number; rowspan?: number } = {};
  const colspan = node.attrs?.colspan;
  const rowspan = node.attrs?.rowspan;
  if (typeof colspan === 'number' && Number.isInteger(colspan) && colspan > 1) attrs.colspan = colspan;
  if (typeof rowspan === 'number' && Number.isInteger(rowspan) && rowspan > 1) attrs.rowspan = rowspan;
  if (attrs.colspan !== undefined || attrs.rowspan !== undefined) cell.attrs = attrs;
  return [cell];
}

/** List items and cells need at least one block: an empty one holds an empty paragraph. */
function nonEmptyBlocks(nodes: JSONContent[]): BlockNode[] {
  const result = blocks(nodes);
  return result.length > 0 ? result : [{ type: 'paragraph' }];
}

function inline(nodes: JSONContent[]): InlineNode[] {
  return nodes.flatMap((n): InlineNode[] => {
    if (n.type === 'hardBreak') return [{ type: 'hardBreak' }];
    if (n.type !== 'text' || typeof n.text !== 'string' || n.text.length === 0) return [];
    const marks = (n.marks ?? []).flatMap(mark);
    return [marks.length > 0 ? { type: 'text', text: n.text, marks } : { type: 'text', text: n.text }];
  });
}

function mark(m: { type: string; attrs?: Record<string, unknown> }): Mark[] {
  switch (m.type) {
    case 'bold':
    case 'italic':
    case 'underline':
      return [{ type: m.type }];
    case 'link': {
      const href = typeof m.attrs?.href === 'string' ? m.attrs.href.trim() : '';
      return /^(https?:|mailto:)/i.test(href) ? [{ type: 'link', attrs: { href } }] : [];
    }
    default:
      return [];
  }
}
