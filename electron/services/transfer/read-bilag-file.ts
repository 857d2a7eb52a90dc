import { closeSync, constants, fstatSync, openSync, readFileSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { isUserError, UserError } from '../../../shared/api/envelope';
import { MAX_ATTACHMENT_BYTES } from '../attachments/attachment-limits';

/** The real folder meeting.json lies in (symbolic links resolved): bilag must lie inside it. */
export function meetingFolder(jsonPath: string): string {
  const folder = dirname(resolve(jsonPath));
  try {
    return realpathSync(folder);
  } catch {
    return folder;
  }
}

/**
 * The bytes of one bilag named in meeting.json. Its real path (every symbolic link resolved) must lie
 * inside `folder`: a link beside meeting.json to /etc/passwd or a path with `..` is refused, naming
 * the field and the file. Only a regular file is read (a named pipe would wait for ever), and none
 * larger than an upload may be.
 */
export function readBilagFile(folder: string, path: string, field: string): Buffer {
  const outside = () =>
    new UserError(
      `Bilagsfilen ${path} (${field}) ligger uden for mappen med meeting.json (via et symbolsk link eller ..); kun filer i mappen kan importeres.`,
      'import_outside_folder',
    );
  const unreadable = () => new UserError(`Bilagsfilen ${path} (${field}) findes ikke eller kan ikke læses.`, 'import_missing_file');
  if (isAbsolute(path) || path.split(/[\\/]/).includes('..')) throw outside();

  let real: string;
  try {
    real = realpathSync(join(folder, path));
  } catch {
    throw unreadable();
  }
  const inside = relative(folder, real);
  if (inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) throw outside();

  let fd: number;
  try {
    fd = openSync(real, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch {
    throw unreadable();
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw new UserError(`Bilagsfilen ${path} (${field}) er ikke en almindelig fil.`, 'import_not_a_file');
    if (stats.size > MAX_ATTACHMENT_BYTES) {
      throw new UserError(
        `Bilagsfilen ${path} (${field}) fylder ${Math.ceil(stats.size / 1024 / 1024)} MB; et bilag må højst fylde ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB.`,
        'import_too_large',
      );
    }
    return readFileSync(fd);
  } catch (error) {
    if (isUserError(error)) throw error;
    throw unreadable();
  } finally {
    closeSync(fd);
  }
}
