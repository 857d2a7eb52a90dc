import type { Transport } from '../../shared/api/client';
import type { Envelope } from '../../shared/api/envelope';

const UNREACHABLE = 'Dagsorden kunne ikke få forbindelse til sine data. Prøv igen om lidt.';

/** Browser mode: POST /api/<method> on the loopback host that served the page. */
export function httpTransport(fetchImpl: typeof fetch = (...a) => fetch(...a)): Transport {
  return async (method, args) => {
    let response: Response;
    try {
      response = await fetchImpl(`./api/${encodeURIComponent(method)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(args ?? {}),
      });
    } catch {
      return { ok: false, error: { code: 'unreachable', message: UNREACHABLE } };
    }
    try {
      return (await response.json()) as Envelope<unknown>;
    } catch {
      return { ok: false, error: { code: 'bad_response', message: UNREACHABLE } };
    }
  };
}

/** The desktop app's preload bridge when it is there, else loopback HTTP. */
export function defaultTransport(): Transport {
  const bridge = typeof window !== 'undefined' ? window.dagsorden : undefined;
  if (bridge?.invoke) return (method, args) => bridge.invoke(method, args);
  return httpTransport();
}
