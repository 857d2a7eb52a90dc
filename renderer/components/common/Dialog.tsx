import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import '../../styles/dialog.css';

const FOCUSABLE = 'a[href], button:not(:disabled), input:not(:disabled), select:not(:disabled), textarea:not(:disabled), [tabindex]:not([tabindex="-1"])';

export interface DialogProps {
  title: string;
  onClose(): void;
  children: ReactNode;
  /** The buttons at the bottom (submit, cancel …); they stay in view while the body scrolls. */
  footer?: ReactNode;
  /** What gets the focus on opening: an element, the close button ('close'), or by default the body's first field, else the close button. */
  initialFocus?: RefObject<HTMLElement | null> | 'close';
  /** 'alertdialog' for a confirmation that asks before something cannot be undone. */
  role?: 'dialog' | 'alertdialog';
  /** The element whose text describes the dialog (a confirmation's question). */
  describedBy?: string;
  className?: string;
  /** Wraps body and footer in a form: Enter in a field submits. */
  onSubmit?(): void;
}

/**
 * A modal dialog: the focus moves in and stays in (Tab and Shift+Tab cycle), Escape or a click
 * on the backdrop closes it, and the focus returns to what had it before (the button that opened it).
 */
export function Dialog({ title, onClose, children, footer, initialFocus, role = 'dialog', describedBy, className, onSubmit }: DialogProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const dialogRef = useRef<HTMLDivElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const body = dialogRef.current?.querySelector<HTMLElement>('.dialog-body');
    const first = body?.querySelector<HTMLElement>('input:not(:disabled), select:not(:disabled), textarea:not(:disabled)');
    const target = initialFocus === 'close' ? null : (initialFocus?.current ?? first);
    (target ?? closeRef.current)?.focus();
    return () => {
      // A menu item that opened the dialog hands the focus to its menu button first, so this is still there.
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    // Keys belong to the dialog, not to the page behind it (Ctrl+Z there would undo an agenda change).
    e.stopPropagation();
    if (e.key === 'Escape') {
      e.preventDefault();
      onCloseRef.current();
      return;
    }
    if (e.key !== 'Tab' || !dialogRef.current) return;
    // In document order (some DOM implementations return a selector list grouped by selector).
    const focusable = [...dialogRef.current.querySelectorAll<HTMLElement>(FOCUSABLE)].sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    const first = focusable[0];
    const last = focusable.at(-1);
    if (!first || !last) return;
    if (e.shiftKey && (document.activeElement === first || !dialogRef.current.contains(document.activeElement))) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && (document.activeElement === last || !dialogRef.current.contains(document.activeElement))) {
      e.preventDefault();
      first.focus();
    }
  }

  const content = (
    <>
      <div className="dialog-body dialog-stack">{children}</div>
      {footer ? <div className="dialog-footer">{footer}</div> : null}
    </>
  );

  return (
    <div className="dialog-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onCloseRef.current()}>
      <div
        ref={dialogRef}
        className={`dialog${className ? ` ${className}` : ''}`}
        role={role}
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={describedBy}
        onKeyDown={onKeyDown}
      >
        <header className="dialog-header">
          <h2 id={titleId}>{title}</h2>
          <button ref={closeRef} type="button" className="button button-small button-quiet" onClick={() => onCloseRef.current()}>
            {t('dialog.close')}
          </button>
        </header>
        {onSubmit ? (
          <form
            className="dialog-form"
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              onSubmit();
            }}
          >
            {content}
          </form>
        ) : (
          content
        )}
      </div>
    </div>
  );
}
