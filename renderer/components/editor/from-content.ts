import type { JSONContent } from '@tiptap/core';
import type { ContentDoc } from '../../../shared/content/content-model';

/**
 * The content model → the editor's JSON. The model's node names are TipTap's, so this is a copy;
 * an empty document gets one empty paragraph, which the editor needs to place the cursor.
 */
export function fromContent(doc: ContentDoc | null | undefined): JSONContent {
  const content = (doc?.content ?? []) as JSONContent[];
  return { type: 'doc', content: content.length > 0 ? structuredClone(content) : [{ type: 'paragraph' }] };
}
