import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../electron/store/open-database';
import { createApi, type Api } from '../../../electron/services/create-api';
import { createContext, type ServiceContext } from '../../../electron/services/service-context';
import type { SecretStore } from '../../../electron/services/certificates/secret-store';
import { signingIdentityFor } from '../../../electron/services/certificates/certificate-service';
import { loadP12 } from '../../../electron/export/sign/load-p12';
import { makeTestCerts, opensslAvailable, type TestCerts } from '../../fixtures/certs/make-test-certs';

const hasOpenssl = opensslAvailable();
if (!hasOpenssl) console.warn('Skipping certificate service tests: openssl is not on PATH (apt-get install openssl).');

/** Reversible and not the identity: enough to show the column holds what the store made, not the password. */
const xorSecrets: SecretStore = {
  available: true,
  encrypt: (text) => Buffer.from(Buffer.from(text, 'utf8').map((b) => b ^ 0x5a)),
  decrypt: (secret) => Buffer.from(secret.map((b) => b ^ 0x5a)).toString('utf8'),
};

function setup(secrets?: SecretStore): { db: Db; api: Api; ctx: ServiceContext } {
  const db = openDatabase(':memory:');
  const ctx: ServiceContext = { ...createContext(db, 'test', () => new Date('2026-11-22T10:00:00Z')), secrets };
  return { db, api: createApi(ctx, () => {}), ctx };
}

const rawRows = (db: Db) =>
  db.prepare('SELECT p12, password_secret FROM signing_certificates').all() as { p12: Buffer; password_secret: Buffer | null }[];

describe.skipIf(!hasOpenssl)('certificate service', () => {
  let certs: TestCerts;
  let dataBase64: string;
  beforeAll(async () => {
    certs = await makeTestCerts();
    dataBase64 = Buffer.from(certs.p12).toString('base64');
  }, 60_000);
  afterAll(async () => certs?.cleanup());

  it('refuses a wrong password in Danish, names the file and stores nothing', async () => {
    const { db, api } = setup(xorSecrets);
    const result = await api.call('certificates:import', { fileName: 'sekretariat.p12', dataBase64, password: 'forkert', rememberPassword: true });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.message).toContain('sekretariat.p12');
      expect(result.error.message).toMatch(/forkert adgangskode/);
    }
    expect(rawRows(db)).toHaveLength(0);
    expect(await api.invoke('certificates:list', {})).toEqual([]);
  });

  it('refuses a file that is not a .p12', async () => {
    const { db, api } = setup();
    const result = await api.call('certificates:import', {
      fileName: 'noter.pfx', dataBase64: Buffer.from('ikke et certifikat').toString('base64'), password: 'x', rememberPassword: false,
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/noter\.pfx.*PKCS#12/);
    expect(rawRows(db)).toHaveLength(0);
  });

  it('imports a certificate and lists it with its holder and validity', async () => {
    const { api } = setup();
    const info = await api.invoke('certificates:import', { fileName: 'sekretariat.p12', dataBase64, password: certs.password, rememberPassword: false });
    expect(info.subject).toContain('Åse Ærø');
    expect(info.issuer).toContain('Test-CA Ø');
    expect(info.passwordStored).toBe(false);
    expect(Date.parse(info.notAfter)).toBeGreaterThan(Date.parse(info.notBefore));
    const list = await api.invoke('certificates:list', {});
    expect(list).toEqual([info]);
    const again = await api.call('certificates:import', { fileName: 'kopi.p12', dataBase64, password: certs.password, rememberPassword: false });
    expect(again.ok).toBe(false);
  });

  it('stores the password only encrypted by the SecretStore and gives it back for signing', async () => {
    const { db, api, ctx } = setup(xorSecrets);
    expect(await api.invoke('certificates:capabilities', {})).toEqual({ canRememberPassword: true });
    const info = await api.invoke('certificates:import', { fileName: 'sekretariat.p12', dataBase64, password: certs.password, rememberPassword: true });
    expect(info.passwordStored).toBe(true);

    const [row] = rawRows(db);
    expect(row?.password_secret).toBeInstanceOf(Buffer);
    expect(row!.password_secret!.includes(Buffer.from(certs.password, 'utf8'))).toBe(false);
    // Nor anywhere else in the database: the audit log must not carry it either.
    const audit = db.prepare('SELECT details FROM audit_log').all() as { details: string | null }[];
    expect(JSON.stringify(audit)).not.toContain(certs.password);

    const identity = signingIdentityFor(ctx, info.id);
    expect(identity.password).toBe(certs.password);
    expect(Buffer.from(identity.p12).equals(Buffer.from(certs.p12))).toBe(true);
    const loaded = await loadP12(identity.p12, identity.password);
    expect(loaded.keyAlgorithm).toBe('RSASSA-PKCS1-v1_5');
    expect(signingIdentityFor(ctx, info.id, 'skrevet nu').password).toBe('skrevet nu');
  });

  it('without a SecretStore stores no password and asks for it at signing time', async () => {
    const { db, api, ctx } = setup();
    expect(await api.invoke('certificates:capabilities', {})).toEqual({ canRememberPassword: false });
    const info = await api.invoke('certificates:import', { fileName: 'sekretariat.p12', dataBase64, password: certs.password, rememberPassword: true });
    expect(info.passwordStored).toBe(false);
    expect(rawRows(db)[0]?.password_secret).toBeNull();
    expect(() => signingIdentityFor(ctx, info.id)).toThrow(/Skriv adgangskoden/);
    expect(signingIdentityFor(ctx, info.id, certs.password).password).toBe(certs.password);
  });

  it('with an unavailable SecretStore stores no password either', async () => {
    const { db, api } = setup({ ...xorSecrets, available: false });
    await api.invoke('certificates:import', { fileName: 'sekretariat.p12', dataBase64, password: certs.password, rememberPassword: true });
    expect(rawRows(db)[0]?.password_secret).toBeNull();
  });

  it('deletes a certificate', async () => {
    const { db, api } = setup(xorSecrets);
    const info = await api.invoke('certificates:import', { fileName: 'sekretariat.p12', dataBase64, password: certs.password, rememberPassword: true });
    await api.invoke('certificates:delete', { id: info.id });
    expect(rawRows(db)).toHaveLength(0);
    const missing = await api.call('certificates:delete', { id: info.id });
    expect(missing.ok).toBe(false);
  });
});
