import { useMemo, useRef } from 'react';
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
import { recordSave } from './record-save';
import type { ReportSave } from './save-status';
import { Toolbar } from './Toolbar';
import { toContent } from './to-content';

/**
 * One section's text in a TipTap editor. Each change is saved through 'sections:update' shortly
 * after the last keystroke and on blur; undo and redo are TipTap's history (Ctrl+Z, Ctrl+Shift+Z).
 * Each save is also one entry in the agenda's Fortryd/Gentag history (renderer/stores/history-store).
 */
export function SectionEditor({ itemId, section, onSave }: { itemId: number; section: Section; onSave: ReportSave }) {
  const { t } = useTranslation();
  const source = `section:${section.key}`;
  // The text as last saved: what Fortryd goes back to after the next save.
  const saved = useRef<ContentDoc>(section.content);
  const autosave = useAutosave<ContentDoc>(
    async (content) => {
      patchItem(await api().call('sections:update', { itemId, key: section.key, content }));
      recordSave(itemId, { key: 'section', values: { section: section.heading } }, saved.current, content, (id, value) =>
        api().call('sections:update', { itemId: id, key: section.key, content: value }),
      );
      saved.current = content;
    },
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
      {/* The text first in the tab order; the style sheet draws the bar above it. */}
      <EditorContent editor={editor} />
      <Toolbar editor={editor} section={section.heading} />
    </div>
  );
}
