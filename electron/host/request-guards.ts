import type { IncomingMessage } from 'node:http';

/**
 * Browser mode listens on loopback only, but a web page in the same browser can still reach
 * loopback. Two checks keep other sites out:
 * - the Host header must name our own address (a rebound DNS name arrives with a foreign Host);
 * - an Origin header, when present, must be our own origin (cross-site fetch/form posts carry one).
 */
export function allowedHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
}

export function allowedOrigins(port: number): Set<string> {
  return new Set([`http://127.0.0.1:${port}`, `http://localhost:${port}`]);
}

export type GuardRefusal = { status: number; message: string } | null;

export function checkRequestOrigin(req: IncomingMessage, port: number): GuardRefusal {
  const host = (req.headers.host ?? '').toLowerCase();
  if (!allowedHosts(port).has(host)) {
    return { status: 421, message: 'Forespørgslen er afvist: den er ikke stilet til Dagsorden på denne computer.' };
  }
  const origin = req.headers.origin;
  if (origin !== undefined && !allowedOrigins(port).has(origin.toLowerCase())) {
    return { status: 403, message: 'Forespørgslen er afvist: den kommer fra en anden hjemmeside.' };
  }
  // Browsers that send Fetch Metadata tell us directly when a request is cross-site.
  const site = req.headers['sec-fetch-site'];
  if (site === 'cross-site') {
    return { status: 403, message: 'Forespørgslen er afvist: den kommer fra en anden hjemmeside.' };
  }
  return null;
}
