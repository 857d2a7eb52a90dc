import { webcrypto } from 'node:crypto';
import * as pkijs from 'pkijs';

/**
 * pkijs on Node's WebCrypto. Created once and passed explicitly to the pkijs calls that accept an
 * engine, and also installed as pkijs' default (some pkijs internals call getCrypto()).
 */
let engine: pkijs.ICryptoEngine | undefined;

export function cryptoEngine(): pkijs.ICryptoEngine {
  if (!engine) {
    engine = new pkijs.CryptoEngine({ name: 'node-webcrypto', crypto: webcrypto as unknown as Crypto });
    pkijs.setEngine('node-webcrypto', engine);
  }
  return engine;
}

/** An ArrayBuffer holding exactly the bytes of view (pkijs and asn1js want ArrayBuffers). */
export function toArrayBuffer(view: Uint8Array): ArrayBuffer {
  const copy = new Uint8Array(view.byteLength);
  copy.set(view);
  return copy.buffer;
}
