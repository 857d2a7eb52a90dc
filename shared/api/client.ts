import type { ApiArgs, ApiResult, MethodName } from './contract';
import type { ApiError, Envelope } from './envelope';

/** How a client reaches the handlers: IPC in Electron, loopback HTTP in browser mode, direct in tests. */
export type Transport = (method: string, args: unknown) => Promise<Envelope<unknown>>;

/** The error a client call throws: it carries the Danish message meant for the user. */
export class ApiCallError extends Error {
  constructor(public readonly error: ApiError) {
    super(error.message);
    this.name = 'ApiCallError';
  }
}

export interface ApiClient {
  call<M extends MethodName>(method: M, args: ApiArgs<M>): Promise<ApiResult<M>>;
}

export function createApiClient(transport: Transport): ApiClient {
  return {
    async call(method, args) {
      const envelope = await transport(method, args);
      if (!envelope.ok) throw new ApiCallError(envelope.error);
      return envelope.value as never;
    },
  };
}
