import { Icon } from './Icon';

/**
 * An API error next to the action that caused it. role="alert" so a screen reader says it at once.
 * With onDismiss it has a close button (dismissLabel names it), for errors that stay until closed.
 */
export function ErrorAlert({ message, id, onDismiss, dismissLabel }: { message: string | null | undefined; id?: string; onDismiss?: () => void; dismissLabel?: string }) {
  if (!message) return null;
  return (
    <div className="alert alert-error" role="alert" id={id}>
      <Icon name="alert" />
      <span>{message}</span>
      {onDismiss ? (
        <button type="button" className="alert-dismiss" aria-label={dismissLabel} title={dismissLabel} onClick={onDismiss}>
          <Icon name="close" size={14} />
        </button>
      ) : null}
    </div>
  );
}

/** A quiet confirmation ("Gemt") announced politely. */
export function StatusMessage({ message }: { message: string | null | undefined }) {
  return (
    <p className="status-message" role="status" aria-live="polite">
      {message ? (
        <>
          <Icon name="check" />
          <span>{message}</span>
        </>
      ) : null}
    </p>
  );
}
