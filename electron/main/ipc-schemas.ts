import { isAbsolute } from 'node:path';
import { z } from 'zod';
import { MAX_DROPPED_FILES } from '../../shared/api/bridge';

/** What the preload sends on IPC_CHANNEL: the method name and its arguments (validated by the API; missing means {}). */
export const apiRequestSchema = z.strictObject({
  method: z.string().min(1).max(100),
  args: z.unknown().optional(),
});

/** dialogs.openFiles options; extensions without dots, as Electron wants them. */
export const openFilesRequestSchema = z.strictObject({
  title: z.string().max(200),
  filters: z
    .array(z.strictObject({ name: z.string().max(100), extensions: z.array(z.string().regex(/^(\*|[A-Za-z0-9]{1,16})$/)).max(50) }))
    .max(20),
  multiple: z.boolean(),
});

/** dialogs.confirm options. */
export const confirmRequestSchema = z.strictObject({
  message: z.string().min(1).max(2000),
  detail: z.string().max(5000).optional(),
  confirmLabel: z.string().min(1).max(60),
});

/** dialogs.saveExport: the export job whose finished file is saved (the same id shape as the API's). */
export const saveExportRequestSchema = z.strictObject({
  jobId: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/),
});

/**
 * files.receiveDropped: the on-disk paths the preload found for the dropped Files, 1 to 50 of them,
 * each absolute (as webUtils.getPathForFile gives them) and without NUL.
 */
export const receiveDroppedFilesRequestSchema = z.strictObject({
  paths: z
    .array(
      z
        .string()
        .min(1)
        .max(4096)
        .refine((path) => isAbsolute(path) && !path.includes('\0')),
    )
    .min(1)
    .max(MAX_DROPPED_FILES),
});
