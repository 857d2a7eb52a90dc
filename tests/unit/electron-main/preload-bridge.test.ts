import { describe, expect, it, vi } from 'vitest';
import { IPC_CHANNEL, type BridgeEvent, type DagsordenBridge } from '../../../shared/api/bridge';
import { createBridge, type IpcRendererPort } from '../../../electron/preload/create-bridge';
import { CONFIRM_CHANNEL, OPEN_FILES_CHANNEL, RECEIVE_DROPPED_FILES_CHANNEL, SAVE_EXPORT_CHANNEL } from '../../../shared/api/bridge';

/** webUtils.getPathForFile for tests that drop nothing. */
const noPaths = () => '';

/**
 * webUtils.getPathForFile, faked: a path for the Files the test registered as dropped from disk,
 * '' for a File made in JS, and an exception for anything that is not a File (as Electron does).
 */
function fakePaths(onDisk: Map<File, string>) {
  return (file: File) => {
    if (!(file instanceof File)) throw new TypeError('Expected a File');
    return onDisk.get(file) ?? '';
  };
}

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
    const bridge = createBridge(ipc, noPaths);
    expect(await bridge.invoke('meetings:list', { committeeId: 3 })).toEqual({ ok: true, value: [1, 2] });
    expect(invoked).toEqual([[IPC_CHANNEL, { method: 'meetings:list', args: { committeeId: 3 } }]]);
  });

  it('passes only the payload to listeners, never the IPC event, and unsubscribes', () => {
    const { ipc, emit, listeners } = fakeIpc();
    const bridge = createBridge(ipc, noPaths);
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
    const bridge = createBridge(ipc, noPaths);
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
    const bridge = createBridge(ipc, noPaths);
    const options = { title: 'Vælg bilag', filters: [{ name: 'PDF', extensions: ['pdf'] }], multiple: true };
    const picked = await bridge.dialogs.openFiles(options);
    expect(picked).toEqual(files);
    expect(picked[0]).not.toHaveProperty('dataBase64');
    expect(await bridge.dialogs.confirm({ message: 'Slet?', confirmLabel: 'Slet' })).toBe(false);
    expect(invoked).toEqual([[OPEN_FILES_CHANNEL, options], [CONFIRM_CHANNEL, { message: 'Slet?', confirmLabel: 'Slet' }]]);

    const refusing = createBridge(fakeIpc({ [OPEN_FILES_CHANNEL]: { ok: false, error: { code: 'file_too_large', message: 'stor.pdf fylder 300 MB.' } } }).ipc, noPaths);
    await expect(refusing.dialogs.openFiles(options)).rejects.toThrow('stor.pdf fylder 300 MB.');
    await expect(createBridge(fakeIpc().ipc, noPaths).dialogs.confirm({ message: 'x', confirmLabel: 'OK' })).rejects.toThrow('Uventet svar fra programmet.');
  });

  it('sends only the job id for "Gem som …" and gives the saved path, null when cancelled, or the Danish reason', async () => {
    const { ipc, invoked } = fakeIpc({ [SAVE_EXPORT_CHANNEL]: { ok: true, value: '/home/a/Dokumenter/Dagsorden.pdf' } });
    const extra = { jobId: 'job-0123456789', path: '/etc/passwd' } as { jobId: string };
    expect(await createBridge(ipc, noPaths).dialogs.saveExport(extra)).toBe('/home/a/Dokumenter/Dagsorden.pdf');
    expect(invoked).toEqual([[SAVE_EXPORT_CHANNEL, { jobId: 'job-0123456789' }]]);
    expect(await createBridge(fakeIpc({ [SAVE_EXPORT_CHANNEL]: { ok: true, value: null } }).ipc, noPaths).dialogs.saveExport({ jobId: 'job-0123456789' })).toBeNull();
    const failing = createBridge(fakeIpc({ [SAVE_EXPORT_CHANNEL]: { ok: false, error: { code: 'save_failed', message: 'Filen kunne ikke gemmes i /x.pdf: mappen findes ikke.' } } }).ipc, noPaths);
    await expect(failing.dialogs.saveExport({ jobId: 'job-0123456789' })).rejects.toThrow('Filen kunne ikke gemmes i /x.pdf: mappen findes ikke.');
  });
});

describe('files.receiveDropped (a drop on the desktop window)', () => {
  const tokens = [
    { name: 'Budget 2027.pdf', size: 14, uploadToken: 'RHJvcHBlZEZpbGVUb2tlbkEtMDEyMzQ1Njc4OWFi' },
    { name: 'kort.png', size: 9, uploadToken: 'RHJvcHBlZEZpbGVUb2tlbkItMDEyMzQ1Njc4OWFi' },
  ];

  it('sends only the Files\' paths on its channel and gives the main process\'s tokens', async () => {
    const budget = new File(['%PDF-1.7 lille'], 'Budget 2027.pdf', { type: 'application/pdf' });
    const map = new File(['png bytes'], 'kort.png', { type: 'image/png' });
    const onDisk = new Map([[budget, '/home/sekretær/Bilag/Budget 2027.pdf'], [map, '/home/sekretær/Bilag/kort.png']]);
    const { ipc, invoked } = fakeIpc({ [RECEIVE_DROPPED_FILES_CHANNEL]: { ok: true, value: tokens } });
    const received = await createBridge(ipc, fakePaths(onDisk)).files.receiveDropped([budget, map]);
    expect(received).toEqual(tokens);
    expect(invoked).toEqual([[RECEIVE_DROPPED_FILES_CHANNEL, { paths: ['/home/sekretær/Bilag/Budget 2027.pdf', '/home/sekretær/Bilag/kort.png'] }]]);
    // Paths only: no File, no bytes, no name crosses IPC.
    expect(JSON.stringify(invoked)).not.toContain('PDF-1.7');
  });

  it('refuses a File the page made (no path on disk) in Danish and sends nothing', async () => {
    const onDisk = new File(['%PDF-1.7'], 'a.pdf');
    const made = new File(['%PDF-1.7 lavet af siden'], 'lavet.pdf');
    const { ipc, invoked } = fakeIpc({ [RECEIVE_DROPPED_FILES_CHANNEL]: { ok: true, value: tokens } });
    const bridge = createBridge(ipc, fakePaths(new Map([[onDisk, '/tmp/a.pdf']])));
    await expect(bridge.files.receiveDropped([onDisk, made])).rejects.toThrow(
      'lavet.pdf kan ikke tilføjes: den findes ikke som fil på computeren. Gem den i en mappe først, og træk den derfra.',
    );
    // Not a File at all (getPathForFile throws): refused the same way.
    await expect(bridge.files.receiveDropped([{ name: '/etc/passwd' } as unknown as File])).rejects.toThrow('kan ikke tilføjes');
    expect(invoked).toEqual([]);
  });

  it('sends nothing for no files, refuses more than 50, and passes on the main process\'s Danish refusal', async () => {
    const { ipc, invoked } = fakeIpc();
    const many = Array.from({ length: 51 }, (_, i) => new File(['x'], `${i}.pdf`));
    const bridge = createBridge(ipc, () => '/tmp/x.pdf');
    expect(await bridge.files.receiveDropped([])).toEqual([]);
    await expect(bridge.files.receiveDropped(many)).rejects.toThrow('Der kan højst tilføjes 50 filer ad gangen.');
    expect(invoked).toEqual([]);

    const refusal = { ok: false, error: { code: 'file_too_large', message: 'stor.pdf fylder 250,1 MB. En fil må højst fylde 250 MB.' } };
    const refusing = createBridge(fakeIpc({ [RECEIVE_DROPPED_FILES_CHANNEL]: refusal }).ipc, () => '/tmp/stor.pdf');
    await expect(refusing.files.receiveDropped([new File(['x'], 'stor.pdf')])).rejects.toThrow('stor.pdf fylder 250,1 MB. En fil må højst fylde 250 MB.');
  });
});

describe('electron/preload/index.ts', () => {
  it('exposes exactly one object, window.dagsorden, with invoke, on and dialogs', async () => {
    const exposeInMainWorld = vi.fn();
    const getPathForFile = vi.fn(() => '/home/sekretær/Bilag/a.pdf');
    const invoke = vi.fn(async () => ({ ok: true, value: [] }));
    vi.doMock('electron', () => ({ contextBridge: { exposeInMainWorld }, ipcRenderer: { invoke, on: vi.fn(), removeListener: vi.fn() }, webUtils: { getPathForFile } }));
    await import('../../../electron/preload/index');
    expect(exposeInMainWorld).toHaveBeenCalledTimes(1);
    const [name, api] = exposeInMainWorld.mock.calls[0] as [string, Record<string, unknown>];
    expect(name).toBe('dagsorden');
    expect(Object.keys(api).sort()).toEqual(['dialogs', 'files', 'invoke', 'on']);
    expect(Object.keys(api.dialogs as object).sort()).toEqual(['confirm', 'openFiles', 'saveExport']);
    expect(Object.keys(api.files as object)).toEqual(['receiveDropped']);
    // The real webUtils.getPathForFile gives the paths.
    const file = new File(['%PDF'], 'a.pdf');
    await (api.files as DagsordenBridge['files']).receiveDropped([file]);
    expect(getPathForFile).toHaveBeenCalledWith(file);
    expect(invoke).toHaveBeenCalledWith(RECEIVE_DROPPED_FILES_CHANNEL, { paths: ['/home/sekretær/Bilag/a.pdf'] });
    vi.doUnmock('electron');
  });
});
