import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RECEIVE_DROPPED_FILES_CHANNEL } from '../../../shared/api/bridge';
import type { Envelope } from '../../../shared/api/envelope';
import { receiveDroppedFilesRequestSchema } from '../../../electron/main/ipc-schemas';
import { stopInspectWorker } from '../../../electron/services/attachments/inspect-in-worker';
import { uploadStore } from '../../../electron/services/attachments/upload-store';
import { tempDir } from '../../helpers/temp-db';

type Handler = (event: unknown, payload: unknown) => Promise<Envelope<unknown>>;

/** The main window as the sender check sees it: webContents 1, its main frame on app://dagsorden. */
const mainFrame = { processId: 7, routingId: 1, url: 'app://dagsorden/index.html', parent: null };
const mainWindow = { isDestroyed: () => false, webContents: { id: 1, mainFrame } };
const trusted = { sender: { id: 1 }, senderFrame: mainFrame };
const fromIframe = { sender: { id: 1 }, senderFrame: { ...mainFrame, routingId: 99, parent: mainFrame } };
const fromWebPage = { sender: { id: 1 }, senderFrame: { ...mainFrame, url: 'https://example.org/' } };
const fromOtherWindow = { sender: { id: 2 }, senderFrame: { ...mainFrame, routingId: 2 } };

const forbidden = { ok: false, error: { code: 'forbidden', message: 'Afvist: ukendt afsender.' } };
const invalid = { ok: false, error: { code: 'invalid_input', message: 'Ugyldig forespørgsel fra vinduet.' } };

describe(`the ${RECEIVE_DROPPED_FILES_CHANNEL} handler (registerIpcHandlers under a stand-in electron)`, () => {
  let receive: Handler;
  let dir: string;
  let cleanup: () => void;
  const showOpenDialog = vi.fn();

  beforeAll(async () => {
    ({ dir, cleanup } = tempDir('dagsorden-drop-'));
    writeFileSync(join(dir, 'Bilag 1 – budget.pdf'), '%PDF-1.7 lille');
    writeFileSync(join(dir, 'kort.png'), 'png bytes');
    const handlers = new Map<string, Handler>();
    vi.doMock('electron', () => ({
      app: { getPath: () => dir },
      dialog: { showOpenDialog, showMessageBox: vi.fn(), showSaveDialog: vi.fn() },
      ipcMain: { handle: (channel: string, handler: Handler) => handlers.set(channel, handler) },
    }));
    const { registerIpcHandlers } = await import('../../../electron/main/ipc-handlers');
    registerIpcHandlers({ api: { call: vi.fn() }, getMainWindow: () => mainWindow as never });
    vi.doUnmock('electron');
    receive = handlers.get(RECEIVE_DROPPED_FILES_CHANNEL) as Handler;
    expect(receive).toBeTypeOf('function');
  });
  afterAll(async () => {
    await uploadStore().clear();
    await stopInspectWorker();
    cleanup();
  });

  it('streams the dropped files into the upload store and answers with name, size and a token each (no dialog)', async () => {
    const answer = await receive(trusted, { paths: [join(dir, 'Bilag 1 – budget.pdf'), join(dir, 'kort.png')] });
    expect(answer).toEqual({
      ok: true,
      value: [
        { name: 'Bilag 1 – budget.pdf', size: 14, uploadToken: expect.stringMatching(/^[A-Za-z0-9_-]{32}$/) },
        { name: 'kort.png', size: 9, uploadToken: expect.stringMatching(/^[A-Za-z0-9_-]{32}$/) },
      ],
    });
    expect(showOpenDialog).not.toHaveBeenCalled();
    // 'attachments:add' takes exactly the file by its token, once.
    const [first] = (answer as { value: { uploadToken: string }[] }).value;
    expect(await uploadStore().take(first?.uploadToken ?? '')).toEqual({ bytes: Buffer.from('%PDF-1.7 lille'), fileName: 'Bilag 1 – budget.pdf' });
    await expect(uploadStore().take(first?.uploadToken ?? '')).rejects.toMatchObject({ code: 'upload_expired' });
  });

  it('refuses an iframe, a web page and another window before looking at the paths', async () => {
    const paths = { paths: [join(dir, 'kort.png')] };
    const before = uploadStore().size;
    for (const event of [fromIframe, fromWebPage, fromOtherWindow, { sender: { id: 1 }, senderFrame: null }]) {
      expect(await receive(event, paths)).toEqual(forbidden);
    }
    expect(uploadStore().size).toBe(before);
  });

  it('refuses relative paths, an empty or too long list and other shapes', async () => {
    const before = uploadStore().size;
    for (const payload of [
      { paths: ['kort.png'] },
      { paths: ['../../etc/passwd'] },
      { paths: [join(dir, 'kort.png'), 'kort.png'] },
      { paths: [] },
      { paths: Array.from({ length: 51 }, () => join(dir, 'kort.png')) },
      { paths: [`${join(dir, 'kort.png')}\0.pdf`] },
      { paths: [join(dir, 'kort.png')], dataBase64: 'AAAA' },
      [join(dir, 'kort.png')],
      join(dir, 'kort.png'),
      null,
    ]) {
      expect(await receive(trusted, payload)).toEqual(invalid);
    }
    expect(uploadStore().size).toBe(before);
    expect(receiveDroppedFilesRequestSchema.safeParse({ paths: Array.from({ length: 50 }, () => join(dir, 'kort.png')) }).success).toBe(true);
  });

  it('answers a folder or a missing file with the Danish reason, storing nothing', async () => {
    const before = uploadStore().size;
    expect(await receive(trusted, { paths: [join(dir, 'kort.png'), dir] })).toEqual({
      ok: false,
      error: { code: 'file_unreadable', message: expect.stringMatching(/kan ikke læses: det er ikke en fil, eller der mangler adgang\.$/) },
    });
    expect(await receive(trusted, { paths: [join(dir, 'væk.pdf')] })).toMatchObject({ ok: false, error: { code: 'file_unreadable', message: expect.stringContaining('væk.pdf kan ikke læses') } });
    expect(uploadStore().size).toBe(before);
  });
});
