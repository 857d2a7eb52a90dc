import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDocumentPdf } from '../../../electron/export/pdf/generate-document-pdf';
import { startHost, type RunningHost } from '../../../electron/host/start-host';
import { CONTENT_SECURITY_POLICY } from '../../../electron/host/security-headers';
import { CONTENT_SECURITY_POLICY as APP_CSP } from '../../../electron/main/content-security-policy';
import { parseHostArgs } from '../../../electron/host/parse-host-args';
import { resolveInside } from '../../../electron/host/static-files';
import { tempDir } from '../../helpers/temp-db';
import { openDatabase } from '../../../electron/store/open-database';
import { insertAttachment } from '../../../electron/store/repositories/attachment-repository';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw request, so the test controls Host, Origin and the path exactly as written. */
function send(host: RunningHost, options: { method?: string; path: string; headers?: Record<string, string>; body?: string }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: host.port, method: options.method ?? 'GET', path: options.path, headers: { Host: `127.0.0.1:${host.port}`, ...options.headers } },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const api = (host: RunningHost, method: string, body: unknown, headers: Record<string, string> = {}) =>
  send(host, { method: 'POST', path: `/api/${method}`, headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });

let host: RunningHost;
let cleanup: () => void;
let dbFile: string;

beforeAll(async () => {
  const temp = tempDir('dagsorden-host-');
  cleanup = temp.cleanup;
  const root = join(temp.dir, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><html lang="da"><title>Dagsorden</title></html>');
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1);');
  writeFileSync(join(root, 'assets', 'app.css'), 'body{}');
  writeFileSync(join(temp.dir, 'secret.txt'), 'hemmeligt');
  dbFile = join(temp.dir, 'test.sqlite');
  host = await startHost({ dbFile, port: 0, staticRoot: root, log: () => {} });
});

afterAll(async () => {
  await host.close();
  cleanup();
});

describe('browser-mode host', () => {
  it('listens on loopback only, on the port it was given or a free one', () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}`);
    expect(host.port).toBeGreaterThan(0);
  });

  it('serves the renderer with content types and the strict CSP', async () => {
    const index = await send(host, { path: '/' });
    expect(index.status).toBe(200);
    expect(index.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(index.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).toBe(APP_CSP);
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    expect(index.headers['x-content-type-options']).toBe('nosniff');
    expect((await send(host, { path: '/assets/app.js' })).headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect((await send(host, { path: '/assets/app.css?v=1' })).headers['content-type']).toBe('text/css; charset=utf-8');
    expect((await send(host, { path: '/missing.js' })).status).toBe(404);
  });

  it('refuses path traversal, plain or encoded', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/..%5csecret.txt', '/%00']) {
      const reply = await send(host, { path });
      expect(reply.status, path).not.toBe(200);
      expect(reply.body, path).not.toContain('hemmeligt');
    }
    expect(resolveInside('/srv/app', '/../etc/passwd')).toBeNull();
    expect(resolveInside('/srv/app', '/a/../index.html')).toBe('/srv/app/index.html');
  });

  it('answers POST /api/<method> with the envelope', async () => {
    const created = await api(host, 'parties:create', { letter: 'Ø', name: 'Enhedslisten' });
    expect(created.status).toBe(200);
    expect(JSON.parse(created.body)).toMatchObject({ ok: true, value: { letter: 'Ø', name: 'Enhedslisten' } });

    const taken = JSON.parse((await api(host, 'parties:create', { letter: 'Ø', name: 'Igen' })).body);
    expect(taken).toEqual({ ok: false, error: { code: 'party_letter_taken', message: 'Partibogstavet Ø bruges allerede af Enhedslisten.' } });

    const invalid = JSON.parse((await api(host, 'parties:create', { letter: '', name: 'X' })).body);
    expect(invalid.ok).toBe(false);
    expect(invalid.error.issues[0].path).toEqual(['letter']);

    const encoded = JSON.parse((await api(host, 'parties%3Alist', {})).body);
    expect(encoded.ok).toBe(true);

    const unknown = JSON.parse((await api(host, 'nope:nothing', {})).body);
    expect(unknown.error.code).toBe('unknown_method');
  });

  it('serves a bilag as raw PDF bytes at GET /bilag/<id>, and 404 for an unknown one', async () => {
    const committee = JSON.parse((await api(host, 'committees:create', { name: 'Bilagsudvalget', kind: 'fagudvalg' })).body).value;
    const meeting = JSON.parse((await api(host, 'meetings:create', { committeeId: committee.id, date: '2026-12-03' })).body).value;
    const pdf = await generateDocumentPdf({ title: 'Notat om vejbelysning', paragraphs: ['Belysningen skiftes til LED.'] });
    const added = JSON.parse((await api(host, 'attachments:add', { itemId: meeting.items[0].id, fileName: 'Notat.pdf', dataBase64: Buffer.from(pdf).toString('base64') })).body);
    expect(added.ok).toBe(true);
    const bytes = await send(host, { path: `/bilag/${added.value.id}` });
    expect(bytes.status).toBe(200);
    expect(bytes.headers['content-type']).toBe('application/pdf');
    expect(Number(bytes.headers['content-length'])).toBe(pdf.byteLength);
    expect(bytes.body.startsWith('%PDF-')).toBe(true);
    expect((await send(host, { path: '/bilag/99999' })).status).toBe(404);
  });

  it('serves a bilag as application/pdf with nosniff whatever media type its row claims, and anything else only as a download', async () => {
    const committee = JSON.parse((await api(host, 'committees:create', { name: 'Typeudvalget', kind: 'fagudvalg' })).body).value;
    const meeting = JSON.parse((await api(host, 'meetings:create', { committeeId: committee.id, date: '2026-12-04' })).body).value;
    const itemId = meeting.items[0].id as number;
    const pdf = await generateDocumentPdf({ title: 'Notat', paragraphs: ['Tekst.'] });
    const html = new TextEncoder().encode('<!doctype html><script>alert(document.domain)</script>');
    // Rows as an import stored them before the type was taken from the bytes: whatever meeting.json said.
    const db = openDatabase(dbFile);
    let pdfId: number;
    let htmlId: number;
    try {
      const row = { itemId, title: 'Bilag', fileName: 'side.html', mediaType: 'text/html', distribution: 'distributed' as const, isClosed: false, pageCount: 1, text: '' };
      pdfId = insertAttachment(db, { ...row, bytes: pdf, sha256: createHash('sha256').update(pdf).digest('hex') });
      htmlId = insertAttachment(db, { ...row, bytes: html, sha256: createHash('sha256').update(html).digest('hex') });
    } finally {
      db.close();
    }
    const asPdf = await send(host, { path: `/bilag/${pdfId}` });
    expect(asPdf.headers['content-type']).toBe('application/pdf');
    expect(asPdf.headers['x-content-type-options']).toBe('nosniff');
    const asHtml = await send(host, { path: `/bilag/${htmlId}` });
    expect(asHtml.status).toBe(200);
    expect(asHtml.headers['content-type']).toBe('application/octet-stream');
    expect(asHtml.headers['content-disposition']).toBe('attachment');
    expect(asHtml.headers['x-content-type-options']).toBe('nosniff');
  });

  it('refuses API calls that are not JSON POSTs, or not JSON at all', async () => {
    expect((await send(host, { path: '/api/parties:list' })).status).toBe(405);
    const form = await send(host, { method: 'POST', path: '/api/parties:list', headers: { 'Content-Type': 'text/plain' }, body: '{}' });
    expect(form.status).toBe(415);
    const broken = await send(host, { method: 'POST', path: '/api/parties:list', headers: { 'Content-Type': 'application/json' }, body: '{nej' });
    expect(broken.status).toBe(400);
    expect(JSON.parse(broken.body).error.message).toContain('ugyldig JSON');
  });

  it('refuses a foreign Host header (DNS rebinding) and a cross-origin Origin', async () => {
    const rebound = await send(host, { path: '/', headers: { Host: `evil.example:${host.port}` } });
    expect(rebound.status).toBe(421);
    expect(JSON.parse(rebound.body).error.message).toContain('afvist');
    const wrongPort = await send(host, { path: '/', headers: { Host: `127.0.0.1:${host.port + 1}` } });
    expect(wrongPort.status).toBe(421);
    expect((await send(host, { path: '/', headers: { Host: `localhost:${host.port}` } })).status).toBe(200);

    const crossOrigin = await api(host, 'parties:create', { letter: 'X', name: 'Ude' }, { Origin: 'http://evil.example' });
    expect(crossOrigin.status).toBe(403);
    const sameOrigin = await api(host, 'parties:list', {}, { Origin: `http://127.0.0.1:${host.port}` });
    expect(sameOrigin.status).toBe(200);
    const list = JSON.parse((await api(host, 'parties:list', {})).body);
    expect(list.value.map((p: { letter: string }) => p.letter)).not.toContain('X');
  });

  it('refuses a JSON body over 16 MB with a Danish envelope saying the limit', async () => {
    const reply = await new Promise<Reply>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1', port: host.port, method: 'POST', path: '/api/attachments:add',
          headers: { Host: `127.0.0.1:${host.port}`, 'Content-Type': 'application/json', 'Content-Length': String(17 * 1024 * 1024) },
        },
        (res) => {
          let body = '';
          res.on('data', (c: Buffer) => (body += c.toString()));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
        },
      );
      req.on('error', reject);
      req.write('{"itemId":1');
    });
    expect(reply.status).toBe(413);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'too_large' } });
    expect(JSON.parse(reply.body).error.message).toContain('højst fylde 16 MB');
  });
});

describe('start-web arguments', () => {
  it('defaults to the demo database and port 5173', () => {
    const args = parseHostArgs([]);
    expect(args.port).toBe(5173);
    expect(args.dbFile).toMatch(/dagsorden-demo\.sqlite$/);
    expect(args.demo).toBe(true);
  });
  it('takes --db and --port, and 0 for any free port', () => {
    expect(parseHostArgs(['--db', '/tmp/x.sqlite', '--port', '0'])).toMatchObject({ dbFile: '/tmp/x.sqlite', port: 0, demo: false });
    expect(() => parseHostArgs(['--port', 'abc'])).toThrow(/--port/);
  });
});
