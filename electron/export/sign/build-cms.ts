import { createHash } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { cryptoEngine, toArrayBuffer } from './crypto-engine';
import type { SigningIdentity } from './load-p12';

const OID = {
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingTime: '1.2.840.113549.1.9.5',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
  sha256: '2.16.840.1.101.3.4.2.1',
} as const;

/**
 * A detached CMS SignedData for PAdES B-B (ETSI EN 319 142-1): SHA-256, signed attributes
 * contentType, messageDigest and signingCertificateV2 (ESS, binds the signer's certificate), the
 * certificate chain included. signing-time is left out by default because PAdES wants the time in
 * the signature dictionary's /M instead.
 */
export async function buildDetachedCms(signedBytes: Uint8Array, identity: SigningIdentity, options: { signingTime?: Date } = {}): Promise<Uint8Array> {
  return buildDetachedCmsForDigest(createHash('sha256').update(signedBytes).digest(), identity, options);
}

/** The same, from the SHA-256 of the signed bytes (computed while the file was written). */
export async function buildDetachedCmsForDigest(digest: Uint8Array, identity: SigningIdentity, options: { signingTime?: Date } = {}): Promise<Uint8Array> {
  const crypto = cryptoEngine();
  const certificate = identity.certificate;

  const attributes = [
    new pkijs.Attribute({ type: OID.contentType, values: [new asn1js.ObjectIdentifier({ value: OID.data })] }),
    new pkijs.Attribute({ type: OID.messageDigest, values: [new asn1js.OctetString({ valueHex: toArrayBuffer(digest) })] }),
    new pkijs.Attribute({ type: OID.signingCertificateV2, values: [signingCertificateV2(certificate)] }),
  ];
  if (options.signingTime) {
    attributes.push(new pkijs.Attribute({ type: OID.signingTime, values: [new asn1js.UTCTime({ valueDate: options.signingTime })] }));
  }

  const signedData = new pkijs.SignedData({
    version: 1,
    encapContentInfo: new pkijs.EncapsulatedContentInfo({ eContentType: OID.data }),
    certificates: identity.chain,
    signerInfos: [
      new pkijs.SignerInfo({
        version: 1,
        sid: new pkijs.IssuerAndSerialNumber({ issuer: certificate.issuer, serialNumber: certificate.serialNumber }),
        signedAttrs: new pkijs.SignedAndUnsignedAttributes({ type: 0, attributes }),
      }),
    ],
  });
  await signedData.sign(identity.privateKey, 0, 'SHA-256', undefined, crypto);

  const contentInfo = new pkijs.ContentInfo({ contentType: OID.signedData, content: signedData.toSchema(true) });
  return new Uint8Array(contentInfo.toSchema().toBER(false));
}

/**
 * SigningCertificateV2 ::= SEQUENCE { certs SEQUENCE OF ESSCertIDv2 }
 * ESSCertIDv2 ::= SEQUENCE { hashAlgorithm DEFAULT sha256 (omitted), certHash OCTET STRING,
 *                            issuerSerial SEQUENCE { GeneralNames, serialNumber } }
 */
function signingCertificateV2(certificate: pkijs.Certificate): asn1js.Sequence {
  const certHash = createHash('sha256').update(new Uint8Array(certificate.toSchema(true).toBER(false))).digest();
  const issuerSerial = new asn1js.Sequence({
    value: [
      new asn1js.Sequence({
        // GeneralName directoryName [4] EXPLICIT Name
        value: [new asn1js.Constructed({ idBlock: { tagClass: 3, tagNumber: 4 }, value: [certificate.issuer.toSchema()] })],
      }),
      certificate.serialNumber,
    ],
  });
  const essCertIdV2 = new asn1js.Sequence({ value: [new asn1js.OctetString({ valueHex: toArrayBuffer(certHash) }), issuerSerial] });
  return new asn1js.Sequence({ value: [new asn1js.Sequence({ value: [essCertIdV2] })] });
}
