import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { UserError } from '../../../shared/api/envelope';
import type { CertificateInfo } from '../../../shared/api/methods/certificates';
import { loadP12 } from '../../export/sign/load-p12';
import { describeName } from '../../export/sign/verify-pdf';
import * as repo from '../../store/repositories/certificate-repository';
import { uploadStore } from '../attachments/upload-store';
import type { HandlerMap } from '../handler-types';
import { found } from '../not-found';
import { change, type ServiceContext } from '../service-context';

type Methods = 'certificates:list' | 'certificates:capabilities' | 'certificates:import' | 'certificates:delete';

const toInfo = (r: repo.CertificateRow): CertificateInfo => ({
  id: r.id, label: r.label, subject: r.subject, issuer: r.issuer, notBefore: r.not_before, notAfter: r.not_after,
  passwordStored: r.password_stored === 1,
});

const canRemember = (ctx: ServiceContext): boolean => ctx.secrets?.available === true;

export const certificateHandlers: HandlerMap<Methods> = {
  'certificates:list': (_input, ctx) => repo.listCertificates(ctx.db).map(toInfo),

  'certificates:capabilities': (_input, ctx) => ({ canRememberPassword: canRemember(ctx) }),

  'certificates:import': async (input, ctx) => {
    const p12 = input.uploadToken !== undefined ? (await uploadStore().take(input.uploadToken)).bytes : Buffer.from(input.dataBase64 ?? '', 'base64');
    // Throws a Danish UserError naming the file for a wrong password or a file that is not a .p12.
    const identity = await loadP12(p12, input.password, input.fileName);
    const certificate = identity.certificate;
    const sha256 = createHash('sha256').update(p12).digest('hex');
    const subject = describeName(certificate.subject);
    // Encrypted by the OS before the transaction (which never spans an await); never stored in plain text.
    const passwordSecret = input.rememberPassword && ctx.secrets?.available ? ctx.secrets.encrypt(input.password) : null;
    // The password stays out of the audit log: only the file name and the holder are recorded.
    return change(ctx, { action: 'create', entity: 'signing_certificate', entityId: (c) => c.id, details: { fileName: basename(input.fileName), subject } }, () => {
      if (repo.findCertificateBySha256(ctx.db, sha256)) {
        throw new UserError(`Certifikatet i ${basename(input.fileName)} er allerede importeret.`, 'certificate_exists');
      }
      const id = repo.insertCertificate(ctx.db, {
        label: input.label ?? subject,
        subject,
        issuer: describeName(certificate.issuer),
        notBefore: certificate.notBefore.value.toISOString(),
        notAfter: certificate.notAfter.value.toISOString(),
        sha256,
        p12,
        passwordSecret,
        createdAt: ctx.now().toISOString(),
      });
      return toInfo(found(repo.findCertificate(ctx.db, id), 'Certifikatet', id));
    });
  },

  'certificates:delete': (input, ctx) =>
    change(ctx, { action: 'delete', entity: 'signing_certificate', entityId: () => input.id }, () => {
      found(repo.findCertificate(ctx.db, input.id), 'Certifikatet', input.id);
      repo.deleteCertificate(ctx.db, input.id);
    }),
};

/**
 * The file and password to sign with: the password the user just typed wins, else the one stored
 * encrypted by the OS. Neither (browser mode, CLI without DAGSORDEN_P12_PASSWORD, or the password
 * was not remembered): a Danish UserError asking for it. The password is not checked here; loadP12 does.
 */
export function signingIdentityFor(ctx: ServiceContext, certificateId: number, passwordFromUser?: string): { p12: Uint8Array; password: string } {
  const stored = found(repo.certificateSecrets(ctx.db, certificateId), 'Certifikatet', certificateId);
  if (passwordFromUser !== undefined) return { p12: stored.p12, password: passwordFromUser };
  if (stored.passwordSecret && ctx.secrets?.available) {
    try {
      return { p12: stored.p12, password: ctx.secrets.decrypt(stored.passwordSecret) };
    } catch {
      throw new UserError(
        `Den gemte adgangskode til certifikatet "${stored.label}" kan ikke læses (den er gemt af en anden bruger eller computer). Skriv adgangskoden.`,
        'certificate_password_unreadable',
      );
    }
  }
  throw new UserError(`Skriv adgangskoden til certifikatet "${stored.label}" for at underskrive; den er ikke gemt.`, 'certificate_password_required');
}
