import { z } from 'zod';
import { method } from '../define-method';
import { idSchema } from '../../domain/primitives';
import { documentKindSchema, editionSchema } from '../../domain/enums';
import type { ChangeReport } from './releases';

/** What an export writes: the packet PDF, the Word document alone, or the Word document and its bilag in one .zip. */
export const exportFormatSchema = z.enum(['pdf', 'docx', 'docx-zip']);
export type ExportFormat = z.infer<typeof exportFormatSchema>;

/** The file extension of each format's file. */
export const EXPORT_EXTENSION: Readonly<Record<ExportFormat, 'pdf' | 'docx' | 'zip'>> = { pdf: 'pdf', docx: 'docx', 'docx-zip': 'zip' };

export type ExportJobState = 'running' | 'done' | 'failed' | 'cancelled';
export type ExportPhase = 'queued' | 'render' | 'bilag' | 'finish' | 'sign';

export interface ExportJobResult {
  /** The agenda version the file shows (the released one, or the next when changed since); null for minutes. */
  version: number | null;
  /** null for a released file handed out as it was stored. */
  pageCount: number | null;
  bytes: number;
  seconds: number;
  fileName: string;
  /** What was written ('pdf' when left out: a released PDF). */
  format?: ExportFormat;
  /** The bilag files beside a Word document in its .zip. */
  bilagCount?: number;
  /** What changed since the release before this version (null: nothing released before it). */
  changes?: ChangeReport | null;
}

export interface ExportJobStatus {
  state: ExportJobState;
  phase: ExportPhase;
  index?: number;
  total?: number;
  /** The Danish reason when the job failed. */
  message?: string;
  result?: ExportJobResult;
}

export interface ExportVerifyResult {
  signed: boolean;
  /** Danish report lines: the summary, then each signature's findings. */
  lines: string[];
}

const jobIdSchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'Ugyldigt job-id');

export const exportMethods = {
  /** Starts an export (the packet PDF, or the Word edition) in the background; poll 'exports:status'. */
  'exports:start': method(
    z.object({
      meetingId: idSchema,
      document: documentKindSchema,
      edition: editionSchema,
      /** PDF/A, bilag placement and signing are the PDF's: a Word export with them is refused by the service. */
      format: exportFormatSchema.default('pdf'),
      pdfa: z.boolean().default(false),
      bilagAfterItem: z.boolean().default(false),
      /** Sign with an imported certificate; the password is needed only when it is not stored. */
      sign: z.object({ certificateId: idSchema, password: z.string().min(1).max(1000).optional() }).nullable().default(null),
    }),
  ).returns<{ jobId: string }>(),
  'exports:status': method(z.object({ jobId: jobIdSchema })).returns<ExportJobStatus>(),
  'exports:cancel': method(z.object({ jobId: jobIdSchema })).returns<{ cancelled: boolean }>(),
  /** Checks the signatures of an uploaded PDF (browser mode: uploadToken; desktop: dataBase64). */
  'exports:verify': method(
    z
      .object({
        uploadToken: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, 'Ugyldigt upload-token').optional(),
        dataBase64: z.base64('Filens indhold skal være base64').optional(),
      })
      .refine((input) => (input.dataBase64 === undefined) !== (input.uploadToken === undefined), {
        message: 'Filens indhold mangler: send enten dataBase64 eller uploadToken (ikke begge).',
        path: ['uploadToken'],
      }),
  ).returns<ExportVerifyResult>(),
};
