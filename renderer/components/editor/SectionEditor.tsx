import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EditorContent, useEditor } from '@tiptap/react';
import type { ContentDoc } from '../../../shared/content/content-model';
import type { Section } from '../../../shared/domain/entities';
import { api } from '../../api/api';
import { useAutosave } from './autosave';
import { cleanPastedHtml } from './clean-paste';
import { editorExtensions } from './extensions';
import { fromContent } from './from-content';
import { patchItem } from './patch-item';
import type { ReportSave } from './save-status';
import { Toolbar } from './Toolbar';
import { toContent } from './to-content';

/**
 * One section's text in a TipTap editor. Each change is saved through 'sections:update' shortly
 * after the last keystroke and on blur; undo and redo are TipTap's history (Ctrl+Z, Ctrl+Shift+Z).
 */
export function SectionEditor({ itemId, section, onSave }: { itemId: number; section: Section; onSave: ReportSave }) {
  const { t } = useTranslation();
  const source = `section:${section.key}`;
  const autosave = useAutosave<ContentDoc>(
    async (content) => patchItem(await api().call('sections:update', { itemId, key: section.key, content })),
    (state) => onSave(source, state),
  );
  const extensions = useMemo(() => editorExtensions(), []);
  const editor = useEditor({
    extensions,
    content: fromContent(section.content),
    editorProps: {
      attributes: {
        class: 'editor-text content',
        'aria-label': t('editor.sectionText', { section: section.heading }),
        'aria-multiline': 'true',
        role: 'textbox',
        spellcheck: 'true',
        lang: 'da',
      },
      transformPastedHTML: cleanPastedHtml,
    },
    onUpdate: ({ editor: e }) => {
      try {
        autosave.schedule(toContent(e.getJSON()));
      } catch (error) {
        // Cannot happen for the editor's own schema; if it does, say so rather than lose the change silently.
        onSave(source, { kind: 'error', message: error instanceof Error ? error.message : String(error) });
      }
    },
    onBlur: () => autosave.flush(),
  });

  return (
    <div className="section-editor">
      <Toolbar editor={editor} section={section.heading} />
      <EditorContent editor={editor} />
    </div>
  );
}
