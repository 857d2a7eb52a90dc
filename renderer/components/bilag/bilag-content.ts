import { api } from '../../api/api';
import { bilagDownload } from '../../api/transport';
import { base64ToBytes } from './read-file';

/** The stored PDF bytes of a bilag (images are stored converted to PDF). */
export async function attachmentBytes(id: number): Promise<Uint8Array> {
  const download = bilagDownload();
  if (download) return download(id);
  const content = await api().call('attachments:content', { id });
  return base64ToBytes(content.dataBase64);
}
