import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditorState, type Editor } from '@tiptap/react';
import { useRovingToolbar } from '../../hooks/use-roving-toolbar';

const ALLOWED_HREF = /^(https?:\/\/|mailto:)/i;

/**
 * The compact formatting bar above a section's text. Every button has a Danish name and keeps focus
 * in the text. Each bar is one tab stop (arrow keys inside); the editors put it after the text in
 * the tab order, so Tab from the field before goes straight into the text. `compact` (a notice's
 * narrow text) leaves out headings and tables, which a notice has no use for, so it fits on one row.
 */
export function Toolbar({ editor, section, compact = false }: { editor: Editor; section: string; compact?: boolean }) {
  const { t } = useTranslation();
  const bar = useRovingToolbar<HTMLDivElement>();
  const tableBar = useRovingToolbar<HTMLDivElement>();
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      level: ([1, 2, 3] as const).find((level) => e.isActive('heading', { level })) ?? 0,
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      underline: e.isActive('underline'),
      bulletList: e.isActive('bulletList'),
      orderedList: e.isActive('orderedList'),
      link: e.isActive('link'),
      inTable: e.isActive('table'),
      canIndent: e.can().sinkListItem('listItem'),
      canOutdent: e.can().liftListItem('listItem'),
      canUndo: e.can().undo(),
      canRedo: e.can().redo(),
    }),
  });
  const [linkOpen, setLinkOpen] = useState(false);

  const chain = () => editor.chain().focus();

  return (
    <div className="editor-toolbar-wrap">
      <div
        ref={bar.ref}
        className="editor-toolbar"
        role="toolbar"
        aria-label={t('editor.toolbar', { section })}
        onKeyDown={bar.onKeyDown}
        onFocus={bar.onFocus}
      >
        {/* Buttons, not a <select>: the agenda list next to the editor owns the page's options. */}
        {compact ? null : (
          <>
            <ToolButton
              label={t('editor.headingToggle')}
              pressed={state.level !== 0}
              onClick={() => (state.level !== 0 ? chain().setParagraph().run() : chain().setHeading({ level: 2 }).run())}
            >
              <span className="editor-tool-word">{t('editor.headingShort')}</span>
            </ToolButton>
            <Divider />
          </>
        )}
        <ToolButton label={t('editor.bold')} pressed={state.bold} onClick={() => chain().toggleBold().run()}>
          <b aria-hidden="true">{t('editor.boldLetter')}</b>
        </ToolButton>
        <ToolButton label={t('editor.italic')} pressed={state.italic} onClick={() => chain().toggleItalic().run()}>
          <i aria-hidden="true">{t('editor.italicLetter')}</i>
        </ToolButton>
        <ToolButton label={t('editor.underline')} pressed={state.underline} onClick={() => chain().toggleUnderline().run()}>
          <u aria-hidden="true">{t('editor.underlineLetter')}</u>
        </ToolButton>
        <Divider />
        <ToolButton label={t('editor.bulletList')} pressed={state.bulletList} onClick={() => chain().toggleBulletList().run()}>
          <ListIcon ordered={false} />
        </ToolButton>
        <ToolButton label={t('editor.orderedList')} pressed={state.orderedList} onClick={() => chain().toggleOrderedList().run()}>
          <ListIcon ordered />
        </ToolButton>
        <ToolButton label={t('editor.outdent')} disabled={!state.canOutdent} onClick={() => chain().liftListItem('listItem').run()}>
          <span aria-hidden="true">⇤</span>
        </ToolButton>
        <ToolButton label={t('editor.indent')} disabled={!state.canIndent} onClick={() => chain().sinkListItem('listItem').run()}>
          <span aria-hidden="true">⇥</span>
        </ToolButton>
        <Divider />
        {compact ? null : (
          <ToolButton
            label={t('editor.table')}
            disabled={state.inTable}
            onClick={() => chain().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run()}
          >
            <TableIcon />
          </ToolButton>
        )}
        <ToolButton label={t('editor.link')} pressed={state.link || linkOpen} onClick={() => setLinkOpen((open) => !open)}>
          <LinkIcon />
        </ToolButton>
        <Divider />
        <ToolButton label={t('editor.undo')} disabled={!state.canUndo} onClick={() => chain().undo().run()}>
          <span aria-hidden="true">↶</span>
        </ToolButton>
        <ToolButton label={t('editor.redo')} disabled={!state.canRedo} onClick={() => chain().redo().run()}>
          <span aria-hidden="true">↷</span>
        </ToolButton>
      </div>
      {state.inTable ? (
        <div
          ref={tableBar.ref}
          className="editor-toolbar editor-table-tools"
          role="toolbar"
          aria-label={t('editor.tableTools', { section })}
          onKeyDown={tableBar.onKeyDown}
          onFocus={tableBar.onFocus}
        >
          <TextButton onClick={() => chain().addRowAfter().run()}>{t('editor.addRow')}</TextButton>
          <TextButton onClick={() => chain().addColumnAfter().run()}>{t('editor.addColumn')}</TextButton>
          <TextButton onClick={() => chain().deleteRow().run()}>{t('editor.deleteRow')}</TextButton>
          <TextButton onClick={() => chain().deleteColumn().run()}>{t('editor.deleteColumn')}</TextButton>
          <TextButton onClick={() => chain().deleteTable().run()}>{t('editor.deleteTable')}</TextButton>
        </div>
      ) : null}
      {linkOpen ? <LinkForm editor={editor} onClose={() => setLinkOpen(false)} /> : null}
    </div>
  );
}

/** An inline form, not window.prompt: Electron has no prompt dialog. */
function LinkForm({ editor, onClose }: { editor: Editor; onClose(): void }) {
  const { t } = useTranslation();
  const current = (editor.getAttributes('link').href as string | undefined) ?? '';
  const [href, setHref] = useState(current);
  const [invalid, setInvalid] = useState(false);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const value = href.trim();
    if (!ALLOWED_HREF.test(value)) {
      setInvalid(true);
      return;
    }
    editor.chain().focus().extendMarkRange('link').setLink({ href: value }).run();
    onClose();
  };
  return (
    <form className="editor-link-form" onSubmit={submit}>
      <label>
        <span>{t('editor.linkAddress')}</span>
        <input
          type="url"
          value={href}
          autoFocus
          placeholder="https://"
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? 'editor-link-error' : undefined}
          onChange={(e) => {
            setHref(e.target.value);
            setInvalid(false);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.preventDefault();
              onClose();
              editor.commands.focus();
            }
          }}
        />
      </label>
      <button type="submit" className="button button-small">
        {t('editor.linkApply')}
      </button>
      {current ? (
        <button
          type="button"
          className="button button-small button-quiet"
          onClick={() => {
            editor.chain().focus().extendMarkRange('link').unsetLink().run();
            onClose();
          }}
        >
          {t('editor.linkRemove')}
        </button>
      ) : null}
      {invalid ? (
        <p id="editor-link-error" className="field-error" role="alert">
          {t('editor.linkInvalid')}
        </p>
      ) : null}
    </form>
  );
}

function ToolButton({
  label,
  pressed,
  disabled,
  onClick,
  children,
}: {
  label: string;
  pressed?: boolean;
  disabled?: boolean;
  onClick(): void;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      className="editor-tool"
      aria-label={label}
      title={label}
      aria-pressed={pressed}
      disabled={disabled}
      // Keep the selection in the text: a mouse press on the bar must not blur the editor.
      onMouseDown={(e) => e.preventDefault()}
      onClick={onClick}
    >
      {children}
    </button>
  );
}

function TextButton({ onClick, children }: { onClick(): void; children: ReactNode }) {
  return (
    <button type="button" className="editor-tool editor-tool-text" onMouseDown={(e) => e.preventDefault()} onClick={onClick}>
      {children}
    </button>
  );
}

function Divider() {
  return <span className="editor-divider" aria-hidden="true" />;
}

function ListIcon({ ordered }: { ordered: boolean }) {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      {[3, 8, 13].map((y, i) =>
        ordered ? (
          <text key={y} x="0" y={y + 2} fontSize="5" fill="currentColor">
            {i + 1}
          </text>
        ) : (
          <circle key={y} cx="2" cy={y} r="1.3" fill="currentColor" />
        ),
      )}
      {[3, 8, 13].map((y) => (
        <rect key={`l${y}`} x="5" y={y - 0.75} width="11" height="1.5" rx="0.75" fill="currentColor" />
      ))}
    </svg>
  );
}

function LinkIcon() {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinecap="round">
      <path d="M6.5 9.5a3 3 0 0 0 4.2 0l2.3-2.3a3 3 0 0 0-4.2-4.2l-.9.9" />
      <path d="M9.5 6.5a3 3 0 0 0-4.2 0L3 8.8a3 3 0 0 0 4.2 4.2l.9-.9" />
    </svg>
  );
}

function TableIcon() {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <rect x="1" y="2" width="14" height="12" rx="1.5" fill="none" stroke="currentColor" strokeWidth="1.3" />
      <path d="M1 6h14M1 10h14M6 2v12M10.5 2v12" stroke="currentColor" strokeWidth="1" />
    </svg>
  );
}
