import type { z } from 'zod';
import { isUserError, UNEXPECTED_ERROR_MESSAGE, type Envelope } from '../../shared/api/envelope';

export const FORBIDDEN: Envelope<never> = { ok: false, error: { code: 'forbidden', message: 'Afvist: ukendt afsender.' } };
export const INVALID_REQUEST: Envelope<never> = { ok: false, error: { code: 'invalid_input', message: 'Ugyldig forespørgsel fra vinduet.' } };

/**
 * The shape of every IPC answer: refuse an unknown sender, refuse a payload that does not match
 * its schema, otherwise run the work and wrap the result. Never throws: a thrown error would reach
 * the renderer as an English "Error invoking remote method" string.
 */
export async function answerGuarded<S extends z.ZodType, T>(
  trusted: boolean,
  payload: unknown,
  schema: S,
  work: (input: z.output<S>) => Promise<Envelope<T>> | Envelope<T>,
  log: (error: unknown) => void = (e) => console.error(e),
): Promise<Envelope<T>> {
  if (!trusted) return FORBIDDEN;
  const parsed = schema.safeParse(payload);
  if (!parsed.success) return INVALID_REQUEST;
  try {
    return await work(parsed.data);
  } catch (error) {
    if (isUserError(error)) return { ok: false, error: { code: error.code, message: error.message } };
    log(error);
    return { ok: false, error: { code: 'unexpected', message: UNEXPECTED_ERROR_MESSAGE } };
  }
}
