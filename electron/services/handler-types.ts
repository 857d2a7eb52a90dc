import type { ApiInput, ApiResult, MethodName } from '../../shared/api/contract';
import type { ServiceContext } from './service-context';

export type Handler<M extends MethodName> = (input: ApiInput<M>, ctx: ServiceContext) => ApiResult<M> | Promise<ApiResult<M>>;

/** A service's share of the API: one handler per method it owns. */
export type HandlerMap<K extends MethodName> = { [M in K]: Handler<M> };
