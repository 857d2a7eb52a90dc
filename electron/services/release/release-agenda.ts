import { UserError } from '../../../shared/api/envelope';
import type { Release } from '../../../shared/domain/entities';
import { gateRelease, type FindingOverride } from '../../../shared/logic/release-gate';
import type { PdfPrinter } from '../../export/printer/pdf-printer';
import { putBlob } from '../../store/repositories/blob-repository';
import { findMeeting, setMeetingStatus } from '../../store/repositories/meeting-repository';
import { insertRelease } from '../../store/repositories/release-repository';
import { requireAction } from '../lifecycle-guard';
import { releaseIssuesOf } from '../release-check-service';
import { loadMeetingDetail } from '../meeting-service';
import { found } from '../not-found';
import { EDITIONS, keepWordEdition, printEditions } from './print-editions';
import { change, type ServiceContext } from '../service-context';

export interface ReleaseAgendaRequest {
  meetingId: number;
  /** Error findings the secretary lets through, each with the reason kept in the release record. */
  overrides?: FindingOverride[];
  pdfa?: boolean;
  sign?: { p12: Uint8Array; password: string; p12FileName?: string };
  printer?: PdfPrinter;
  signal?: AbortSignal;
}

export interface ReleaseAgendaResult {
  version: number;
  /** The members' and the public edition, in that order. */
  releases: Release[];
  overridden: { key: string; reason: string; message: string }[];
  /** Items whose text the public edition leaves out (personal data). */
  withheldItemIds: number[];
}

/**
 * Udsendelse: runs the release checks; an error finding stops the release unless it is overridden
 * with a reason; then prints the members' and the public edition as version N, keeps both files in
 * the database with the overrides, and sets the status to "dagsorden udsendt" — the files, the
 * release rows and the status in one transaction, so a failure leaves no half release.
 */
export async function releaseAgenda(ctx: ServiceContext, request: ReleaseAgendaRequest): Promise<ReleaseAgendaResult> {
  const { db } = ctx;
  const meeting = loadMeetingDetail(db, request.meetingId);
  requireAction(ctx, found(findMeeting(db, meeting.id), 'Mødet', meeting.id), 'release');
  const gate = gateRelease(await releaseIssuesOf(db, meeting), request.overrides ?? []);
  if (gate.blocking.length > 0) {
    const lines = gate.blocking.map((issue) => `- ${issue.message}`).join('\n');
    throw new UserError(
      `Dagsordenen er ikke udsendt: ${gate.blocking.length === 1 ? 'ét fund skal' : `${gate.blocking.length} fund skal`} rettes eller tilsidesættes med en begrundelse.\n${lines}`,
      'release_blocked',
    );
  }

  const printed = await printEditions(ctx, meeting, {
    document: 'agenda', pdfa: request.pdfa, sign: request.sign, printer: request.printer, signal: request.signal,
    released: true, withheldItemIds: gate.withheldItemIds,
  });

  const version = (meeting.agendaVersion ?? 0) + 1;
  const overridden = gate.overridden.map((o) => ({ key: o.key, reason: o.reason, message: o.issue.message }));
  const releasedAt = ctx.now().toISOString();
  const releases = change(ctx, {
    action: 'release', entity: 'meeting', entityId: () => meeting.id,
    details: { version, overrides: overridden, withheldItemIds: [...gate.withheldItemIds], files: printed.flatMap((p) => [p.sha256, p.word.sha256]) },
  }, () => {
    // Checked again inside the transaction: another window may have released or cancelled meanwhile.
    requireAction(ctx, found(findMeeting(db, meeting.id), 'Mødet', meeting.id), 'release');
    const rows = printed.map((packet, index) => {
      putBlob(db, packet.pdf, packet.sha256);
      const release = insertRelease(db, {
        meetingId: meeting.id, document: 'agenda', edition: EDITIONS[index]!, version, releasedAt, sha256: packet.sha256,
        format: packet.format, signed: packet.signed, snapshot: packet.snapshot, overrides: overridden,
      });
      return keepWordEdition(ctx, release, packet);
    });
    if (meeting.status === 'planned') setMeetingStatus(db, meeting.id, 'agenda_released');
    return rows;
  });
  return { version, releases, overridden, withheldItemIds: [...gate.withheldItemIds] };
}
