import type { BlockNode, ContentDoc, InlineNode } from './content-model';

/** The words of a content tree, one block a line: for search, checks and empty-section tests. */
export function contentToPlainText(doc: ContentDoc): string {
  return doc.content.map(blockText).filter((l) => l.length > 0).join('\n');
}

export const isContentEmpty = (doc: ContentDoc): boolean => contentToPlainText(doc).trim().length === 0;

function blockText(block: BlockNode): string {
  switch (block.type) {
    case 'paragraph':
    case 'heading':
      return inlineText(block.content ?? []);
    case 'bulletList':
    case 'orderedList':
      return block.content.map((li) => li.content.map(blockText).join('\n')).join('\n');
    case 'table':
      return block.content.map((row) => row.content.map((cell) => cell.content.map(blockText).join(' ')).join('\t')).join('\n');
  }
}

function inlineText(nodes: InlineNode[]): string {
  return nodes.map((n) => (n.type === 'text' ? n.text : '\n')).join('');
}
