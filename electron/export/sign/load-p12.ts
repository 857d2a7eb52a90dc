import { basename } from 'node:path';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { UserError } from '../../../shared/api/envelope';
import { cryptoEngine, toArrayBuffer } from './crypto-engine';

export interface SigningIdentity {
  privateKey: CryptoKey;
  /** The certificate whose public key matches privateKey. */
  certificate: pkijs.Certificate;
  /** Leaf first, then the rest of the chain found in the file (may be empty). */
  chain: pkijs.Certificate[];
  /** 'RSASSA-PKCS1-v1_5' or 'ECDSA'. */
  keyAlgorithm: string;
}

const OID = {
  keyBag: '1.2.840.113549.1.12.10.1.1',
  pkcs8ShroudedKeyBag: '1.2.840.113549.1.12.10.1.2',
  certBag: '1.2.840.113549.1.12.10.1.3',
  x509Certificate: '1.2.840.113549.1.9.22.1',
  localKeyId: '1.2.840.113549.1.9.21',
  rsaEncryption: '1.2.840.113549.1.1.1',
  ecPublicKey: '1.2.840.10045.2.1',
  data: '1.2.840.113549.1.7.1',
  encryptedData: '1.2.840.113549.1.7.6',
} as const;

const CURVES: Record<string, string> = {
  '1.2.840.10045.3.1.7': 'P-256',
  '1.3.132.0.34': 'P-384',
  '1.3.132.0.35': 'P-521',
};

/**
 * Reads a PKCS#12 (.p12/.pfx) file with pkijs: MAC check (HMAC with the PKCS#12 key derivation,
 * SHA-1 or SHA-2), bags encrypted with PBES2 (PBKDF2 + AES-CBC, OpenSSL 3's default) or the legacy
 * pbeWithSHAAnd3-KeyTripleDES-CBC scheme where WebCrypto can do it. node-forge is deliberately not
 * used: it double-encodes UTF-8 issuer names, which invalidates the signature.
 *
 * fileName is only used in the Danish error messages.
 */
export async function loadP12(p12: Uint8Array, password: string, fileName = 'certifikatfilen'): Promise<SigningIdentity> {
  const crypto = cryptoEngine();
  const name = basename(fileName);
  const cannotOpen = (why: string, code: string) => new UserError(`Certifikatfilen ${name} kan ikke åbnes: ${why}`, code);
  const passwordBuffer = toArrayBuffer(new TextEncoder().encode(password));

  let pfx: pkijs.PFX;
  try {
    pfx = pkijs.PFX.fromBER(toArrayBuffer(p12));
  } catch {
    throw cannotOpen('filen er ikke en PKCS#12-fil (.p12/.pfx).', 'p12_invalid');
  }

  try {
    await pfx.parseInternalValues({ password: passwordBuffer, checkIntegrity: true }, crypto);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/Integrity .* broken/i.test(message)) throw cannotOpen('forkert adgangskode.', 'p12_wrong_password');
    if (/Absent "macData"/i.test(message)) {
      // No MAC (rare, e.g. some exports with -nomac): read it without the integrity check.
      try {
        await pfx.parseInternalValues({ checkIntegrity: false }, crypto);
      } catch {
        throw cannotOpen('filen er beskadiget.', 'p12_invalid');
      }
    } else if (/Unsupported|Unknown|not supported/i.test(message)) {
      throw cannotOpen(`filen bruger en beskyttelse, som ikke understøttes (${message}).`, 'p12_unsupported');
    } else {
      throw cannotOpen('filen er beskadiget.', 'p12_invalid');
    }
  }

  const authenticatedSafe = pfx.parsedValue?.authenticatedSafe;
  if (!authenticatedSafe) throw cannotOpen('filen indeholder ingen nøgler eller certifikater.', 'p12_invalid');
  try {
    await authenticatedSafe.parseInternalValues(
      { safeContents: authenticatedSafe.safeContents.map((content) => (content.contentType === OID.encryptedData ? { password: passwordBuffer } : {})) },
      crypto,
    );
  } catch (error) {
    throw decryptionError(error, cannotOpen);
  }

  const keys: { info: pkijs.PrivateKeyInfo; localKeyId: string | undefined }[] = [];
  const certificates: { certificate: pkijs.Certificate; localKeyId: string | undefined }[] = [];
  for (const safeContent of authenticatedSafe.parsedValue?.safeContents ?? []) {
    for (const bag of safeContent.value.safeBags) {
      const localKeyId = localKeyIdOf(bag);
      if (bag.bagId === OID.pkcs8ShroudedKeyBag) {
        const shrouded = bag.bagValue as pkijs.PKCS8ShroudedKeyBag;
        try {
          // Protected in pkijs' typings but the documented way to decrypt the bag.
          await (shrouded as unknown as ShroudedKeyDecryptor).parseInternalValues({ password: passwordBuffer }, crypto);
        } catch (error) {
          throw decryptionError(error, cannotOpen);
        }
        if (shrouded.parsedValue) keys.push({ info: shrouded.parsedValue, localKeyId });
      } else if (bag.bagId === OID.keyBag) {
        keys.push({ info: bag.bagValue as pkijs.PrivateKeyInfo, localKeyId });
      } else if (bag.bagId === OID.certBag) {
        const certBag = bag.bagValue as pkijs.CertBag;
        if (certBag.certId === OID.x509Certificate && certBag.parsedValue instanceof pkijs.Certificate) {
          certificates.push({ certificate: certBag.parsedValue, localKeyId });
        }
      }
    }
  }

  const key = keys[0];
  if (!key) throw cannotOpen('filen indeholder ingen privat nøgle.', 'p12_no_key');
  const leaf =
    certificates.find((c) => key.localKeyId !== undefined && c.localKeyId === key.localKeyId)?.certificate ??
    certificates.find((c) => samePublicKey(c.certificate, key.info))?.certificate;
  if (!leaf) throw cannotOpen('filen indeholder ikke certifikatet til den private nøgle.', 'p12_no_certificate');

  const { privateKey, keyAlgorithm } = await importPrivateKey(key.info, cannotOpen);
  const chain = orderChain(leaf, certificates.map((c) => c.certificate));
  return { privateKey, certificate: leaf, chain, keyAlgorithm };
}

interface ShroudedKeyDecryptor {
  parseInternalValues(parameters: { password: ArrayBuffer }, crypto: pkijs.ICryptoEngine): Promise<void>;
}

function decryptionError(error: unknown, cannotOpen: (why: string, code: string) => UserError): UserError {
  const message = error instanceof Error ? error.message : String(error);
  // A wrong password usually fails the MAC first; without a MAC it shows up as a padding error here.
  if (/decrypt|padding|operation-specific reason|bad/i.test(message)) return cannotOpen('forkert adgangskode.', 'p12_wrong_password');
  if (/Unknown|Unsupported|not supported|Unrecognized/i.test(message)) {
    return cannotOpen(`filen bruger en kryptering, som ikke understøttes (${message}). Eksportér den igen med en nyere version af OpenSSL eller Windows.`, 'p12_unsupported');
  }
  return cannotOpen('filen er beskadiget.', 'p12_invalid');
}

function localKeyIdOf(bag: pkijs.SafeBag): string | undefined {
  const attribute = bag.bagAttributes?.find((a) => a.type === OID.localKeyId);
  const value = attribute?.values[0];
  return value instanceof asn1js.OctetString ? Buffer.from(value.valueBlock.valueHexView).toString('hex') : undefined;
}

function samePublicKey(certificate: pkijs.Certificate, key: pkijs.PrivateKeyInfo): boolean {
  const parsed = key.parsedKey;
  const certKey = certificate.subjectPublicKeyInfo.parsedKey;
  if (parsed instanceof pkijs.RSAPrivateKey && certKey instanceof pkijs.RSAPublicKey) {
    return Buffer.from(parsed.modulus.valueBlock.valueHexView).equals(Buffer.from(certKey.modulus.valueBlock.valueHexView));
  }
  if (parsed instanceof pkijs.ECPrivateKey && parsed.publicKey && certKey instanceof pkijs.ECPublicKey) {
    return Buffer.from(parsed.publicKey.toSchema().toBER(false)).equals(Buffer.from(certKey.toSchema().toBER(false)));
  }
  return false;
}

async function importPrivateKey(
  info: pkijs.PrivateKeyInfo,
  cannotOpen: (why: string, code: string) => UserError,
): Promise<{ privateKey: CryptoKey; keyAlgorithm: string }> {
  const der = info.toSchema().toBER(false);
  const subtle = globalThis.crypto.subtle;
  const algorithmId = info.privateKeyAlgorithm.algorithmId;
  if (algorithmId === OID.rsaEncryption) {
    const privateKey = await subtle.importKey('pkcs8', der, { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, false, ['sign']);
    return { privateKey, keyAlgorithm: 'RSASSA-PKCS1-v1_5' };
  }
  if (algorithmId === OID.ecPublicKey) {
    const params = info.privateKeyAlgorithm.algorithmParams;
    const curveOid = params instanceof asn1js.ObjectIdentifier ? params.valueBlock.toString() : '';
    const namedCurve = CURVES[curveOid];
    if (namedCurve) {
      const privateKey = await subtle.importKey('pkcs8', der, { name: 'ECDSA', namedCurve }, false, ['sign']);
      return { privateKey, keyAlgorithm: 'ECDSA' };
    }
  }
  throw cannotOpen('nøgletypen understøttes ikke (kun RSA og ECDSA P-256/P-384/P-521).', 'p12_unsupported');
}

/** Leaf, its issuer, that issuer's issuer … as far as the file goes; then any certificates left over. */
function orderChain(leaf: pkijs.Certificate, all: pkijs.Certificate[]): pkijs.Certificate[] {
  const der = (c: pkijs.Certificate) => Buffer.from(c.toSchema(true).toBER(false)).toString('base64');
  const chain = [leaf];
  const seen = new Set([der(leaf)]);
  let current = leaf;
  for (;;) {
    const issuer = all.find((c) => !seen.has(der(c)) && c.subject.isEqual(current.issuer));
    if (!issuer) break;
    chain.push(issuer);
    seen.add(der(issuer));
    current = issuer;
  }
  for (const c of all) if (!seen.has(der(c))) chain.push(c);
  return chain;
}
