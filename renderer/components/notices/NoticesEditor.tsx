import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { EditorContent, useEditor } from '@tiptap/react';
import type { ContentDoc } from '../../../shared/content/content-model';
import { emptyDoc } from '../../../shared/content/content-model';
import type { Notice } from '../../../shared/domain/entities';
import { api } from '../../api/api';
import { useDraftList } from '../../hooks/use-draft-list';
import { useItemListAutosave } from '../../hooks/use-item-list-autosave';
import { cleanPastedHtml } from '../editor/clean-paste';
import { editorExtensions } from '../editor/extensions';
import { fromContent } from '../editor/from-content';
import type { ReportSave } from '../editor/save-status';
import { toContent } from '../editor/to-content';
import { Toolbar } from '../editor/Toolbar';
import { NumberedList } from '../common/NumberedList';

interface DraftNotice {
  /** A stable React key; the editor of a notice moves with it. */
  key: number;
  title: string;
  content: ContentDoc;
}

type SavedNotices = { title: string; content: ContentDoc }[];

const toSaved = (drafts: readonly DraftNotice[]): SavedNotices =>
  drafts.filter((n) => n.title.trim() !== '').map((n) => ({ title: n.title.trim(), content: n.content }));

/**
 * Meddelelser: numbered notices under the one item, each a title and a text. Add, remove and
 * reorder; saved as a whole through 'notices:set' shortly after the last change and on blur. A
 * notice without a title is kept out of the saved list until it gets one.
 */
export function NoticesEditor({ itemId, notices, onSave }: { itemId: number; notices: Notice[]; onSave: ReportSave }) {
  const { t } = useTranslation();
  const autosave = useItemListAutosave<SavedNotices>(
    itemId,
    'notices',
    notices.map((n) => ({ title: n.title, content: n.content })),
    (id, value) => api().call('notices:set', { itemId: id, notices: value }),
    onSave,
  );
  const { drafts, update, move, remove, add, fieldRef } = useDraftList<DraftNotice>(
    () => notices.map((n) => ({ title: n.title, content: n.content })),
    (next) => autosave.schedule(toSaved(next)),
  );

  return (
    <div className="notices-editor" role="group" aria-label={t('notices.label')}>
      {drafts.length === 0 ? <p className="muted">{t('notices.none')}</p> : null}
      <NumberedList
        items={drafts}
        className={{ list: 'notices-edit-list', item: 'notice-edit' }}
        labels={(number) => ({ up: t('notices.moveUp', { number }), down: t('notices.moveDown', { number }), remove: t('notices.remove', { number }) })}
        onMove={move}
        onRemove={remove}
      >
        {(notice, number) => (
          <>
            <input
              ref={fieldRef(notice.key)}
              type="text"
              className="notice-title-input"
              aria-label={t('notices.title', { number })}
              placeholder={t('notices.titlePlaceholder')}
              value={notice.title}
              onChange={(e) => update(notice.key, { title: e.target.value })}
              onBlur={() => autosave.flush()}
            />
            {notice.title.trim() === '' && notice.content.content.length > 0 ? (
              <p className="field-hint">{t('notices.needsTitle')}</p>
            ) : null}
            <NoticeText
              label={t('notices.text', { number })}
              content={notice.content}
              onChange={(content) => update(notice.key, { content })}
              onBlur={() => autosave.flush()}
            />
          </>
        )}
      </NumberedList>
      <button type="button" className="button button-small button-quiet" onClick={() => add({ title: '', content: emptyDoc() })}>
        {t('notices.add')}
      </button>
    </div>
  );
}

/** One notice's text: the section editor's TipTap set-up, toolbar and paste cleaning. */
function NoticeText({ label, content, onChange, onBlur }: { label: string; content: ContentDoc; onChange(content: ContentDoc): void; onBlur(): void }) {
  const handlers = useRef({ onChange, onBlur });
  handlers.current = { onChange, onBlur };
  const extensions = useMemo(() => editorExtensions(), []);
  const editor = useEditor({
    extensions,
    content: fromContent(content),
    editorProps: {
      attributes: { class: 'editor-text content', 'aria-label': label, 'aria-multiline': 'true', role: 'textbox', spellcheck: 'true', lang: 'da' },
      transformPastedHTML: cleanPastedHtml,
    },
    onUpdate: ({ editor: e }) => handlers.current.onChange(toContent(e.getJSON())),
    onBlur: () => handlers.current.onBlur(),
  });
  // The number in the name changes when the notice moves.
  useEffect(() => {
    if (editor.isInitialized) editor.view.dom.setAttribute('aria-label', label);
  }, [editor, label]);
  return (
    <div className="section-editor notice-text-editor">
      {/* Tab from the notice's title goes into its text, not onto the bar (drawn above the text). */}
      <EditorContent editor={editor} />
      <Toolbar editor={editor} section={label} compact />
    </div>
  );
}
