/**
 * IPC channel names shared by the preload and the main process besides IPC_CHANNEL (the API) and
 * the bridge events in shared/api/bridge.ts. Constants only: bundled into both sides.
 */
export const OPEN_FILES_CHANNEL = 'dagsorden:dialogs:open-files';
export const CONFIRM_CHANNEL = 'dagsorden:dialogs:confirm';
