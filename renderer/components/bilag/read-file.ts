/** A bilag file the renderer has read: its name and its bytes as base64, ready for 'attachments:add'. */
export interface ReadFile {
  name: string;
  dataBase64: string;
}

/** 3 MiB, a multiple of 3, so the base64 of each chunk joins without padding in between. */
export const CHUNK_BYTES = 3 * 1024 * 1024;

/**
 * Reads a File as base64 in chunks, reporting the fraction read. FileReader encodes in the
 * browser's own code and each chunk is its own task, so the window stays responsive for a big file.
 */
export async function readFileAsBase64(file: Blob, onProgress?: (fraction: number) => void): Promise<string> {
  const parts: string[] = [];
  const total = file.size;
  if (total === 0) {
    onProgress?.(1);
    return '';
  }
  for (let start = 0; start < total; start += CHUNK_BYTES) {
    const chunk = file.slice(start, Math.min(start + CHUNK_BYTES, total));
    parts.push(
      await new Promise<string>((resolve, reject) => {
        const reader = new FileReader();
        reader.onprogress = (e) => {
          if (e.lengthComputable) onProgress?.((start + e.loaded) / total);
        };
        reader.onload = () => {
          const url = String(reader.result);
          resolve(url.slice(url.indexOf(',') + 1));
        };
        reader.onerror = () => reject(reader.error ?? new Error('Filen kunne ikke læses.'));
        reader.readAsDataURL(chunk);
      }),
    );
    onProgress?.(Math.min(start + CHUNK_BYTES, total) / total);
  }
  return parts.join('');
}

/** The title a bilag gets by default: the file name without its extension. */
export function titleFromFileName(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, '');
  const dot = base.lastIndexOf('.');
  return (dot > 0 ? base.slice(0, dot) : base).trim() || base;
}

export function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
