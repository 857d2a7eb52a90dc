import { randomBytes } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isUserError } from '../../../shared/api/envelope';
import type { DocumentKind, Edition } from '../../../shared/domain/enums';
import type { ExportJobStatus } from '../../../shared/api/methods/exports';
import { verifyPdf } from '../../export/sign/verify-pdf';
import { uploadStore } from '../attachments/upload-store';
import type { HandlerMap } from '../handler-types';
import { loadMeetingDetail } from '../meeting-service';
import type { ServiceContext } from '../service-context';
import { exportPacket, type ExportPacketRequest } from './export-packet';
import type { PdfPrinter } from '../../export/printer/pdf-printer';
import { signingIdentityFor } from '../certificates/certificate-service';

/** How long a finished export's file stays in the temp folder. */
export const EXPORT_TTL_MS = 60 * 60 * 1000;
const FAILED_MESSAGE = 'Eksporten mislykkedes på grund af en uventet fejl. Prøv igen, og kontakt support, hvis fejlen gentager sig.';

interface Job {
  status: ExportJobStatus;
  controller: AbortController;
  dir: string;
  file: string;
  fileName: string;
}

const jobs = new Map<string, Job>();

/** Makes the printer of one export job; null: exportPacket's default (system Chromium). */
export type PrinterFactory = () => PdfPrinter;
let printerFactory: PrinterFactory | null = null;

/**
 * The desktop app prints with Electron's own Chromium (electron/main/electron-printer.ts) and sets
 * its factory here at start-up; browser mode and the CLI leave it unset and print with system
 * Chromium. Each job gets a printer of its own and closes it when the job ends.
 */
export function setExportPrinterFactory(factory: PrinterFactory | null): void {
  printerFactory = factory;
}

export function exportRoot(): string {
  return join(tmpdir(), 'dagsorden-exports');
}

/** "Dagsorden Økonomiudvalget 2026-12-02 (offentlig).pdf", without characters a file system refuses. */
export function exportFileName(document: DocumentKind, edition: Edition, committeeName: string, date: string): string {
  const kind = document === 'agenda' ? 'Dagsorden' : 'Referat';
  const name = `${kind} ${committeeName} ${date} (${edition === 'public' ? 'offentlig' : 'medlemmer'})`;
  return `${name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '-').replace(/\s+/g, ' ').trim()}.pdf`;
}

export interface StartExportRequest {
  meetingId: number;
  document: DocumentKind;
  edition: Edition;
  pdfa: boolean;
  bilagAfterItem: boolean;
  sign?: { certificateId: number; password?: string } | null;
}

/** Starts one export in the background and returns its id at once; errors end up in the job's status. */
export function startExportJob(ctx: ServiceContext, request: StartExportRequest, run: typeof exportPacket = exportPacket): string {
  const meeting = loadMeetingDetail(ctx.db, request.meetingId); // unknown meeting: the UserError reaches the caller now
  // A missing or undecryptable password is refused now, before any work starts.
  const identity = request.sign ? signingIdentityFor(ctx, request.sign.certificateId, request.sign.password) : undefined;
  const jobId = randomBytes(12).toString('base64url');
  const dir = join(exportRoot(), jobId);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const fileName = exportFileName(request.document, request.edition, meeting.committeeName, meeting.date);
  const job: Job = { status: { state: 'running', phase: 'queued' }, controller: new AbortController(), dir, file: join(dir, fileName), fileName };
  jobs.set(jobId, job);
  const printer = printerFactory ? printerFactory() : undefined;

  const packetRequest: ExportPacketRequest = {
    meetingId: request.meetingId,
    document: request.document,
    edition: request.edition,
    pdfa: request.pdfa,
    ...(identity ? { sign: identity } : {}),
    bilagPlacement: request.bilagAfterItem ? 'after-item' : 'end',
    outPath: job.file,
    ...(printer ? { printer } : {}),
    signal: job.controller.signal,
    onProgress: (step) => {
      if (job.status.state === 'running') job.status = { state: 'running', phase: step.phase, index: step.index, total: step.total };
    },
  };
  const printAndClose = async () => {
    try {
      return await run(ctx, packetRequest);
    } finally {
      // exportPacket closes only the printers it makes itself; this one is the job's.
      if (printer) await printer.close().catch((error: unknown) => console.error(error));
    }
  };
  void printAndClose().then(
    (result) => {
      job.status = {
        state: 'done',
        phase: 'finish',
        result: {
          version: result.version, pageCount: result.pageCount, bytes: result.bytes, seconds: result.seconds, fileName,
          changes: result.changes,
        },
      };
    },
    (error: unknown) => {
      if (job.controller.signal.aborted) {
        job.status = { state: 'cancelled', phase: job.status.phase };
      } else {
        if (!isUserError(error)) console.error(error);
        job.status = { state: 'failed', phase: job.status.phase, message: isUserError(error) ? error.message : FAILED_MESSAGE };
      }
      rmSync(dir, { recursive: true, force: true });
    },
  ).finally(() => {
    const timer = setTimeout(() => forgetExportJob(jobId), EXPORT_TTL_MS);
    timer.unref();
  });
  return jobId;
}

export function exportJobStatus(jobId: string): ExportJobStatus | undefined {
  return jobs.get(jobId)?.status;
}

/** The finished file of a job (for GET /exports/<jobId>); undefined until it is done. */
export function exportJobFile(jobId: string): { path: string; fileName: string } | undefined {
  const job = jobs.get(jobId);
  return job?.status.state === 'done' ? { path: job.file, fileName: job.fileName } : undefined;
}

export function cancelExportJob(jobId: string): boolean {
  const job = jobs.get(jobId);
  if (!job || job.status.state !== 'running') return false;
  job.controller.abort();
  return true;
}

export function forgetExportJob(jobId: string): void {
  const job = jobs.get(jobId);
  if (!job) return;
  job.controller.abort();
  jobs.delete(jobId);
  rmSync(job.dir, { recursive: true, force: true });
}

const UNKNOWN_JOB: ExportJobStatus = { state: 'failed', phase: 'queued', message: 'Eksporten findes ikke længere. Start den igen.' };

export const exportHandlers: HandlerMap<'exports:start' | 'exports:status' | 'exports:cancel' | 'exports:verify'> = {
  'exports:start': (input, ctx) => ({ jobId: startExportJob(ctx, input) }),
  'exports:status': (input) => exportJobStatus(input.jobId) ?? UNKNOWN_JOB,
  'exports:cancel': (input) => ({ cancelled: cancelExportJob(input.jobId) }),
  'exports:verify': async (input) => {
    const bytes = input.uploadToken !== undefined ? (await uploadStore().take(input.uploadToken)).bytes : Buffer.from(input.dataBase64 ?? '', 'base64');
    const report = await verifyPdf(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    const lines = [...report.messages];
    report.signatures.forEach((s, i) => {
      lines.push(`Underskrift ${i + 1}: ${s.signer}, udstedt af ${s.issuer}${s.signingTime ? `, underskrevet ${s.signingTime.toISOString().slice(0, 16).replace('T', ' ')} (UTC)` : ''}.`);
      lines.push(...s.messages);
    });
    return { signed: report.signed, lines };
  },
};
