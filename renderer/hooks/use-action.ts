import { useCallback, useRef, useState } from 'react';
import { ApiCallError } from '../../shared/api/client';
import type { ApiError } from '../../shared/api/envelope';

export interface ActionState {
  pending: boolean;
  /**
   * The Danish message of the last failure, shown in an alert next to the action: all of it, or,
   * when the form names its fields (useAction({ fields })), only what none of them shows (null when
   * every issue stands at its field), so no message is shown twice.
   */
  error: string | null;
  /** Field messages from validation issues, keyed by the first element of the issue's path. */
  fieldErrors: Record<string, string>;
  run<T>(work: () => Promise<T>): Promise<T | undefined>;
  clear(): void;
}

export interface ActionOptions {
  /**
   * The fields the form shows errors at, as issue paths: 'name', 'request.text', 'sections.*.heading'
   * (* is any one step). An issue at such a path, or below it, is left to its field.
   */
  fields?: readonly string[];
}

/** Runs an API action and keeps its error where the form can show it. Never throws. */
export function useAction(options: ActionOptions = {}): ActionState {
  const shownFields = useRef(options.fields);
  shownFields.current = options.fields;
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
      setError(apiError ? formMessage(apiError, shownFields.current) : caught instanceof Error ? caught.message : String(caught));
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

/** Does the issue path fall under one of the form's fields ('sections.*.heading' covers ['sections', 2, 'heading', …])? */
export function shownAtField(path: readonly (string | number)[], fields: readonly string[]): boolean {
  return fields.some((field) => {
    const steps = field.split('.');
    return steps.length <= path.length && steps.every((step, i) => step === '*' || step === String(path[i]));
  });
}

/**
 * What the form itself says about an error: the whole message when it knows no fields or the error
 * has no issues; otherwise only the issues no field shows, or null when every one stands at its field.
 */
export function formMessage(error: ApiError, fields: readonly string[] | undefined): string | null {
  const issues = error.issues ?? [];
  if (!fields || issues.length === 0) return readableMessage(error);
  const rest = issues.filter((issue) => issue.path.length === 0 || !shownAtField(issue.path, fields));
  if (rest.length === 0) return null;
  if (rest.length === issues.length) return readableMessage(error);
  return rest.map((issue) => issue.message).join('; ');
}
