import { z } from 'zod';
import { CONTENT_LIMITS } from '../domain/text-limits';
import { contentLimitProblem } from './content-limits';

/**
 * Structured section text. The node names follow ProseMirror/TipTap's JSON so the editor maps
 * one to one; the PDF and DOCX renderers read the same tree, so every edition says the same.
 */
export const CONTENT_VERSION = 1;

export const markSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('bold') }),
  z.object({ type: z.literal('italic') }),
  z.object({ type: z.literal('underline') }),
  z.object({
    type: z.literal('link'),
    attrs: z.object({ href: z.string().regex(/^(https?:|mailto:)/i, 'Et link skal begynde med http:, https: eller mailto:') }),
  }),
]);
export type Mark = z.infer<typeof markSchema>;

export const textNodeSchema = z.object({
  type: z.literal('text'),
  text: z.string().min(1),
  marks: z.array(markSchema).optional(),
});
export const hardBreakSchema = z.object({ type: z.literal('hardBreak') });
export const inlineSchema = z.discriminatedUnion('type', [textNodeSchema, hardBreakSchema]);
export type TextNode = z.infer<typeof textNodeSchema>;
export type InlineNode = z.infer<typeof inlineSchema>;

export interface Paragraph { type: 'paragraph'; content?: InlineNode[] }
export interface Heading { type: 'heading'; attrs: { level: 1 | 2 | 3 }; content?: InlineNode[] }
export interface ListItem { type: 'listItem'; content: BlockNode[] }
export interface BulletList { type: 'bulletList'; content: ListItem[] }
export interface OrderedList { type: 'orderedList'; attrs?: { start?: number }; content: ListItem[] }
export interface TableCell { type: 'tableCell' | 'tableHeader'; attrs?: { colspan?: number; rowspan?: number }; content: BlockNode[] }
export interface TableRow { type: 'tableRow'; content: TableCell[] }
export interface Table { type: 'table'; content: TableRow[] }
export type BlockNode = Paragraph | Heading | BulletList | OrderedList | Table;
export interface ContentDoc { type: 'doc'; content: BlockNode[] }

const inlineContent = z.array(inlineSchema).optional();

export const paragraphSchema: z.ZodType<Paragraph> = z.object({ type: z.literal('paragraph'), content: inlineContent });
export const headingSchema: z.ZodType<Heading> = z.object({
  type: z.literal('heading'),
  attrs: z.object({ level: z.union([z.literal(1), z.literal(2), z.literal(3)]) }),
  content: inlineContent,
});
export const blockSchema: z.ZodType<BlockNode> = z.lazy(() =>
  z.union([paragraphSchema, headingSchema, bulletListSchema, orderedListSchema, tableSchema]),
);
export const listItemSchema: z.ZodType<ListItem> = z.lazy(() =>
  z.object({ type: z.literal('listItem'), content: z.array(blockSchema).min(1) }),
);
export const bulletListSchema: z.ZodType<BulletList> = z.lazy(() =>
  z.object({ type: z.literal('bulletList'), content: z.array(listItemSchema).min(1) }),
);
export const orderedListSchema: z.ZodType<OrderedList> = z.lazy(() =>
  z.object({
    type: z.literal('orderedList'),
    attrs: z.object({ start: z.number().int().min(0).optional() }).optional(),
    content: z.array(listItemSchema).min(1),
  }),
);
export const tableCellSchema: z.ZodType<TableCell> = z.lazy(() =>
  z.object({
    type: z.enum(['tableCell', 'tableHeader']),
    attrs: z.object({ colspan: z.number().int().min(1).optional(), rowspan: z.number().int().min(1).optional() }).optional(),
    content: z.array(blockSchema).min(1),
  }),
);
export const tableRowSchema: z.ZodType<TableRow> = z.lazy(() =>
  z.object({ type: z.literal('tableRow'), content: z.array(tableCellSchema).min(1) }),
);
export const tableSchema: z.ZodType<Table> = z.lazy(() =>
  z.object({ type: z.literal('table'), content: z.array(tableRowSchema).min(1) }),
);

const contentDocShape: z.ZodType<ContentDoc> = z.object({
  type: z.literal('doc'),
  content: z.array(blockSchema),
});

/**
 * A content tree whose size and nesting are checked first, without recursion, so a hostile tree
 * (a list inside a list 10,000 deep) gets a Danish message naming the field instead of
 * overflowing the stack of the recursive schema below. `what` names the field ("Afsnittets tekst").
 */
export function contentDocField(what: string): z.ZodType<ContentDoc> {
  return z.preprocess((value, ctx) => {
    const problem = contentLimitProblem(value, what, CONTENT_LIMITS);
    if (problem) ctx.addIssue({ code: 'custom', message: problem, input: value });
    return value;
  }, contentDocShape);
}

export const contentDocSchema: z.ZodType<ContentDoc> = contentDocField('Teksten');

export const emptyDoc = (): ContentDoc => ({ type: 'doc', content: [] });
