import { app, dialog, ipcMain, type BrowserWindow, type IpcMainInvokeEvent, type OpenDialogOptions } from 'electron';
import type { z } from 'zod';
import { IPC_CHANNEL } from '../../shared/api/bridge';
import type { Envelope } from '../../shared/api/envelope';
import type { Api } from '../services/create-api';
import { warmUpInspectWorker } from '../services/attachments/inspect-in-worker';
import { CONFIRM_CHANNEL, OPEN_FILES_CHANNEL, RECEIVE_DROPPED_FILES_CHANNEL, SAVE_EXPORT_CHANNEL } from '../../shared/api/bridge';
import { callWithSigningConsent, isSigningMethod, signingDialogOptions } from './confirm-signing';
import { answerGuarded, FORBIDDEN } from './guarded-request';
import { apiRequestSchema, confirmRequestSchema, openFilesRequestSchema, receiveDroppedFilesRequestSchema, saveExportRequestSchema } from './ipc-schemas';
import { defaultSavePath, finishedExport, saveExportCopy, saveFilter } from './save-export';
import { receivePickedFiles } from './receive-picked-files';
import { isTrustedSender, senderFacts } from './sender-check';

export interface IpcDependencies {
  api: Pick<Api, 'call'>;
  getMainWindow: () => BrowserWindow | null;
}

/** The API channel, the native dialog channels and the dropped files; each checks its sender and its payload. */
export function registerIpcHandlers({ api, getMainWindow }: IpcDependencies): void {
  // Signing with a remembered password is confirmed here, in a native dialog the page cannot answer.
  handleGuarded(IPC_CHANNEL, getMainWindow, apiRequestSchema, ({ method, args }, window) =>
    isSigningMethod(method)
      ? callWithSigningConsent(api, method, args, async (question) => (await dialog.showMessageBox(window, signingDialogOptions(question))).response === 1)
      : api.call(method, args));

  handleGuarded(OPEN_FILES_CHANNEL, getMainWindow, openFilesRequestSchema, async (options, window) => {
    const properties: OpenDialogOptions['properties'] = options.multiple ? ['openFile', 'multiSelections'] : ['openFile'];
    const result = await dialog.showOpenDialog(window, { title: options.title, filters: options.filters, properties });
    if (result.canceled) return { ok: true, value: [] };
    // The files go to the upload store (temp files, single-use tokens), never over IPC; the
    // inspection worker loads pdf-lib and pdf.js meanwhile, as for POST /upload in browser mode.
    warmUpInspectWorker();
    return { ok: true, value: await receivePickedFiles(result.filePaths) };
  });

  // Files dropped on the window: paths, not bytes, into the same upload store as the open dialog's.
  // Security: the renderer cannot name arbitrary paths. It has no ipcRenderer, only the preload's
  // files.receiveDropped, which takes File objects and asks webUtils.getPathForFile for their paths;
  // only a File from the user's own drop or <input type=file> has one (a File the page makes has
  // none and is refused in the preload). So a path arriving here is a file the user handed over,
  // just like a path from showOpenDialog; the sender check and the schema (1–50 absolute paths)
  // refuse anything else, and receivePickedFiles reads regular files only, within 250 MB.
  handleGuarded(RECEIVE_DROPPED_FILES_CHANNEL, getMainWindow, receiveDroppedFilesRequestSchema, async ({ paths }) => {
    warmUpInspectWorker();
    return { ok: true, value: await receivePickedFiles(paths) };
  });

  handleGuarded(CONFIRM_CHANNEL, getMainWindow, confirmRequestSchema, async (options, window) => {
    const buttons = ['Annuller', options.confirmLabel];
    const { response } = await dialog.showMessageBox(window, {
      type: 'question',
      title: 'Dagsorden',
      message: options.message,
      detail: options.detail,
      buttons,
      defaultId: 1,
      cancelId: 0,
      noLink: true,
    });
    return { ok: true, value: response === 1 };
  });

  handleGuarded(SAVE_EXPORT_CHANNEL, getMainWindow, saveExportRequestSchema, async ({ jobId }, window) => {
    const { fileName } = finishedExport(jobId); // an unknown job is refused before any dialog opens
    const result = await dialog.showSaveDialog(window, {
      title: 'Gem som',
      buttonLabel: 'Gem',
      defaultPath: defaultSavePath(app.getPath('documents'), fileName),
      filters: [saveFilter(fileName)],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
    if (result.canceled || !result.filePath) return { ok: true, value: null };
    return { ok: true, value: await saveExportCopy(jobId, result.filePath) };
  });
}

function handleGuarded<S extends z.ZodType, T>(
  channel: string,
  getMainWindow: () => BrowserWindow | null,
  schema: S,
  work: (input: z.output<S>, window: BrowserWindow) => Promise<Envelope<T>>,
): void {
  ipcMain.handle(channel, (event: IpcMainInvokeEvent, payload: unknown) => {
    const window = getMainWindow();
    const trustedWindow = window && isTrustedSender(senderFacts(event, window)) ? window : null;
    return answerGuarded(trustedWindow !== null, payload, schema, (input) => (trustedWindow ? work(input, trustedWindow) : FORBIDDEN));
  });
}
