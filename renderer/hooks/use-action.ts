import { useCallback, useRef, useState } from 'react';
import { ApiCallError } from '../../shared/api/client';
import type { ApiError } from '../../shared/api/envelope';

export interface ActionState {
  pending: boolean;
  /** The Danish message of the last failure, shown in an alert next to the action. */
  error: string | null;
  /** Field messages from validation issues, keyed by the first element of the issue's path. */
  fieldErrors: Record<string, string>;
  run<T>(work: () => Promise<T>): Promise<T | undefined>;
  clear(): void;
}

/** Runs an API action and keeps its error where the form can show it. Never throws. */
export function useAction(): ActionState {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const busy = useRef(false);

  const run = useCallback(async <T,>(work: () => Promise<T>): Promise<T | undefined> => {
    if (busy.current) return undefined;
    busy.current = true;
    setPending(true);
    setError(null);
    setFieldErrors({});
    try {
      return await work();
    } catch (caught) {
      const apiError: ApiError | null = caught instanceof ApiCallError ? caught.error : null;
      const fields = fieldErrorsOf(apiError);
      setFieldErrors(fields);
      setError(apiError ? readableMessage(apiError) : caught instanceof Error ? caught.message : String(caught));
      return undefined;
    } finally {
      busy.current = false;
      setPending(false);
    }
  }, []);

  const clear = useCallback(() => {
    setError(null);
    setFieldErrors({});
  }, []);

  return { pending, error, fieldErrors, run, clear };
}

export function fieldErrorsOf(error: ApiError | null): Record<string, string> {
  const result: Record<string, string> = {};
  for (const issue of error?.issues ?? []) {
    if (issue.path.length === 0) continue;
    const key = issue.path.map(String).join('.');
    result[key] ??= issue.message;
    const first = String(issue.path[0]);
    result[first] ??= issue.message;
  }
  return result;
}

/** The API's message without the field paths ("title: …"): the fields show their own messages. */
export function readableMessage(error: ApiError): string {
  let message = error.message;
  for (const issue of error.issues ?? []) {
    if (issue.path.length > 0) message = message.replace(`${issue.path.join('.')}: `, '');
  }
  return message;
}
