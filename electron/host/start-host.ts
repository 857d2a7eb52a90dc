import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { userInfo } from 'node:os';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '../store/open-database';
import { sweepStaleTemp } from '../export/printer/temp-root';
import { uploadStore } from '../services/attachments/upload-store';
import { createApi } from '../services/create-api';
import { forgetExportJobs } from '../services/export/export-jobs';
import { createContext } from '../services/service-context';
import { errorEnvelope, handleApiRequest, handleUploadRequest, sendEnvelope } from './api-route';
import { checkRequestOrigin } from './request-guards';
import { handleBilagRequest } from './bilag-route';
import { handleExportRequest } from './export-route';
import { setSecurityHeaders } from './security-headers';
import { serveStatic } from './static-files';

/** Loopback only: browser mode must never be reachable from the network. */
export const HOST_ADDRESS = '127.0.0.1';

export const DEFAULT_STATIC_ROOT = fileURLToPath(new URL('../../out/renderer/', import.meta.url));

export interface HostOptions {
  dbFile: string;
  /** 0 picks any free port. */
  port: number;
  /** The built renderer (default out/renderer). */
  staticRoot?: string;
  /** Logs unexpected errors; console.error by default. */
  log?: (error: unknown) => void;
}

export interface RunningHost {
  url: string;
  port: number;
  close(): Promise<void>;
}

/**
 * Opens the database and serves the renderer and the API over loopback HTTP. Temp files a killed
 * earlier run left behind are swept first; closing the host stops its exports and deletes their
 * files and the uploads still waiting.
 */
export async function startHost(options: HostOptions): Promise<RunningHost> {
  const log = options.log ?? ((error: unknown) => console.error(error));
  sweepStaleTemp();
  const db = openDatabase(options.dbFile);
  const api = createApi(createContext(db, browserActor()), log);
  const root = options.staticRoot ?? DEFAULT_STATIC_ROOT;
  let port = options.port;

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      log(error);
      if (!res.headersSent) sendEnvelope(res, 500, errorEnvelope('unexpected', 'Der opstod en uventet fejl i browsertilstanden.'));
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    setSecurityHeaders(res);
    const refusal = checkRequestOrigin(req, port);
    if (refusal) {
      sendEnvelope(res, refusal.status, errorEnvelope('forbidden', refusal.message));
      req.resume();
      return;
    }
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (path === '/upload') {
      await handleUploadRequest(req, res);
      return;
    }
    if (path.startsWith('/api/')) {
      await handleApiRequest(api, decodeMethod(path.slice('/api/'.length)), req, res);
      return;
    }
    const bilag = /^\/bilag\/(\d+)$/.exec(path);
    if (bilag && req.method === 'GET') {
      handleBilagRequest(db, bilag[1]!, res);
      return;
    }
    const exported = /^\/exports\/([A-Za-z0-9_-]{8,64})$/.exec(path);
    if (exported && req.method === 'GET') return handleExportRequest(exported[1]!, res);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' }).end('Metoden er ikke tilladt.');
      return;
    }
    if (await serveStatic(root, req, res, path)) return;
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Siden findes ikke.');
  }

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port, HOST_ADDRESS, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    db.close();
    throw error;
  }
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://${HOST_ADDRESS}:${port}`,
    port,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      });
      await forgetExportJobs(db);
      await uploadStore().clear();
      db.close();
    },
  };
}

function browserActor(): string {
  try {
    return `${userInfo().username} (browser)`;
  } catch {
    return 'browser';
  }
}

/** 'meetings%3Aget' → 'meetings:get'; an undecodable name stays as it is and is refused as unknown. */
function decodeMethod(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
