import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { processTempDir } from './temp-root';

/**
 * Writes the packet's HTML to a private temporary folder (0700, the file 0600; by default inside
 * this process's temp folder, see temp-root.ts) and hands the file and its folder to `use`; the
 * folder is removed afterwards, whatever happens. A page loaded from a file may load the bundled
 * file:// fonts the HTML refers to, which a page set from a string may not.
 */
export async function withHtmlFile<T>(
  html: string, use: (file: string, dir: string) => Promise<T>, tempRoot: string = processTempDir(),
): Promise<T> {
  const dir = await mkdtemp(join(tempRoot, 'dagsorden-print-'));
  try {
    await chmod(dir, 0o700);
    const file = join(dir, 'packet.html');
    await writeFile(file, html, { encoding: 'utf8', mode: 0o600 });
    return await use(file, dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
