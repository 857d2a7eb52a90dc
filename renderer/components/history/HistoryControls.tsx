import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useHistoryStore, type HistoryLabel } from '../../stores/history-store';

const NON_TEXT_INPUTS = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'file', 'range', 'color', 'image']);

/** True inside a text editor or a text field: there Ctrl+Z is the field's own undo. */
export function isTextTarget(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target.closest('textarea, select, [contenteditable=""], [contenteditable="true"], .ProseMirror')) return true;
  const input = target.closest('input');
  return !!input && !NON_TEXT_INPUTS.has(input.type);
}

/** Which history step a key press asks for, if any: Ctrl+Z undo; Ctrl+Shift+Z and Ctrl+Y redo (Cmd on macOS). */
export function historyKey(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): 'undo' | 'redo' | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  const key = event.key.toLowerCase();
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !event.shiftKey) return 'redo';
  return null;
}

/** Undo or redo from the menu or a shortcut, unless the focus is in a text field (which has its own). */
export function runHistoryCommand(command: 'undo' | 'redo', target: EventTarget | null = document.activeElement): boolean {
  if (isTextTarget(target)) return false;
  const history = useHistoryStore.getState();
  void (command === 'undo' ? history.undo() : history.redo());
  return true;
}

/** Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y anywhere on the page outside text fields. */
export function useHistoryKeys(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const command = historyKey(event);
      if (!command || isTextTarget(event.target)) return;
      event.preventDefault();
      runHistoryCommand(command, event.target);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}

/** "Fortryd" and "Gentag" for agenda changes, with a polite status saying what was undone or redone. */
export function HistoryControls() {
  const { t } = useTranslation();
  useHistoryKeys();
  const lastUndo = useHistoryStore((s) => s.undoStack[s.undoStack.length - 1]);
  const lastRedo = useHistoryStore((s) => s.redoStack[s.redoStack.length - 1]);
  const busy = useHistoryStore((s) => s.busy);
  const status = useHistoryStore((s) => s.status);
  const undo = useHistoryStore((s) => s.undo);
  const redo = useHistoryStore((s) => s.redo);
  const what = (label: HistoryLabel) => t(`history.${label.key}`, label.values);
  const undoTitle = lastUndo ? t('history.undoTitle', { what: what(lastUndo.label) }) : t('history.undoEmpty');
  const redoTitle = lastRedo ? t('history.redoTitle', { what: what(lastRedo.label) }) : t('history.redoEmpty');

  return (
    <div className="history-controls" role="group" aria-label={t('history.label')} style={{ display: 'flex', alignItems: 'center', gap: 4, flexWrap: 'wrap' }}>
      <button
        type="button"
        className="button button-quiet button-small"
        title={undoTitle}
        aria-keyshortcuts="Control+Z"
        disabled={!lastUndo || busy}
        onClick={() => void undo()}
      >
        <span aria-hidden="true">↶</span> {t('history.undo')}
      </button>
      <button
        type="button"
        className="button button-quiet button-small"
        title={redoTitle}
        aria-keyshortcuts="Control+Shift+Z Control+Y"
        disabled={!lastRedo || busy}
        onClick={() => void redo()}
      >
        <span aria-hidden="true">↷</span> {t('history.redo')}
      </button>
      <p className="history-status muted" role="status" aria-live="polite" data-testid="history-status" style={{ margin: 0, fontSize: 'var(--text-sm)' }}>
        {status === null
          ? ''
          : status.kind === 'failed'
            ? t('history.failed', { message: status.message })
            : t(status.kind === 'undone' ? 'history.undone' : 'history.redone', { what: what(status.label) })}
      </p>
    </div>
  );
}
