import type { BlockNode, ContentDoc, InlineNode } from '../../../shared/content/content-model';

/** Section headings in a case text and the section they start. Case-insensitive; a trailing colon is allowed. */
const HEADINGS: [RegExp, string][] = [
  [/^resum[eé]$/, 'resume'],
  [/^indstilling$/, 'indstilling'],
  [/^sagsfremstilling$/, 'sagsfremstilling'],
  [/^lovgrundlag$/, 'lovgrundlag'],
  [/^(økonomi|økonomiske konsekvenser)$/, 'oekonomi'],
  [/^beslutningskompetence$/, 'beslutningskompetence'],
];

export const FALLBACK_SECTION = 'sagsfremstilling';

/** The section key a heading text starts, or null. */
export function sectionKeyForHeading(text: string): string | null {
  const normalized = text.replace(/\u00a0/g, ' ').replace(/\s+/g, ' ').trim().replace(/\s*:$/, '').toLowerCase();
  return HEADINGS.find(([re]) => re.test(normalized))?.[1] ?? null;
}

/**
 * Splits an imported case text into sections by its headings. A heading that names a section starts
 * it (the heading itself is dropped: the section prints its own). A paragraph that is only bold text
 * naming a section counts as a heading too, as many case texts are written that way. Anything before
 * the first heading, or under a heading that names no section, goes to Sagsfremstilling (an unknown
 * heading stays in the text).
 */
export function splitSections(doc: ContentDoc): Map<string, ContentDoc> {
  const result = new Map<string, ContentDoc>();
  let current = FALLBACK_SECTION;
  const target = (key: string) => {
    let section = result.get(key);
    if (!section) {
      section = { type: 'doc', content: [] };
      result.set(key, section);
    }
    return section;
  };
  for (const block of doc.content) {
    const heading = headingText(block);
    if (heading !== null) {
      const key = sectionKeyForHeading(heading);
      if (key) {
        current = key;
        target(key);
        continue;
      }
      if (block.type === 'heading') current = FALLBACK_SECTION;
    }
    target(current).content.push(block);
  }
  for (const [key, section] of result) {
    trimEmptyParagraphs(section);
    if (section.content.length === 0 && key === FALLBACK_SECTION && !hasHeadingFor(doc, key)) result.delete(key);
  }
  return result;
}

function hasHeadingFor(doc: ContentDoc, key: string): boolean {
  return doc.content.some((b) => {
    const text = headingText(b);
    return text !== null && sectionKeyForHeading(text) === key;
  });
}

/** The text of a heading, or of a paragraph made only of bold text; null for anything else. */
function headingText(block: BlockNode): string | null {
  if (block.type === 'heading') return inlineText(block.content);
  if (block.type !== 'paragraph') return null;
  const texts = (block.content ?? []).filter((n): n is Extract<InlineNode, { type: 'text' }> => n.type === 'text' && n.text.trim() !== '');
  if (texts.length === 0 || !texts.every((n) => n.marks?.some((m) => m.type === 'bold'))) return null;
  return inlineText(block.content);
}

function inlineText(content: InlineNode[] | undefined): string {
  return (content ?? []).map((n) => (n.type === 'text' ? n.text : ' ')).join('');
}

function trimEmptyParagraphs(section: ContentDoc): void {
  const empty = (b: BlockNode | undefined) => b?.type === 'paragraph' && !(b.content ?? []).some((n) => n.type === 'text' && n.text.trim() !== '');
  while (section.content.length > 0 && empty(section.content[0])) section.content.shift();
  while (section.content.length > 0 && empty(section.content[section.content.length - 1])) section.content.pop();
}
