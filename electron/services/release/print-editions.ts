import type { MeetingDetail } from '../../../shared/domain/entities';
import type { Edition } from '../../../shared/domain/enums';
import type { PdfPrinter } from '../../export/printer/pdf-printer';
import { createChromiumPrinter } from '../../export/printer/chromium-printer';
import { renderPacket, type PacketRequest, type RenderedPacket } from '../export/export-packet';
import { exportTimedOut, exportTimeLimitMs } from '../export/export-time-limit';
import type { ServiceContext } from '../service-context';

/** Both editions, in the order a release stores them. */
export const EDITIONS: Edition[] = ['members', 'public'];

/**
 * The members' and the public edition of a release (agenda or approved minutes), printed into
 * memory before anything is stored, each within an export's time limit: a print that hangs stops
 * the step with a Danish message and leaves the meeting as it was.
 */
export async function printEditions(
  ctx: ServiceContext,
  meeting: MeetingDetail,
  request: Omit<PacketRequest, 'edition' | 'printer' | 'signal' | 'meetingId'> & { printer?: PdfPrinter; signal?: AbortSignal },
): Promise<RenderedPacket[]> {
  const { printer: given, signal: outer, ...packet } = request;
  const printer = given ?? createChromiumPrinter();
  const limitMs = EDITIONS.length * exportTimeLimitMs(meeting);
  const signal = AbortSignal.any([AbortSignal.timeout(limitMs), ...(outer ? [outer] : [])]);
  const printed: RenderedPacket[] = [];
  try {
    for (const edition of EDITIONS) printed.push(await renderPacket(ctx, { ...packet, meetingId: meeting.id, edition, printer, signal }));
  } catch (error) {
    if (signal.aborted && !outer?.aborted) throw exportTimedOut(limitMs);
    throw error;
  } finally {
    if (!given) await printer.close();
  }
  signal.throwIfAborted();
  return printed;
}
