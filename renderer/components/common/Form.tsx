import type { ReactNode } from 'react';

interface FormProps {
  /** The accessible name: with it the form is a landmark (role="form") a screen reader can jump to. */
  label: string;
  className?: string;
  onSubmit(): void;
  /** Escape in the form: empty it, leave editing or undo its changes. */
  onEscape?(): void;
  /** Escape counts only in an input or a select, not on the buttons of a list's rows. */
  escapeInFieldsOnly?: boolean;
  children: ReactNode;
}

/** A form that saves without leaving the page, by Enter or its submit button, and hands Escape to `onEscape`. */
export function Form({ label, className = 'form-card', onSubmit, onEscape, escapeInFieldsOnly = false, children }: FormProps) {
  return (
    <form
      className={className}
      aria-label={label}
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
      onKeyDown={
        onEscape
          ? (e) => {
              if (e.key !== 'Escape') return;
              if (escapeInFieldsOnly && !(e.target instanceof HTMLInputElement || e.target instanceof HTMLSelectElement)) return;
              e.preventDefault();
              onEscape();
            }
          : undefined
      }
    >
      {children}
    </form>
  );
}
