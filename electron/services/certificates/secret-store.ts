/**
 * Encrypts small secrets (a certificate's password) with a key the operating system keeps:
 * Electron's safeStorage in the app (Keychain, DPAPI, libsecret/kwallet). Browser mode and the CLI
 * have none, and then nothing secret is stored: the password is asked for at signing time.
 */
export interface SecretStore {
  /** False when the OS offers no encryption (e.g. Linux without a keyring): store nothing. */
  readonly available: boolean;
  encrypt(text: string): Buffer;
  decrypt(secret: Buffer): string;
}
