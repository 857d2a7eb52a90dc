import type { MeetingProtocol, Release } from '../../../shared/domain/entities';
import type { Edition } from '../../../shared/domain/enums';
import type { PdfPrinter } from '../../export/printer/pdf-printer';
import { createChromiumPrinter } from '../../export/printer/chromium-printer';
import { putBlob } from '../../store/repositories/blob-repository';
import { insertRelease } from '../../store/repositories/release-repository';
import { renderPacket, type RenderedPacket } from '../export/export-packet';
import { exportTimedOut, exportTimeLimitMs } from '../export/export-time-limit';
import { loadMeetingDetail } from '../meeting-service';
import type { ServiceContext } from '../service-context';

export interface MinutesPrint {
  meetingId: number;
  /** The protocol as it will be once this approval is stored (its new chain entry included). */
  protocol: MeetingProtocol;
  sign?: { p12: Uint8Array; password: string; p12FileName?: string };
  printer?: PdfPrinter;
  signal?: AbortSignal;
}

const EDITIONS: Edition[] = ['members', 'public'];

/**
 * The approved minutes in both editions as PDF/A-2b (signed when asked), printed before anything is
 * stored: a print that fails or hangs leaves the meeting as it was.
 */
export async function printApprovedMinutes(ctx: ServiceContext, request: MinutesPrint): Promise<RenderedPacket[]> {
  const printer = request.printer ?? createChromiumPrinter();
  const limitMs = 2 * exportTimeLimitMs(loadMeetingDetail(ctx.db, request.meetingId));
  const signal = AbortSignal.any([AbortSignal.timeout(limitMs), ...(request.signal ? [request.signal] : [])]);
  const printed: RenderedPacket[] = [];
  try {
    for (const edition of EDITIONS) {
      printed.push(await renderPacket(ctx, {
        meetingId: request.meetingId, document: 'minutes', edition, pdfa: true, sign: request.sign, printer, signal,
        released: true, protocol: request.protocol,
      }));
    }
  } catch (error) {
    if (signal.aborted && !request.signal?.aborted) throw exportTimedOut(limitMs);
    throw error;
  } finally {
    if (!request.printer) await printer.close();
  }
  signal.throwIfAborted();
  return printed;
}

/** Inside the approval's transaction: both files and their release rows, released at the approval's instant. */
export function storeMinutesRelease(ctx: ServiceContext, meetingId: number, printed: RenderedPacket[], releasedAt: string, overrides: unknown[]): Release[] {
  return printed.map((packet, index) => {
    putBlob(ctx.db, packet.pdf, packet.sha256);
    return insertRelease(ctx.db, {
      meetingId, document: 'minutes', edition: EDITIONS[index]!, releasedAt, sha256: packet.sha256,
      format: packet.format, signed: packet.signed, snapshot: packet.snapshot, overrides,
    });
  });
}
