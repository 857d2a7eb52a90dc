/**
 * How results and errors cross the boundary between services and their callers (IPC, HTTP, CLI).
 * A UserError carries a Danish message meant for the person at the screen; anything else is a bug
 * and reaches the user only as a generic message.
 */
export class UserError extends Error {
  constructor(
    message: string,
    public code: string,
  ) {
    super(message);
    this.name = 'UserError';
  }
}

export interface ApiError {
  code: string;
  message: string;
  /** Field paths for validation errors, e.g. ["items", 2, "title"]. */
  issues?: { path: (string | number)[]; message: string }[];
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export const UNEXPECTED_ERROR_MESSAGE = 'Der opstod en uventet fejl. Intet er ændret. Prøv igen, og kontakt support, hvis fejlen gentager sig.';

export function isUserError(error: unknown): error is UserError {
  return error instanceof Error && error.name === 'UserError' && typeof (error as UserError).code === 'string';
}
