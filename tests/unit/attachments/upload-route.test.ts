import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHost, type RunningHost } from '../../../electron/host/start-host';
import { createUploadStore } from '../../../electron/services/attachments/upload-store';
import { stopInspectWorker } from '../../../electron/services/attachments/inspect-in-worker';
import { uploadStore } from '../../../electron/services/attachments/upload-store';
import { makeSamplePdf } from '../../fixtures/pdf/make-bad-pdfs';
import { tempApi } from '../../helpers/temp-db';
import { setUpCommittee } from '../services/committee-setup';
import { Readable } from 'node:stream';

interface Reply {
  status: number;
  body: { ok: boolean; value?: Record<string, unknown>; error?: { code: string; message: string } };
}

function send(host: RunningHost, path: string, headers: Record<string, string>, body: Uint8Array | string): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: host.port, method: 'POST', path, headers: { Host: `127.0.0.1:${host.port}`, ...headers } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) as Reply['body'] }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const upload = (host: RunningHost, bytes: Uint8Array, headers: Record<string, string> = {}) =>
  send(host, '/upload', { 'Content-Type': 'application/octet-stream', 'X-Dagsorden-File-Name': encodeURIComponent('Høringssvar æøå.pdf'), ...headers }, bytes);
const call = (host: RunningHost, method: string, args: unknown) => send(host, `/api/${method}`, { 'Content-Type': 'application/json' }, JSON.stringify(args));

let host: RunningHost;
let itemId: number;
let t: ReturnType<typeof tempApi>;

beforeAll(async () => {
  t = tempApi();
  const { committee } = await setUpCommittee(t.api);
  const meeting = await t.api.invoke('meetings:create', { committeeId: committee.id, date: '2026-12-03' });
  itemId = (await t.api.invoke('items:create', { meetingId: meeting.id, title: 'Lokalplan 1042' })).id;
  t.db.close();
  host = await startHost({ dbFile: t.file, port: 0, staticRoot: join(t.dir, 'none'), log: () => {} });
});

afterAll(async () => {
  await host.close();
  await stopInspectWorker();
  t.close();
});

describe('POST /upload and attachments:add with an upload token', () => {
  it('takes raw bytes, then adds the bilag by its token, once', async () => {
    const pdf = await makeSamplePdf(3);
    const sent = await upload(host, pdf);
    expect(sent.status).toBe(200);
    const token = String(sent.body.value?.uploadToken);
    expect(token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(sent.body.value?.size).toBe(pdf.length);

    const added = await call(host, 'attachments:add', { itemId, fileName: 'Høringssvar æøå.pdf', uploadToken: token });
    expect(added.body.ok).toBe(true);
    expect(added.body.value).toMatchObject({ pageCount: 3, fileName: 'Høringssvar æøå.pdf', title: 'Høringssvar æøå' });
    expect(uploadStore().size).toBe(0);

    const again = await call(host, 'attachments:add', { itemId, fileName: 'x.pdf', uploadToken: token });
    expect(again.body.error?.code).toBe('upload_expired');
  });

  it('wants exactly one of dataBase64 and uploadToken', async () => {
    const neither = await call(host, 'attachments:add', { itemId, fileName: 'x.pdf' });
    expect(neither.body.error?.code).toBe('invalid_input');
    expect(neither.body.error?.message).toContain('enten dataBase64 eller uploadToken');
    const both = await call(host, 'attachments:add', { itemId, fileName: 'x.pdf', dataBase64: 'JVBERg==', uploadToken: 'a'.repeat(32) });
    expect(both.body.error?.code).toBe('invalid_input');
  });

  it('refuses a refusal-worthy file by token with the inspection\'s Danish message', async () => {
    const sent = await upload(host, new TextEncoder().encode('ikke en pdf'));
    const added = await call(host, 'attachments:add', { itemId, fileName: 'noter.pdf', uploadToken: String(sent.body.value?.uploadToken) });
    expect(added.body.error).toEqual({ code: 'attachment_unsupported', message: 'Bilaget "noter.pdf" kan ikke bruges: filen er ikke en PDF, PNG eller JPEG.' });
  });

  it('is guarded like /api: content type, file name, size, Host and Origin', async () => {
    const bytes = new Uint8Array([1, 2, 3]);
    expect((await upload(host, bytes, { 'Content-Type': 'text/plain' })).status).toBe(415);
    expect((await send(host, '/upload', { 'Content-Type': 'application/octet-stream' }, bytes)).status).toBe(400);
    expect((await upload(host, bytes, { Origin: 'https://evil.example' })).status).toBe(403);
    expect((await upload(host, bytes, { Host: 'evil.example' })).status).toBe(421);
    const tooLarge = await new Promise<number>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1', port: host.port, method: 'POST', path: '/upload',
          headers: { Host: `127.0.0.1:${host.port}`, 'Content-Type': 'application/octet-stream', 'X-Dagsorden-File-Name': 'stor.pdf', 'Content-Length': String(301 * 1024 * 1024) },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      req.write(Buffer.alloc(1024));
    });
    expect(tooLarge).toBe(413);
  });
});

describe('upload store', () => {
  it('stops a body past the limit, and forgets an upload when it expires', async () => {
    const store = createUploadStore({ dir: join(t.dir, 'uploads'), ttlMs: 50 });
    await expect(store.receive(Readable.from([Buffer.alloc(600), Buffer.alloc(600)]), 'a.pdf', 1000)).rejects.toThrow('upload too large');
    const { token } = await store.receive(Readable.from([Buffer.from('%PDF-')]), 'b.pdf', 1000);
    expect(store.size).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(store.size).toBe(0);
    await expect(store.take(token)).rejects.toMatchObject({ code: 'upload_expired' });
  });
});
