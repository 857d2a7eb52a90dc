import { randomBytes } from 'node:crypto';
import { copyFile, open, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, extname, isAbsolute, join } from 'node:path';
import { UserError } from '../../shared/api/envelope';
import { exportJobFile } from '../services/export/export-jobs';

/** A finished export job's file, or undefined (unknown, still running, failed or forgotten). */
export type ExportFileLookup = (jobId: string) => { path: string; fileName: string } | undefined;

export const UNKNOWN_EXPORT_MESSAGE = 'Eksporten findes ikke længere. Start den igen.';

/** The finished export of a job, or a UserError the dialog can show. */
export function finishedExport(jobId: string, lookup: ExportFileLookup = exportJobFile): { path: string; fileName: string } {
  const file = lookup(jobId);
  if (!file) throw new UserError(UNKNOWN_EXPORT_MESSAGE, 'not_found');
  return file;
}

/** Where the save dialog starts: the job's file name in the user's Documents folder. */
export function defaultSavePath(documentsDir: string, fileName: string): string {
  return join(documentsDir, basename(fileName));
}

/** The chosen path, with the export's extension (".pdf", ".docx", ".zip") added when the user typed a name without any (Linux dialogs add none). */
export function withExtension(path: string, fileName: string): string {
  return extname(path) === '' ? `${path}${extname(fileName) || '.pdf'}` : path;
}

/** The save dialog's file type for an export's file name. */
export function saveFilter(fileName: string): { name: string; extensions: string[] } {
  const extension = extname(fileName).slice(1).toLowerCase();
  if (extension === 'docx') return { name: 'Word-dokument', extensions: ['docx'] };
  if (extension === 'zip') return { name: 'Zip-fil (Word-dokument med bilag)', extensions: ['zip'] };
  return { name: 'PDF-dokument', extensions: ['pdf'] };
}

/** Why a copy failed, in Danish, from Node's error code. */
export function describeFileError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'du har ikke adgang til at skrive i mappen';
    case 'ENOENT':
      return 'mappen findes ikke';
    case 'ENOTDIR':
      return 'en del af stien er ikke en mappe';
    case 'EISDIR':
      return 'der findes allerede en mappe med det navn';
    case 'ENOSPC':
      return 'der er ikke plads nok på drevet';
    case 'EROFS':
      return 'drevet er skrivebeskyttet';
    case 'EDQUOT':
      return 'din diskkvote er opbrugt';
    case 'ENAMETOOLONG':
      return 'filnavnet er for langt';
    case 'EBUSY':
      return 'filen er i brug af et andet program';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

/**
 * Copies a finished export to the path the user chose, atomically: the bytes go to a temp file in
 * the target folder, are flushed, and the temp file is renamed over the target. A failure leaves
 * nothing half-written (an existing file at the target stays as it was) and gives a Danish message
 * naming the path and the reason. Returns the path written.
 */
export async function saveExportCopy(jobId: string, chosenPath: string, lookup: ExportFileLookup = exportJobFile): Promise<string> {
  const source = finishedExport(jobId, lookup);
  if (!chosenPath || !isAbsolute(chosenPath) || chosenPath.includes('\0')) {
    throw new UserError(`Filen kan ikke gemmes i »${chosenPath}«: stien er ugyldig.`, 'invalid_input');
  }
  const target = withExtension(chosenPath, source.fileName);
  const fail = (error: unknown): never => {
    throw new UserError(`Filen kunne ikke gemmes i ${target}: ${describeFileError(error)}.`, 'save_failed');
  };
  const existing = await stat(target).catch(() => null);
  if (existing?.isDirectory()) fail(Object.assign(new Error('is a directory'), { code: 'EISDIR' }));

  // The name writeFileAtomic uses, so a copy killed mid-way is swept by the next write into the folder.
  const temp = join(dirname(target), `.${basename(target)}.dagsorden-${process.pid}-${randomBytes(6).toString('hex')}.tmp`);
  try {
    await copyFile(source.path, temp);
    const handle = await open(temp, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    fail(error);
  }
  return target;
}
