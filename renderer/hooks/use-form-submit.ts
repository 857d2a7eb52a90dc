import { useCallback, useState } from 'react';
import { useAction, type ActionOptions, type ActionState } from './use-action';

export interface FormSubmitState extends ActionState {
  /** The confirmation under the form ("Partiet K er tilføjet."), for a StatusMessage. */
  status: string | null;
  setStatus(status: string | null): void;
  /**
   * Takes the last confirmation away, runs the save as useAction does and, when it succeeds,
   * shows the confirmation `saved` returns for the result (null for none).
   */
  submit<T>(work: () => Promise<T>, saved: (result: T) => string | null): Promise<T | undefined>;
}

/** A form that saves through the API: useAction's pending and errors, plus the confirmation once it is saved. */
export function useFormSubmit(options: ActionOptions = {}): FormSubmitState {
  const action = useAction(options);
  const { run } = action;
  const [status, setStatus] = useState<string | null>(null);

  const submit = useCallback(
    async <T,>(work: () => Promise<T>, saved: (result: T) => string | null): Promise<T | undefined> => {
      setStatus(null);
      const result = await run(work);
      if (result) setStatus(saved(result));
      return result;
    },
    [run],
  );

  return { ...action, status, setStatus, submit };
}
