import { contract, isMethodName, type ApiInput, type ApiResult, type MethodName } from '../../shared/api/contract';
import type { Transport } from '../../shared/api/client';
import type { Envelope } from '../../shared/api/envelope';

/**
 * A transport for renderer tests built on the real contract: every call's arguments are validated
 * with the method's zod schema, exactly as the services do, and answered by the handlers given.
 * A method without a handler answers with an error, so a test sees every call it did not expect.
 */
export type FakeHandlers = { [M in MethodName]?: (input: ApiInput<M>) => ApiResult<M> | Promise<ApiResult<M>> };

export class FakeUserError extends Error {
  constructor(
    message: string,
    public code = 'fake_error',
  ) {
    super(message);
  }
}

export interface FakeTransport {
  transport: Transport;
  calls: { method: string; args: unknown }[];
}

export function fakeTransport(handlers: FakeHandlers): FakeTransport {
  const calls: { method: string; args: unknown }[] = [];
  const transport: Transport = async (method, args): Promise<Envelope<unknown>> => {
    calls.push({ method, args });
    if (!isMethodName(method)) return { ok: false, error: { code: 'unknown_method', message: `Ukendt funktion: ${method}` } };
    const parsed = contract[method].input.safeParse(args ?? {});
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => ({ path: i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)), message: i.message }));
      return {
        ok: false,
        error: { code: 'invalid_input', message: `Ugyldige oplysninger – ${issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`, issues },
      };
    }
    const handler = handlers[method] as ((input: unknown) => unknown) | undefined;
    if (!handler) return { ok: false, error: { code: 'not_faked', message: `Ikke forfalsket i testen: ${method}` } };
    try {
      return { ok: true, value: await handler(parsed.data) };
    } catch (error) {
      if (error instanceof FakeUserError) return { ok: false, error: { code: error.code, message: error.message } };
      throw error;
    }
  };
  return { transport, calls };
}
