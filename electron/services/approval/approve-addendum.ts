import { UserError } from '../../../shared/api/envelope';
import type { MeetingProtocol, ProtocolEntry, Release } from '../../../shared/domain/entities';
import { approvalProgress } from '../../../shared/logic/approval';
import { addendumPart, entryHash, partHashes, type ChainEntryContent } from '../../../shared/logic/protocol-chain';
import type { PdfPrinter } from '../../export/printer/pdf-printer';
import { listPeople } from '../../store/repositories/organisation-repository';
import { findAddendum, insertEntry, lastEntryOf, markAddendumApproved } from '../../store/repositories/protocol-repository';
import { loadMeetingDetail } from '../meeting-service';
import { found } from '../not-found';
import { change, type ServiceContext } from '../service-context';
import { meetingNames } from './chain-source';
import { missingApprovalsError } from './missing-approvals';
import { printApprovedMinutes, storeMinutesRelease } from './print-minutes';

export interface ApproveAddendumRequest {
  meetingId: number;
  addendumId: number;
  sign?: { p12: Uint8Array; password: string; p12FileName?: string };
  printer?: PdfPrinter;
  signal?: AbortSignal;
}

/**
 * An addendum approved as the minutes were (the committee's rule, the members who took part): its
 * own entry in the chain, linked to the committee's latest, and the minutes' next version, which
 * prints the original text and after it "Tilføjelse af <dato>: …", with the change page listing it.
 */
export async function approveAddendum(ctx: ServiceContext, request: ApproveAddendumRequest): Promise<{ entry: ProtocolEntry; version: number; releases: Release[] }> {
  const { db } = ctx;
  const addendum = found(findAddendum(db, request.addendumId), 'Tilføjelsen', request.addendumId);
  if (addendum.meetingId !== request.meetingId) throw new UserError('Tilføjelsen hører til et andet møde.', 'addendum_other_meeting');
  if (addendum.approvedAt !== null) throw new UserError('Tilføjelsen er allerede godkendt.', 'addendum_approved');
  const meeting = loadMeetingDetail(db, addendum.meetingId);
  if (meeting.status !== 'minutes_approved') throw new UserError('En tilføjelse kan først godkendes, når referatet er godkendt.', 'addendum_before_approval');
  const progress = approvalProgress(meeting, meeting.protocol.approvalRule, addendum.approvals);
  if (!progress.complete) throw missingApprovalsError(listPeople(db), progress, 'Tilføjelsen');

  const approvedAt = ctx.now().toISOString();
  const previous = lastEntryOf(db, meeting.committeeId);
  const content: ChainEntryContent = {
    kind: 'addendum', committeeId: meeting.committeeId, sequence: (previous?.sequence ?? 0) + 1, meetingId: meeting.id, addendumId: addendum.id,
    approvedAt, previousHash: previous?.hash ?? null, parts: partHashes([addendumPart(addendum)]), names: meetingNames(db, meeting),
    approvals: addendum.approvals.map((a) => ({ personId: a.personId, method: a.method, approvedAt: a.approvedAt })), overrides: [],
  };
  const entry: ProtocolEntry = { id: 0, ...content, hash: entryHash(content), overrides: [] };
  const protocol: MeetingProtocol = {
    ...meeting.protocol,
    addenda: meeting.protocol.addenda.map((a) => (a.id === addendum.id ? { ...a, approvedAt } : a)),
    entries: [...meeting.protocol.entries, entry],
  };
  const printed = await printApprovedMinutes(ctx, { meetingId: meeting.id, protocol, sign: request.sign, printer: request.printer, signal: request.signal });

  return change(ctx, {
    action: 'approve_addendum', entity: 'addendum', entityId: () => addendum.id,
    details: { meetingId: meeting.id, sequence: entry.sequence, hash: entry.hash, files: printed.map((p) => p.sha256) },
  }, () => {
    const now = found(findAddendum(db, addendum.id), 'Tilføjelsen', addendum.id);
    const latest = lastEntryOf(db, meeting.committeeId);
    if (now.approvedAt !== null || latest?.hash !== previous?.hash || partHashes([addendumPart(now)]).addendum !== content.parts.addendum) {
      throw new UserError('Tilføjelsen er ikke godkendt: den eller protokolkæden blev ændret, mens referatet blev dannet. Prøv igen.', 'approval_changed');
    }
    const stored = insertEntry(db, { ...content, hash: entry.hash, overrides: [] });
    markAddendumApproved(db, addendum.id, approvedAt);
    const releases = storeMinutesRelease(ctx, meeting.id, printed, approvedAt, []);
    const { parts: _p, names: _n, ...saved } = stored;
    return { entry: saved, version: releases[0]!.version, releases };
  });
}
