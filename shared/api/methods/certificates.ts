import { z } from 'zod';
import { method } from '../define-method';
import { idSchema, nonEmptyText } from '../../domain/primitives';
import { TEXT_LIMITS } from '../../domain/text-limits';

/** A signing certificate as the settings list shows it; the file and password never leave the main process. */
export interface CertificateInfo {
  id: number;
  label: string;
  /** "CN (O)" of the holder. */
  subject: string;
  issuer: string;
  /** ISO 8601 timestamps. */
  notBefore: string;
  notAfter: string;
  /** True when the password is stored encrypted by the operating system; false: asked for at signing. */
  passwordStored: boolean;
}

export const certificateMethods = {
  'certificates:list': method(z.object({})).returns<CertificateInfo[]>(),
  /** Whether this transport can keep a password encrypted by the OS (the app: yes; browser mode: no). */
  'certificates:capabilities': method(z.object({})).returns<{ canRememberPassword: boolean }>(),
  /** The .p12/.pfx comes inline as base64 or as an upload token (browser mode), exactly one of the two. */
  'certificates:import': method(
    z
      .object({
        fileName: nonEmptyText('Filnavnet', TEXT_LIMITS.fileName),
        dataBase64: z.base64('Filens indhold skal være base64').optional(),
        uploadToken: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, 'Ugyldigt upload-token').optional(),
        password: z.string().max(1000),
        rememberPassword: z.boolean().default(false),
        label: z.string().trim().min(1).max(TEXT_LIMITS.name).optional(),
      })
      .refine((input) => (input.dataBase64 === undefined) !== (input.uploadToken === undefined), {
        message: 'Filens indhold mangler: send enten dataBase64 eller uploadToken (ikke begge).',
        path: ['dataBase64'],
      }),
  ).returns<CertificateInfo>(),
  'certificates:delete': method(z.object({ id: idSchema })).returns<void>(),
};
