import type { MeetingDetail, Release } from '../../../shared/domain/entities';
import { putBlob } from '../../store/repositories/blob-repository';
import { insertReleaseWordFile } from '../../store/repositories/release-repository';
import type { Edition } from '../../../shared/domain/enums';
import type { PdfPrinter } from '../../export/printer/pdf-printer';
import { createChromiumPrinter } from '../../export/printer/chromium-printer';
import { renderPacket, type PacketRequest, type RenderedPacket } from '../export/export-packet';
import { renderWord, type RenderedWord } from '../export/export-word';
import { exportTimedOut, exportTimeLimitMs } from '../export/export-time-limit';
import type { ServiceContext } from '../service-context';

/** Both editions, in the order a release stores them. */
export const EDITIONS: Edition[] = ['members', 'public'];

/** One edition of a release: the PDF and the Word document of the same text. */
export interface PrintedEdition extends RenderedPacket {
  word: RenderedWord;
}

/**
 * The members' and the public edition of a release (agenda or approved minutes), printed into
 * memory before anything is stored, each within an export's time limit: a print that hangs stops
 * the step with a Danish message and leaves the meeting as it was.
 */
export async function printEditions(
  ctx: ServiceContext,
  meeting: MeetingDetail,
  request: Omit<PacketRequest, 'edition' | 'printer' | 'signal' | 'meetingId'> & { printer?: PdfPrinter; signal?: AbortSignal },
): Promise<PrintedEdition[]> {
  const { printer: given, signal: outer, ...packet } = request;
  const printer = given ?? createChromiumPrinter();
  const limitMs = EDITIONS.length * exportTimeLimitMs(meeting);
  const signal = AbortSignal.any([AbortSignal.timeout(limitMs), ...(outer ? [outer] : [])]);
  const printed: PrintedEdition[] = [];
  try {
    for (const edition of EDITIONS) {
      const pdf = await renderPacket(ctx, { ...packet, meetingId: meeting.id, edition, printer, signal });
      const word = await renderWord(ctx, { meetingId: meeting.id, document: packet.document, edition, released: packet.released, withheldItemIds: packet.withheldItemIds, protocol: packet.protocol });
      printed.push({ ...pdf, word });
    }
  } catch (error) {
    if (signal.aborted && !outer?.aborted) throw exportTimedOut(limitMs);
    throw error;
  } finally {
    if (!given) await printer.close();
  }
  signal.throwIfAborted();
  return printed;
}

/** Inside the release's transaction: the Word edition's blob and its row beside the PDF's release row. */
export function keepWordEdition(ctx: ServiceContext, release: Release, edition: PrintedEdition): Release {
  putBlob(ctx.db, edition.word.docx, edition.word.sha256);
  const word = { sha256: edition.word.sha256, fileName: edition.word.fileNameOfVersion(release.version) };
  insertReleaseWordFile(ctx.db, release.id, word);
  return { ...release, word };
}
