import { UserError } from '../../../shared/api/envelope';
import type { MeetingDetail, MeetingProtocol, ProtocolEntry, Release } from '../../../shared/domain/entities';
import { findProtocolIssues } from '../../../shared/document';
import { approvalProgress } from '../../../shared/logic/approval';
import { entryHash, partHashes, protocolParts, type ChainEntryContent } from '../../../shared/logic/protocol-chain';
import { gateRelease, type FindingOverride } from '../../../shared/logic/release-gate';
import type { PdfPrinter } from '../../export/printer/pdf-printer';
import { findMeeting, setMeetingStatus } from '../../store/repositories/meeting-repository';
import { listParties, listPeople } from '../../store/repositories/organisation-repository';
import { insertEntry, lastEntryOf } from '../../store/repositories/protocol-repository';
import { requireAction } from '../lifecycle-guard';
import { loadMeetingDetail } from '../meeting-service';
import { found } from '../not-found';
import { change, type ServiceContext } from '../service-context';
import { meetingNames } from './chain-source';
import { missingApprovalsError } from './missing-approvals';
import { printApprovedMinutes, storeMinutesRelease } from './print-minutes';

export interface ApproveMinutesRequest {
  meetingId: number;
  /** Protocol-check errors let through, each with the reason kept in the chain entry. */
  overrides?: FindingOverride[];
  sign?: { p12: Uint8Array; password: string; p12FileName?: string };
  printer?: PdfPrinter;
  signal?: AbortSignal;
}

export interface ApproveMinutesResult { entry: ProtocolEntry; version: number; releases: Release[] }

/**
 * Godkendelse af referatet: the protocol check (errors stop it unless overridden with a reason), the
 * approvals the committee's rule requires, then the entry in the committee's chain (the record's
 * parts hashed with the previous entry), the minutes printed with the approvals and the hash on the
 * signature sheet, and — in one transaction, after checking that nothing changed meanwhile — the
 * entry, both files as release version 1 and the status "referat godkendt". From then on the
 * database refuses any change to the record (migration 005).
 */
export async function approveMinutes(ctx: ServiceContext, request: ApproveMinutesRequest): Promise<ApproveMinutesResult> {
  const { db } = ctx;
  const meeting = loadMeetingDetail(db, request.meetingId);
  requireAction(ctx, found(findMeeting(db, meeting.id), 'Mødet', meeting.id), 'approve');
  const people = listPeople(db);
  const gate = gateRelease(findProtocolIssues(meeting, people, listParties(db)), request.overrides ?? []);
  if (gate.blocking.length > 0) {
    const lines = gate.blocking.map((issue) => `- ${issue.message}`).join('\n');
    throw new UserError(
      `Referatet er ikke godkendt: ${gate.blocking.length === 1 ? 'ét fund i protokoltjekket skal' : `${gate.blocking.length} fund i protokoltjekket skal`} rettes eller tilsidesættes med en begrundelse.\n${lines}`,
      'approval_blocked',
    );
  }
  const progress = approvalProgress(meeting, meeting.protocol.approvalRule, meeting.protocol.approvals);
  if (!progress.complete) throw missingApprovalsError(people, progress, 'Referatet');

  const overrides = gate.overridden.map((o) => ({ key: o.key, reason: o.reason, message: o.issue.message }));
  const approvedAt = ctx.now().toISOString();
  const content = entryContent(ctx, meeting, approvedAt, overrides);
  const entry: ProtocolEntry = { id: 0, ...content, hash: entryHash(content), overrides };
  const protocol: MeetingProtocol = { ...meeting.protocol, entries: [entry] };
  const printed = await printApprovedMinutes(ctx, { meetingId: meeting.id, protocol, sign: request.sign, printer: request.printer, signal: request.signal });

  return change(ctx, {
    action: 'approve', entity: 'meeting', entityId: () => meeting.id,
    details: { sequence: entry.sequence, hash: entry.hash, overrides, files: printed.map((p) => p.sha256) },
  }, () => {
    // Checked again inside the transaction: another window may have changed the record or approved meanwhile.
    requireAction(ctx, found(findMeeting(db, meeting.id), 'Mødet', meeting.id), 'approve');
    const now = entryContent(ctx, loadMeetingDetail(db, meeting.id), approvedAt, overrides);
    if (entryHash(now) !== entry.hash) {
      throw new UserError('Referatet er ikke godkendt: mødet blev ændret, mens referatet blev dannet. Prøv igen.', 'approval_changed');
    }
    const stored = insertEntry(db, { ...content, hash: entry.hash, overrides, parts: content.parts, names: content.names });
    const releases = storeMinutesRelease(ctx, meeting.id, printed, approvedAt, overrides);
    setMeetingStatus(db, meeting.id, 'minutes_approved');
    const { parts: _p, names: _n, ...saved } = stored;
    return { entry: saved, version: releases[0]!.version, releases };
  });
}

/** What the chain entry commits to: the record's parts, the names, the approvals and the overrides, linked to the previous entry. */
function entryContent(ctx: ServiceContext, meeting: MeetingDetail, approvedAt: string, overrides: { key: string; reason: string }[]): ChainEntryContent {
  const previous = lastEntryOf(ctx.db, meeting.committeeId);
  return {
    kind: 'minutes', committeeId: meeting.committeeId, sequence: (previous?.sequence ?? 0) + 1, meetingId: meeting.id, addendumId: null, approvedAt,
    previousHash: previous?.hash ?? null, parts: partHashes(protocolParts(meeting)), names: meetingNames(ctx.db, meeting),
    approvals: meeting.protocol.approvals.map((a) => ({ personId: a.personId, method: a.method, approvedAt: a.approvedAt })),
    overrides,
  };
}
