import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Writes the packet's HTML to a private temporary folder and hands its file:// URL to `use`; the
 * folder is removed afterwards, whatever happens. A page loaded from a file may load the bundled
 * file:// fonts the HTML refers to, which a page set from a string may not.
 */
export async function withHtmlFile<T>(html: string, use: (url: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'dagsorden-print-'));
  try {
    const file = join(dir, 'packet.html');
    await writeFile(file, html, { encoding: 'utf8', mode: 0o600 });
    return await use(pathToFileURL(file).href);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
