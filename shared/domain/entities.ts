import type { ContentDoc } from '../content/content-model';
import type { ReleaseSnapshot } from '../logic/release-changes/types';
import type {
  AttendanceStatus, CommitteeKind, Distribution, DocumentKind, Edition, ItemAttendanceKind, ItemKind,
  MeetingKind, MeetingStatus, MembershipRole, ProtocolNoteKind, ReleaseFormat, VoteChoiceValue,
} from './enums';

/** What the API returns. Ids are SQLite rowids; dates ISO 'YYYY-MM-DD'; times 'HH:MM'. */

export interface Municipality { name: string; logoDataUrl: string | null }
export interface Party { id: number; letter: string; name: string }
export interface Person { id: number; name: string; partyId: number | null; partyLetter: string | null; title: string | null; email: string | null }

export interface Committee {
  id: number; name: string; kind: CommitteeKind; defaultPlace: string | null; defaultStartTime: string | null; archived: boolean;
}
export interface Membership {
  id: number; committeeId: number; personId: number; personName: string; partyLetter: string | null;
  role: MembershipRole; hasVote: boolean; fromDate: string; toDate: string | null;
}
export interface SectionTemplateEntry { key: string; heading: string }
export interface StandardItem { kind: ItemKind; title: string; placement: 'start' | 'end' }
export interface CommitteeDetail extends Committee {
  memberships: Membership[]; sections: SectionTemplateEntry[]; standardItems: StandardItem[];
}

export interface MeetingSummary {
  id: number; committeeId: number; committeeName: string; date: string; startTime: string | null; endTime: string | null;
  place: string | null; kind: MeetingKind; status: MeetingStatus; itemCount: number;
  /** Why the meeting was cancelled (status 'cancelled'); null otherwise. */
  cancelReason: string | null;
  /** The version of the latest agenda release (udsendelse); null while the agenda was never released. */
  agendaVersion: number | null;
}

export interface Section { key: string; heading: string; content: ContentDoc }
export interface RecommendationPoint { id: number; number: number; text: string; decisionAuthority: string | null }
export interface Notice { id: number; title: string; content: ContentDoc }
export interface PriorDecision { committeeName: string; meetingDate: string; text: string }
export interface MemberRequest { personId: number; personName: string; requestedOn: string; text: string }

export interface AttachmentInfo {
  id: number; itemId: number; number: number; title: string; fileName: string; mediaType: string; sha256: string;
  size: number; distribution: Distribution; isClosed: boolean; pageCount: number;
}

export interface Vote {
  personId: number | null; partyId: number | null; choice: VoteChoiceValue; count: number;
}
export interface Decision { id: number; pointNumber: number | null; text: string; votes: Vote[] }
export interface ProtocolNote { id: number; kind: ProtocolNoteKind; text: string; personIds: number[] }
export interface ItemAttendance { personId: number; kind: ItemAttendanceKind; reason: string | null }

/** Where an item stands on the agenda: what a move answers with (the items' contents did not change). */
export interface ItemPlace { id: number; position: number; number: number }

export interface Item {
  id: number; meetingId: number; number: number; position: number; title: string; isClosed: boolean; kind: ItemKind;
  /** What the public editions show of a closed item instead of its title (null: "Lukket punkt"). */
  publicTitle: string | null;
  caseNumber: string | null; caseTitle: string | null;
  sections: Section[]; points: RecommendationPoint[]; notices: Notice[]; priorDecisions: PriorDecision[];
  request: MemberRequest | null; attachments: AttachmentInfo[];
  attendance: ItemAttendance[]; decisions: Decision[]; protocolNotes: ProtocolNote[];
}

export interface AttendanceEntry { personId: number; status: AttendanceStatus; substituteForPersonId: number | null; note: string | null }

export interface MeetingDetail extends MeetingSummary {
  firstItemNumber: number; items: Item[]; attendance: AttendanceEntry[]; members: Membership[];
  /** What the latest agenda release showed, for the "Ændret siden udsendelse" markers (null: never released). */
  agendaSnapshot: ReleaseSnapshot | null;
}

export interface Release {
  id: number; meetingId: number; document: DocumentKind; edition: Edition; version: number; releasedAt: string;
  sha256: string; format: ReleaseFormat; signed: boolean;
}

export interface AuditEntry { id: number; at: string; actor: string; action: string; entity: string; entityId: number | null; details: unknown }

export interface IntegrityReport { ok: boolean; messages: string[]; schemaVersion: number; foreignKeyProblems: number }
