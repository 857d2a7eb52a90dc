import { generateJSON } from '@tiptap/core';
import type { ContentDoc } from '../../../shared/content/content-model';
import { cleanPastedHtml } from './clean-paste';
import { editorExtensions } from './extensions';
import { toContent } from './to-content';

/** HTML (pasted, or converted from .docx) → the content model, through the editor's own schema. */
export function htmlToContent(html: string): ContentDoc {
  return toContent(generateJSON(cleanPastedHtml(html), editorExtensions()));
}
