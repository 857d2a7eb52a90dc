import type { Extensions } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { Table, TableCell, TableHeader, TableRow } from '@tiptap/extension-table';

const ALLOWED_HREF = /^(https?:|mailto:)/i;

/**
 * The editor's schema: exactly the content model's nodes and marks. The editor, paste cleaning and
 * .docx import all parse with this one list, so what can be typed, pasted and imported is the same.
 */
export function editorExtensions(): Extensions {
  return [
    StarterKit.configure({
      heading: { levels: [1, 2, 3] },
      // Not in the content model: pasted quotes and code fall back to paragraphs.
      blockquote: false,
      code: false,
      codeBlock: false,
      horizontalRule: false,
      strike: false,
      link: {
        autolink: false,
        openOnClick: false,
        linkOnPaste: true,
        protocols: ['http', 'https', 'mailto'],
        defaultProtocol: 'https',
        isAllowedUri: (url) => ALLOWED_HREF.test(url.trim()),
      },
    }),
    Table.configure({ resizable: false }),
    TableRow,
    TableHeader,
    TableCell,
  ];
}
