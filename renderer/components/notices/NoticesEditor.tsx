import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EditorContent, useEditor } from '@tiptap/react';
import type { ContentDoc } from '../../../shared/content/content-model';
import { emptyDoc } from '../../../shared/content/content-model';
import type { Notice } from '../../../shared/domain/entities';
import { api } from '../../api/api';
import { useAutosave } from '../editor/autosave';
import { cleanPastedHtml } from '../editor/clean-paste';
import { editorExtensions } from '../editor/extensions';
import { fromContent } from '../editor/from-content';
import { patchItem } from '../editor/patch-item';
import { recordSave } from '../editor/record-save';
import type { ReportSave } from '../editor/save-status';
import { toContent } from '../editor/to-content';
import { Toolbar } from '../editor/Toolbar';
import { RowActions } from '../common/RowActions';

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
  const nextKey = useRef(notices.length);
  const [drafts, setDrafts] = useState<DraftNotice[]>(() => notices.map((n, i) => ({ key: i, title: n.title, content: n.content })));
  // Always the newest list: an editor's update callback is created once and must not see an old one.
  const current = useRef(drafts);
  current.current = drafts;
  const saved = useRef<SavedNotices>(notices.map((n) => ({ title: n.title, content: n.content })));
  const autosave = useAutosave<SavedNotices>(
    async (value) => {
      patchItem(await api().call('notices:set', { itemId, notices: value }));
      recordSave(itemId, { key: 'notices' }, saved.current, value, (id, v) => api().call('notices:set', { itemId: id, notices: v }));
      saved.current = value;
    },
    (state) => onSave('notices', state),
  );
  const titles = useRef(new Map<number, HTMLInputElement>());

  const change = (next: DraftNotice[]) => {
    current.current = next;
    setDrafts(next);
    autosave.schedule(toSaved(next));
  };
  const update = (key: number, patch: Partial<DraftNotice>) => change(current.current.map((n) => (n.key === key ? { ...n, ...patch } : n)));
  const move = (index: number, by: -1 | 1) => {
    const next = [...current.current];
    const [moved] = next.splice(index, 1);
    if (!moved) return;
    next.splice(index + by, 0, moved);
    change(next);
  };
  const add = () => {
    const key = nextKey.current++;
    const next = [...current.current, { key, title: '', content: emptyDoc() }];
    current.current = next;
    setDrafts(next);
    requestAnimationFrame(() => titles.current.get(key)?.focus());
  };

  return (
    <div className="notices-editor" role="group" aria-label={t('notices.label')}>
      {drafts.length === 0 ? <p className="muted">{t('notices.none')}</p> : null}
      {drafts.length > 0 ? (
        <ol className="points-edit-list notices-edit-list">
          {drafts.map((notice, index) => {
            const number = index + 1;
            return (
              <li key={notice.key} className="point-edit notice-edit">
                <span className="point-number" aria-hidden="true">
                  {number}.
                </span>
                <div className="point-fields">
                  <input
                    ref={(el) => {
                      if (el) titles.current.set(notice.key, el);
                      else titles.current.delete(notice.key);
                    }}
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
                </div>
                <RowActions
                  index={index}
                  count={drafts.length}
                  labels={{ up: t('notices.moveUp', { number }), down: t('notices.moveDown', { number }), remove: t('notices.remove', { number }) }}
                  onMove={move}
                  onRemove={() => change(current.current.filter((n) => n.key !== notice.key))}
                />
              </li>
            );
          })}
        </ol>
      ) : null}
      <button type="button" className="button button-small button-quiet" onClick={add}>
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
      <Toolbar editor={editor} section={label} />
      <EditorContent editor={editor} />
    </div>
  );
}
