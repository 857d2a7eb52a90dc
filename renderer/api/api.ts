import { createApiClient, type ApiClient, type Transport } from '../../shared/api/client';
import { defaultTransport } from './transport';

let client: ApiClient | null = null;

/** The one API client the stores use; created on first use with the default transport. */
export function api(): ApiClient {
  client ??= createApiClient(defaultTransport());
  return client;
}

/** Tests swap in a fake transport. */
export function setApiTransport(transport: Transport): void {
  client = createApiClient(transport);
}
