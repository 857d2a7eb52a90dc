import { Icon } from './Icon';

/** An API error next to the action that caused it. role="alert" so a screen reader says it at once. */
export function ErrorAlert({ message, id }: { message: string | null | undefined; id?: string }) {
  if (!message) return null;
  return (
    <div className="alert alert-error" role="alert" id={id}>
      <Icon name="alert" />
      <span>{message}</span>
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
