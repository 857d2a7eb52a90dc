import type { DocumentKind, Edition } from '../../../shared/domain/enums';
import type { ChangeReport, ReleaseSnapshot } from '../../../shared/logic/release-changes';
import { buildSnapshot, compareSnapshots, describeChanges, hasChanges } from '../../../shared/logic/release-changes';
import { buildDocument, type DocumentModel, type DocumentSource } from '../../../shared/document';
import { findReleaseIssues } from '../../../shared/logic/release-checks';
import { withheldFromPublic } from '../../../shared/logic/release-gate';
import { getAttachmentText } from '../../store/repositories/attachment-repository';
import type { ChangePage } from '../../export/html/render-packet-html';
import { loadPacketSource } from '../../export/packet/load-packet-source';
import type { ServiceContext } from '../service-context';
import { latestRelease, releaseBefore } from './release-service';
import { mayDo } from '../../../shared/logic/lifecycle';
import type { MeetingDetail, MeetingProtocol } from '../../../shared/domain/entities';
import { lifecycleRefusal, today } from '../lifecycle-guard';

export interface EditionRequest {
  meetingId: number;
  document: DocumentKind;
  edition: Edition;
  /** Printed for a release (udsendelse): the final text of the next version, not a draft. */
  released?: boolean;
  /** Items whose text the public edition leaves out (personal data found by the release checks). */
  withheldItemIds?: ReadonlySet<number>;
  /** The approval being made: its approvals, addenda and chain entries, printed as if already stored. */
  protocol?: MeetingProtocol;
}

/** What one edition says, decided once for every format (PDF and Word) from one read of the meeting. */
export interface PreparedEdition {
  source: DocumentSource;
  model: DocumentModel;
  /** What the document shows, for the change report of the next release. */
  snapshot: ReleaseSnapshot;
  /** The version this text is: the latest release when nothing changed since, else the next (null: minutes before approval). */
  version: number | null;
  changes: ChangeReport | null;
  /** "Ændringer siden version N", when an earlier version was released. */
  changePage: ChangePage | null;
}

export function prepareEdition(ctx: ServiceContext, request: EditionRequest): PreparedEdition {
  const { db } = ctx;
  const { meetingId, document, edition } = request;
  const stored = loadPacketSource(db, meetingId);
  const source = request.protocol ? { ...stored, meeting: { ...stored.meeting, protocol: request.protocol } } : stored;
  requireExportable(ctx, source.meeting, document);
  const withheldItemIds = request.withheldItemIds ?? (edition === 'public'
    ? withheldFromPublic(findReleaseIssues(source.meeting, (id) => getAttachmentText(db, id)))
    : new Set<number>());
  const model = buildDocument(source, { document, edition, withheldItemIds, ...(request.released ? { state: 'final' as const } : {}) });

  const snapshot = buildSnapshot(source.meeting);
  const latest = latestRelease(db, meetingId, document, edition);
  // Unchanged since version N, this is a copy of N and reports N's changes; else it is (a draft of) N + 1.
  const unchanged = latest !== null && latest.snapshot !== null && !hasChanges(compareSnapshots(latest.snapshot, snapshot, null, document === 'minutes'));
  const previous = unchanged && latest ? releaseBefore(db, meetingId, document, edition, latest.release.version) : latest;
  // Minutes have versions once approved: 1 at approval, one more per approved addendum.
  const version = document === 'agenda' || latest ? (unchanged && latest ? latest.release.version : (latest?.release.version ?? 0) + 1) : null;
  const changes = previous ? compareSnapshots(previous.snapshot ?? { schema: 1, items: [] }, snapshot, previous.release.version, document === 'minutes') : null;
  const changePage: ChangePage | null = changes && previous
    ? {
      heading: `Ændringer siden version ${previous.release.version}`,
      intro: `Denne udgave (version ${version}) erstatter version ${previous.release.version}, ${document === 'agenda' ? 'udsendt' : 'godkendt'} ${danishDateTime(previous.release.releasedAt)}.${previous.snapshot ? '' : ' Den tidligere version har ingen oplysninger om sit indhold, så alle punkter er anført som nye.'}`,
      lines: describeChanges(changes, edition),
    }
    : null;
  return { source, model, snapshot, version, changes, changePage };
}

/** Minutes exist once the meeting is held (shared/logic/lifecycle); an agenda can always be printed. */
export function requireExportable(ctx: ServiceContext, meeting: MeetingDetail, document: DocumentKind): void {
  const verdict = mayDo({ status: meeting.status, date: meeting.date, released: meeting.agendaVersion !== null }, document === 'agenda' ? 'exportAgenda' : 'exportMinutes', today(ctx));
  if (!verdict.allowed) throw lifecycleRefusal(verdict.reason, meeting);
}

function danishDateTime(iso: string): string {
  const date = new Date(iso);
  const parts = new Intl.DateTimeFormat('da-DK', { timeZone: 'Europe/Copenhagen', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' })
    .formatToParts(date);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('day')}. ${get('month')} ${get('year')} kl. ${get('hour')}.${get('minute')}`;
}
