import type { MeetingProtocol, Release } from '../../../shared/domain/entities';
import type { PdfPrinter } from '../../export/printer/pdf-printer';
import { putBlob } from '../../store/repositories/blob-repository';
import { insertRelease } from '../../store/repositories/release-repository';
import { loadMeetingDetail } from '../meeting-service';
import { EDITIONS, keepWordEdition, printEditions, type PrintedEdition } from '../release/print-editions';
import type { ServiceContext } from '../service-context';

export interface MinutesPrint {
  meetingId: number;
  /** The protocol as it will be once this approval is stored (its new chain entry included). */
  protocol: MeetingProtocol;
  sign?: { p12: Uint8Array; password: string; p12FileName?: string };
  printer?: PdfPrinter;
  signal?: AbortSignal;
}

/** The approved minutes in both editions as PDF/A-2b (signed when asked), printed before anything is stored. */
export async function printApprovedMinutes(ctx: ServiceContext, request: MinutesPrint): Promise<PrintedEdition[]> {
  const { meetingId, protocol, ...print } = request;
  return printEditions(ctx, loadMeetingDetail(ctx.db, meetingId), { ...print, document: 'minutes', pdfa: true, released: true, protocol });
}

/** Inside the approval's transaction: both files and their release rows, released at the approval's instant. */
export function storeMinutesRelease(ctx: ServiceContext, meetingId: number, printed: PrintedEdition[], releasedAt: string, overrides: unknown[]): Release[] {
  return printed.map((packet, index) => {
    putBlob(ctx.db, packet.pdf, packet.sha256);
    const release = insertRelease(ctx.db, {
      meetingId, document: 'minutes', edition: EDITIONS[index]!, releasedAt, sha256: packet.sha256,
      format: packet.format, signed: packet.signed, snapshot: packet.snapshot, overrides,
    });
    return keepWordEdition(ctx, release, packet);
  });
}
