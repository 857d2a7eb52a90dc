import { randomBytes } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { isUserError, UserError } from '../../../shared/api/envelope';
import { documentFileName, exportFileName } from '../../../shared/document';
import { found } from '../not-found';
import { getBlob } from '../../store/repositories/blob-repository';
import { findRelease } from '../../store/repositories/release-repository';
import { writeFileAtomic } from '../transfer/write-file-atomic';
import type { DocumentKind, Edition } from '../../../shared/domain/enums';
import { EXPORT_EXTENSION, type ExportFormat, type ExportJobResult, type ExportJobStatus } from '../../../shared/api/methods/exports';
import { verifyPdf } from '../../export/sign/verify-pdf';
import { uploadStore } from '../attachments/upload-store';
import type { HandlerMap } from '../handler-types';
import { loadMeetingDetail } from '../meeting-service';
import type { ServiceContext } from '../service-context';
import { exportPacket, requireExportable, type ExportPacketRequest } from './export-packet';
import type { PdfPrinter } from '../../export/printer/pdf-printer';
import { processTempSubdir } from '../../export/printer/temp-root';
import { signingIdentityFor } from '../certificates/certificate-service';
import { exportTimedOut, exportTimeLimitMs } from './export-time-limit';
import { exportWord } from './export-word';

/** How long a finished export's file stays in the temp folder. */
export const EXPORT_TTL_MS = 60 * 60 * 1000;
/** A cancelled job reports 'cancelled' at the latest this long after the cancel, even if a step is still winding down. */
const CANCEL_GRACE_MS = 2000;
const FAILED_MESSAGE = 'Eksporten mislykkedes på grund af en uventet fejl. Prøv igen, og kontakt support, hvis fejlen gentager sig.';

interface Job {
  status: ExportJobStatus;
  controller: AbortController;
  dir: string;
  file: string;
  fileName: string;
  /** The database the job reads (one per host or app): closing the host forgets its jobs. */
  owner: object;
  /** Resolves when the job's work has ended (printer closed, temp files removed where it failed). */
  settled: Promise<void>;
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

/** Where the jobs' files are: a folder of this process's own temp folder, removed when the process ends. */
export function exportRoot(): string {
  return processTempSubdir('exports');
}


export interface StartExportRequest {
  meetingId: number;
  document: DocumentKind;
  edition: Edition;
  /** 'pdf' when left out. */
  format?: ExportFormat;
  pdfa: boolean;
  bilagAfterItem: boolean;
  sign?: { certificateId: number; password?: string } | null;
}

/** PDF/A, bilag placement and a PAdES signature belong to the PDF: a Word export with any of them is refused, not quietly ignored. */
function refusePdfOnlyOptions(request: StartExportRequest): void {
  if ((request.format ?? 'pdf') === 'pdf') return;
  const pdfOnly = [request.pdfa && 'PDF/A', request.bilagAfterItem && 'bilag efter hvert punkt', request.sign && 'digital underskrift'].filter(Boolean);
  if (pdfOnly.length > 0) {
    throw new UserError(`Word-udgaven kan ikke laves med ${pdfOnly.join(', ')}: det findes kun for PDF. Vælg PDF, eller fravælg det.`, 'invalid_input');
  }
}

/**
 * Starts one export in the background and returns its id at once; errors end up in the job's
 * status. A job can be cancelled at any step (the print included) and is stopped, with a Danish
 * message, when it runs past a time limit scaled to the meeting (export-time-limit.ts).
 */
export function startExportJob(
  ctx: ServiceContext, request: StartExportRequest, run: typeof exportPacket = exportPacket, options: { timeLimitMs?: number } = {},
): string {
  const meeting = loadMeetingDetail(ctx.db, request.meetingId); // unknown meeting: the UserError reaches the caller now
  requireExportable(ctx, meeting, request.document);
  refusePdfOnlyOptions(request);
  const format = request.format ?? 'pdf';
  // A missing or undecryptable password is refused now, before any work starts.
  const identity = request.sign ? signingIdentityFor(ctx, request.sign.certificateId, request.sign.password) : undefined;
  const jobId = randomBytes(12).toString('base64url');
  const dir = join(exportRoot(), jobId);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const fileName = exportFileName(meeting, request.document, request.edition, EXPORT_EXTENSION[format]);
  const job: Job = {
    status: { state: 'running', phase: 'queued' }, controller: new AbortController(), dir, file: join(dir, fileName), fileName, owner: ctx.db,
    settled: Promise.resolve(),
  };
  jobs.set(jobId, job);
  const timeLimit = options.timeLimitMs ?? exportTimeLimitMs(meeting);
  const deadline = setTimeout(() => stopJob(job, exportTimedOut(timeLimit)), timeLimit);
  deadline.unref();
  const printer = format === 'pdf' && printerFactory ? printerFactory() : undefined;

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
  const printAndClose = async (): Promise<Omit<ExportJobResult, 'fileName'>> => {
    try {
      if (format !== 'pdf') {
        job.status = { state: 'running', phase: 'render' };
        const word = await exportWord(ctx, {
          meetingId: request.meetingId, document: request.document, edition: request.edition, outPath: job.file, packet: format === 'docx' ? 'docx' : 'zip',
        });
        return { version: word.version, pageCount: null, bytes: word.bytes, seconds: word.seconds, format, bilagCount: word.bilagCount, changes: word.changes };
      }
      const pdf = await run(ctx, packetRequest);
      return { version: pdf.version, pageCount: pdf.pageCount, bytes: pdf.bytes, seconds: pdf.seconds, format, changes: pdf.changes };
    } finally {
      // exportPacket closes only the printers it makes itself; this one is the job's.
      if (printer) await printer.close().catch((error: unknown) => console.error(error));
    }
  };
  job.settled = printAndClose().then(
    (result) => {
      if (job.controller.signal.aborted) {
        // Cancelled (or out of time) while its last step finished: the file is not handed out.
        job.status = stoppedStatus(job);
        rmSync(dir, { recursive: true, force: true });
        return;
      }
      job.status = {
        state: 'done',
        phase: 'finish',
        result: { ...result, fileName },
      };
    },
    (error: unknown) => {
      if (job.controller.signal.aborted) {
        job.status = stoppedStatus(job);
      } else {
        if (!isUserError(error)) console.error(error);
        job.status = { state: 'failed', phase: job.status.phase, message: isUserError(error) ? error.message : FAILED_MESSAGE };
      }
      rmSync(dir, { recursive: true, force: true });
    },
  ).finally(() => {
    clearTimeout(deadline);
    const timer = setTimeout(() => forgetExportJob(jobId), EXPORT_TTL_MS);
    timer.unref();
  });
  return jobId;
}

/**
 * A released file (udsendelse) as a finished job, so it is downloaded (GET /exports/<jobId>) or saved
 * with "Gem som …" exactly like an export: the very bytes that were released, from the database.
 */
export function openReleaseFile(ctx: ServiceContext, releaseId: number, word = false): string {
  const release = found(findRelease(ctx.db, releaseId), 'Udsendelsen', releaseId);
  const meeting = loadMeetingDetail(ctx.db, release.meetingId);
  if (word && !release.word) throw new UserError(`Version ${release.version} blev udsendt, før Dagsorden gemte en Word-udgave ved siden af PDF'en. Eksportér Word-udgaven i stedet.`, 'not_found');
  const bytes = found(getBlob(ctx.db, word && release.word ? release.word.sha256 : release.sha256), 'Den udsendte fil', releaseId);
  const jobId = randomBytes(12).toString('base64url');
  const dir = join(exportRoot(), jobId);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const fileName = word && release.word ? release.word.fileName : documentFileName({
    document: release.document, edition: release.edition, committeeName: meeting.committeeName, date: meeting.date, version: release.version,
  });
  const file = join(dir, fileName);
  writeFileAtomic(file, bytes);
  jobs.set(jobId, {
    status: {
      state: 'done', phase: 'finish',
      result: { version: release.version, pageCount: null, bytes: bytes.byteLength, seconds: 0, fileName, format: word ? 'docx' : 'pdf' },
    },
    controller: new AbortController(), dir, file, fileName, owner: ctx.db, settled: Promise.resolve(),
  });
  setTimeout(() => forgetExportJob(jobId), EXPORT_TTL_MS).unref();
  return jobId;
}

/** A stopped job: failed with the Danish reason when it ran out of time, else cancelled. */
function stoppedStatus(job: Job): ExportJobStatus {
  const reason: unknown = job.controller.signal.reason;
  if (isUserError(reason) && reason.code === 'export_timeout') return { state: 'failed', phase: job.status.phase, message: reason.message };
  return { state: 'cancelled', phase: job.status.phase };
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
  stopJob(job, new UserError('Eksporten blev annulleret.', 'cancelled'));
  return true;
}

/** Aborts a running job; a step that cannot stop at once (a large bilag being copied) does not hold up its status. */
function stopJob(job: Job, reason: UserError): void {
  if (job.controller.signal.aborted) return;
  job.controller.abort(reason);
  setTimeout(() => {
    if (job.status.state === 'running') job.status = stoppedStatus(job);
  }, CANCEL_GRACE_MS).unref();
}

export function forgetExportJob(jobId: string): void {
  const job = jobs.get(jobId);
  if (!job) return;
  stopJob(job, new UserError('Eksporten blev annulleret.', 'cancelled'));
  jobs.delete(jobId);
  rmSync(job.dir, { recursive: true, force: true });
  // A job still at work removes what it writes once it stops.
  void job.settled.then(() => rmSync(job.dir, { recursive: true, force: true }));
}

/**
 * Cancels and forgets every job (of one database, when given) and deletes their files: the host
 * closes, the app quits. Resolves when the jobs have stopped (their printers closed), or after
 * `waitMs` at the latest.
 */
export async function forgetExportJobs(owner?: object, waitMs = 3000): Promise<void> {
  const stopping: Promise<void>[] = [];
  for (const [jobId, job] of jobs) {
    if (owner !== undefined && job.owner !== owner) continue;
    stopping.push(job.settled);
    forgetExportJob(jobId);
  }
  if (stopping.length === 0) return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  await Promise.race([Promise.all(stopping), new Promise<void>((resolve) => { timer = setTimeout(resolve, waitMs); })]);
  clearTimeout(timer);
}

const UNKNOWN_JOB: ExportJobStatus = { state: 'failed', phase: 'queued', message: 'Eksporten findes ikke længere. Start den igen.' };

export const exportHandlers: HandlerMap<'exports:start' | 'exports:status' | 'exports:cancel' | 'exports:verify' | 'releases:file'> = {
  'exports:start': (input, ctx) => ({ jobId: startExportJob(ctx, input) }),
  'releases:file': (input, ctx) => ({ jobId: openReleaseFile(ctx, input.releaseId, input.word) }),
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
