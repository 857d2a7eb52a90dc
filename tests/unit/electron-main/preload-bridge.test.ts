import { describe, expect, it, vi } from 'vitest';
import { IPC_CHANNEL, type BridgeEvent } from '../../../shared/api/bridge';
import { createBridge, type IpcRendererPort } from '../../../electron/preload/create-bridge';
import { CONFIRM_CHANNEL, OPEN_FILES_CHANNEL, SAVE_EXPORT_CHANNEL } from '../../../shared/api/bridge';

type Listener = (event: unknown, ...args: unknown[]) => void;

/** An ipcRenderer stand-in that records invokes and lets the test emit events with an IPC event object. */
function fakeIpc(answers: Record<string, unknown> = {}) {
  const invoked: [string, unknown][] = [];
  const listeners = new Map<string, Set<Listener>>();
  const ipc: IpcRendererPort = {
    invoke: async (channel, payload) => {
      invoked.push([channel, payload]);
      return answers[channel];
    },
    on: (channel, listener) => listeners.set(channel, (listeners.get(channel) ?? new Set()).add(listener)),
    removeListener: (channel, listener) => listeners.get(channel)?.delete(listener),
  };
  const emit = (channel: string, ...args: unknown[]) => {
    for (const l of listeners.get(channel) ?? []) l({ sender: 'the IPC event with ipcRenderer inside', ports: [] }, ...args);
  };
  return { ipc, invoked, listeners, emit };
}

describe('the preload bridge', () => {
  it('sends invoke as { method, args } on the one API channel and returns the envelope', async () => {
    const { ipc, invoked } = fakeIpc({ [IPC_CHANNEL]: { ok: true, value: [1, 2] } });
    const bridge = createBridge(ipc);
    expect(await bridge.invoke('meetings:list', { committeeId: 3 })).toEqual({ ok: true, value: [1, 2] });
    expect(invoked).toEqual([[IPC_CHANNEL, { method: 'meetings:list', args: { committeeId: 3 } }]]);
  });

  it('passes only the payload to listeners, never the IPC event, and unsubscribes', () => {
    const { ipc, emit, listeners } = fakeIpc();
    const bridge = createBridge(ipc);
    const received: unknown[][] = [];
    const off = bridge.on('menu:command', (...args: unknown[]) => received.push(args));
    emit('menu:command', 'new-meeting');
    expect(received).toEqual([['new-meeting']]);
    off();
    emit('menu:command', 'find');
    expect(received).toHaveLength(1);
    expect(listeners.get('menu:command')?.size).toBe(0);
  });

  it('refuses events outside bridgeEvents (no listening on internal channels)', () => {
    const { ipc, listeners } = fakeIpc();
    const bridge = createBridge(ipc);
    for (const channel of [IPC_CHANNEL, OPEN_FILES_CHANNEL, 'ELECTRON_BROWSER_WINDOW_CLOSE', '']) {
      expect(() => bridge.on(channel as BridgeEvent, () => {})).toThrow(/Ukendt hændelse/);
    }
    expect(() => bridge.on('menu:command', 'not a function' as unknown as () => void)).toThrow(TypeError);
    expect(listeners.size).toBe(0);
  });

  it('unwraps dialog answers and turns refusals into errors with the Danish message', async () => {
    // The picked files as the main process answers: names, sizes and upload tokens, no bytes.
    const files = [{ name: 'a.pdf', size: 5, uploadToken: 'Q2hvc2VuRmlsZVRva2VuMDEyMzQ1Njc4OWFi' }];
    const { ipc, invoked } = fakeIpc({ [OPEN_FILES_CHANNEL]: { ok: true, value: files }, [CONFIRM_CHANNEL]: { ok: true, value: false } });
    const bridge = createBridge(ipc);
    const options = { title: 'Vælg bilag', filters: [{ name: 'PDF', extensions: ['pdf'] }], multiple: true };
    const picked = await bridge.dialogs.openFiles(options);
    expect(picked).toEqual(files);
    expect(picked[0]).not.toHaveProperty('dataBase64');
    expect(await bridge.dialogs.confirm({ message: 'Slet?', confirmLabel: 'Slet' })).toBe(false);
    expect(invoked).toEqual([[OPEN_FILES_CHANNEL, options], [CONFIRM_CHANNEL, { message: 'Slet?', confirmLabel: 'Slet' }]]);

    const refusing = createBridge(fakeIpc({ [OPEN_FILES_CHANNEL]: { ok: false, error: { code: 'file_too_large', message: 'stor.pdf fylder 300 MB.' } } }).ipc);
    await expect(refusing.dialogs.openFiles(options)).rejects.toThrow('stor.pdf fylder 300 MB.');
    await expect(createBridge(fakeIpc().ipc).dialogs.confirm({ message: 'x', confirmLabel: 'OK' })).rejects.toThrow('Uventet svar fra programmet.');
  });

  it('sends only the job id for "Gem som …" and gives the saved path, null when cancelled, or the Danish reason', async () => {
    const { ipc, invoked } = fakeIpc({ [SAVE_EXPORT_CHANNEL]: { ok: true, value: '/home/a/Dokumenter/Dagsorden.pdf' } });
    const extra = { jobId: 'job-0123456789', path: '/etc/passwd' } as { jobId: string };
    expect(await createBridge(ipc).dialogs.saveExport(extra)).toBe('/home/a/Dokumenter/Dagsorden.pdf');
    expect(invoked).toEqual([[SAVE_EXPORT_CHANNEL, { jobId: 'job-0123456789' }]]);
    expect(await createBridge(fakeIpc({ [SAVE_EXPORT_CHANNEL]: { ok: true, value: null } }).ipc).dialogs.saveExport({ jobId: 'job-0123456789' })).toBeNull();
    const failing = createBridge(fakeIpc({ [SAVE_EXPORT_CHANNEL]: { ok: false, error: { code: 'save_failed', message: 'Filen kunne ikke gemmes i /x.pdf: mappen findes ikke.' } } }).ipc);
    await expect(failing.dialogs.saveExport({ jobId: 'job-0123456789' })).rejects.toThrow('Filen kunne ikke gemmes i /x.pdf: mappen findes ikke.');
  });
});

describe('electron/preload/index.ts', () => {
  it('exposes exactly one object, window.dagsorden, with invoke, on and dialogs', async () => {
    const exposeInMainWorld = vi.fn();
    vi.doMock('electron', () => ({ contextBridge: { exposeInMainWorld }, ipcRenderer: { invoke: vi.fn(), on: vi.fn(), removeListener: vi.fn() } }));
    await import('../../../electron/preload/index');
    expect(exposeInMainWorld).toHaveBeenCalledTimes(1);
    const [name, api] = exposeInMainWorld.mock.calls[0] as [string, Record<string, unknown>];
    expect(name).toBe('dagsorden');
    expect(Object.keys(api).sort()).toEqual(['dialogs', 'invoke', 'on']);
    expect(Object.keys(api.dialogs as object).sort()).toEqual(['confirm', 'openFiles', 'saveExport']);
    vi.doUnmock('electron');
  });
});
