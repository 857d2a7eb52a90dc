import type { BlockNode, ContentDoc, InlineNode } from './content-model';

/** Small constructors for code that writes content (demo data, imports, tests). */
export const text = (value: string): InlineNode[] => (value ? [{ type: 'text', text: value }] : []);

export const paragraph = (value: string): BlockNode => ({ type: 'paragraph', content: text(value) });

export const doc = (...blocks: BlockNode[]): ContentDoc => ({ type: 'doc', content: blocks });

export const paragraphs = (...values: string[]): ContentDoc => doc(...values.map(paragraph));

export const bulletList = (...values: string[]): BlockNode => ({
  type: 'bulletList',
  content: values.map((v) => ({ type: 'listItem', content: [paragraph(v)] })),
});

export const orderedList = (...values: string[]): BlockNode => ({
  type: 'orderedList',
  content: values.map((v) => ({ type: 'listItem', content: [paragraph(v)] })),
});

export const table = (header: string[], rows: string[][]): BlockNode => ({
  type: 'table',
  content: [
    { type: 'tableRow', content: header.map((h) => ({ type: 'tableHeader', content: [paragraph(h)] })) },
    ...rows.map((r) => ({ type: 'tableRow' as const, content: r.map((c) => ({ type: 'tableCell' as const, content: [paragraph(c)] })) })),
  ],
});
