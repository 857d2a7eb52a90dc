import { useState } from 'react';
import type { FormSubmitState } from './use-form-submit';

interface Options<R> {
  /** Puts a record's values in the fields, or empties them for a new one (null). */
  fill(record: R | null): void;
  /** Focuses the form's first field. */
  focus(): void;
}

export interface EditInForm<R> {
  /** The record the form edits; null while it adds a new one. */
  editing: R | null;
  startEdit(record: R): void;
  /** Back to adding a new record with empty fields: Escape, "Annuller". */
  reset(): void;
  /**
   * Creates, or updates the record being edited; once saved, shows the confirmation and makes the
   * form ready for the next record, the focus in its first field.
   */
  save<A, S>(args: A, calls: { create(args: A): Promise<S>; update(args: A & { id: number }): Promise<S> }, saved: (result: S, updated: boolean) => string): void;
}

/** Adding and editing a register's records (parties, people) in one form above the list. */
export function useEditInForm<R extends { id: number }>(form: FormSubmitState, { fill, focus }: Options<R>): EditInForm<R> {
  const [editing, setEditing] = useState<R | null>(null);

  const reset = () => {
    setEditing(null);
    fill(null);
    form.clear();
  };

  return {
    editing,
    startEdit: (record) => {
      setEditing(record);
      fill(record);
      form.setStatus(null);
      form.clear();
      focus();
    },
    reset,
    save: (args, { create, update }, saved) => {
      void form.submit(
        () => (editing ? update({ id: editing.id, ...args }) : create(args)),
        (result) => {
          reset();
          focus();
          return saved(result, editing !== null);
        },
      );
    },
  };
}
