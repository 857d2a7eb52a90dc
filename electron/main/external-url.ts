/** The longest link we hand to the operating system; longer ones are refused, not cut. */
const MAX_EXTERNAL_URL_LENGTH = 2048;

/**
 * The normalised URL when it is safe to open in the user's browser, else null. Only http(s) with a
 * host and no embedded credentials: file:, javascript:, smb:, custom protocol handlers and the like
 * could run programs or leak NTLM hashes when handed to the shell.
 */
export function externalUrl(raw: unknown): string | null {
  if (typeof raw !== 'string' || raw.length > MAX_EXTERNAL_URL_LENGTH) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (!url.hostname || url.username || url.password) return null;
  return url.href;
}
