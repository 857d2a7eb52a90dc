import { safeStorage } from 'electron';
import type { SecretStore } from '../services/certificates/secret-store';

/**
 * The app's SecretStore: Electron safeStorage (Keychain on macOS, DPAPI on Windows, libsecret or
 * kwallet on Linux). Only usable after app 'ready'. On Linux with no keyring safeStorage falls back
 * to a hard-coded key ('basic_text'), which is no protection, so it counts as unavailable there.
 */
export function safeStorageSecrets(): SecretStore {
  const available = safeStorage.isEncryptionAvailable() && !usesPlainTextBackend();
  return {
    available,
    encrypt: (text) => {
      if (!available) throw new Error('safeStorage is not available');
      return safeStorage.encryptString(text);
    },
    decrypt: (secret) => safeStorage.decryptString(secret),
  };
}

function usesPlainTextBackend(): boolean {
  if (process.platform !== 'linux') return false;
  try {
    return safeStorage.getSelectedStorageBackend() === 'basic_text';
  } catch {
    return false;
  }
}
