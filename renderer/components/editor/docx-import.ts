import mammoth from 'mammoth';
import type { ContentDoc } from '../../../shared/content/content-model';
import { htmlToContent } from './html-to-content';
import { splitSections } from './split-sections';

/**
 * A .docx case text → sections. mammoth reads the document's structure (headings, lists, tables,
 * bold/italic, links) into plain HTML, and the editor's schema parses that, so an import can hold
 * only what the editor can. (Vite picks mammoth's browser build through its "browser" field.)
 */
export async function docxToContent(data: ArrayBuffer): Promise<ContentDoc> {
  // The browser build reads `arrayBuffer`, the Node build (unit tests) `buffer`; both hand it to JSZip, which takes an ArrayBuffer.
  const input = { arrayBuffer: data, buffer: data } as { arrayBuffer: ArrayBuffer };
  const { value } = await mammoth.convertToHtml(input, { ignoreEmptyParagraphs: true });
  return htmlToContent(value);
}

export async function importDocx(data: ArrayBuffer): Promise<Map<string, ContentDoc>> {
  return splitSections(await docxToContent(data));
}
