import type { ContentDoc } from '../content/content-model';
import type { ReleaseSnapshot } from '../logic/release-changes/types';
import type {
  ApprovalMethod, ApprovalRule, AttendanceStatus, CommitteeKind, Distribution, DocumentKind, Edition, ItemAttendanceKind, ItemKind,
  DecisionOutcome, MeetingKind, MeetingStatus, MembershipRole, ReleaseFormat, VoteChoiceValue, VoteMode,
} from './enums';

/** What the API returns. Ids are SQLite rowids; dates ISO 'YYYY-MM-DD'; times 'HH:MM'. */

export interface Municipality { name: string; logoDataUrl: string | null }
export interface Party { id: number; letter: string; name: string }
export interface Person { id: number; name: string; partyId: number | null; partyLetter: string | null; title: string | null; email: string | null }

export interface Committee {
  id: number; name: string; kind: CommitteeKind; defaultPlace: string | null; defaultStartTime: string | null; archived: boolean;
  /** Whose approval makes the minutes approved: every member present, or the chair. */
  approvalRule: ApprovalRule;
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
/**
 * An earlier committee's decision on the same case, printed above this meeting's decision, oldest
 * first. `recorded`: taken from a meeting in this database (with the absence and presence lines of
 * that item); `imported`: free text from a meeting.json or typed in.
 */
export interface PriorDecision {
  committeeName: string; meetingDate: string; text: string;
  source: 'recorded' | 'imported';
  presenceLines: string[];
}
export interface MemberRequest { personId: number; personName: string; requestedOn: string; text: string }

export interface AttachmentInfo {
  id: number; itemId: number; number: number; title: string; fileName: string; mediaType: string; sha256: string;
  size: number; distribution: Distribution; isClosed: boolean; pageCount: number;
}

export interface Vote {
  personId: number | null; partyId: number | null; choice: VoteChoiceValue; count: number;
}

/**
 * One vote on a decision (afstemning): what was voted on (null: the decision itself; "Ændringsforslag
 * fra V" for an amendment, voted first), counted by party or by member, or the shortcuts enstemmigt
 * and uden afstemning. A dissent (§ 13 stk. 2) belongs to the vote its givers lost.
 */
export interface VoteRound {
  id: number; subject: string | null; mode: VoteMode; votes: Vote[]; dissents: Dissent[];
}
/** A minority's reason, by a party ("A stemmer imod, idet …") or by members. */
export interface Dissent { id: number; partyId: number | null; personIds: number[]; text: string }
/** Protokoltilførsel: a member's note to the minutes, printed right after the decision it belongs to. */
export interface ProtocolNote { id: number; text: string; personIds: number[] }
/** A hand-written sentence in place of the generated one; `basis` is what was generated then, so a later change under it shows. */
export interface SentenceOverride { text: string; basis: string }

/**
 * A decision on an item or on some of its recommendation points ("Ad 1 + 2"): an outcome as data
 * with free text after it ("Godkendt, idet …"), its votes in the order they were taken, and the
 * protocol notes that follow it.
 */
export interface Decision {
  id: number;
  /** The recommendation points it covers; empty: the item as a whole. */
  points: number[];
  outcome: DecisionOutcome | null;
  /** The committee it is recommended to or referred to ("Anbefales over for Økonomiudvalget"). */
  outcomeBody: string | null;
  /** Free text after the outcome, or the whole decision when there is no outcome. */
  remark: string;
  rounds: VoteRound[];
  notes: ProtocolNote[];
  override: SentenceOverride | null;
}

/** Presence on one item: left or arrived during it, absent from it, disqualified under § 14 (with a reason). */
export interface ItemAttendance { personId: number; kind: ItemAttendanceKind; reason: string | null }
/** A substitute called in for one item only (often for a disqualified member). */
export interface ItemSubstitute { personId: number; forPersonId: number }

/** Where an item stands on the agenda: what a move answers with (the items' contents did not change). */
export interface ItemPlace { id: number; position: number; number: number }

export interface Item {
  id: number; meetingId: number; number: number; position: number; title: string; isClosed: boolean; kind: ItemKind;
  /** What the public editions show of a closed item instead of its title (null: "Lukket punkt"). */
  publicTitle: string | null;
  caseNumber: string | null; caseTitle: string | null;
  sections: Section[]; points: RecommendationPoint[]; notices: Notice[]; priorDecisions: PriorDecision[];
  request: MemberRequest | null; attachments: AttachmentInfo[];
  attendance: ItemAttendance[]; substitutes: ItemSubstitute[]; decisions: Decision[];
  /** A closed item's decision as the public minutes print it (KSL § 10 practice); null: none written yet. */
  publicExtract: string | null;
  /** The item's presence lines written by hand in place of the generated ones. */
  presenceOverride: SentenceOverride | null;
}

export interface AttendanceEntry {
  personId: number; status: AttendanceStatus; substituteForPersonId: number | null; note: string | null;
  /** Came late: present from this item on (null: from the start). */
  arrivedBeforeItemId: number | null;
  /** Left early: present up to and including this item (null: to the end). */
  leftAfterItemId: number | null;
}

/** The municipality's house style for the documents. */
export interface HouseStyle {
  /** Indstilling's opening words before the numbered points, unless the text has its own opening. */
  recommendationLead: string;
  /** "Økonomiudvalget den 24. januar 2012:" with the colon, or without. */
  decisionHeadingColon: boolean;
}

export interface MeetingDetail extends MeetingSummary {
  firstItemNumber: number; items: Item[]; attendance: AttendanceEntry[]; members: Membership[];
  /** What the latest agenda release showed, for the "Ændret siden udsendelse" markers (null: never released). */
  agendaSnapshot: ReleaseSnapshot | null;
  protocol: MeetingProtocol;
}

/** The minutes' approval: the committee's rule, the approvals given, the addenda and the meeting's entries in the hash chain. */
export interface MeetingProtocol {
  approvalRule: ApprovalRule;
  /** Approvals of the minutes (not of an addendum). */
  approvals: Approval[];
  addenda: Addendum[];
  /** The approved minutes first, then each approved addendum. */
  entries: ProtocolEntry[];
}

export interface Release {
  id: number; meetingId: number; document: DocumentKind; edition: Edition; version: number; releasedAt: string;
  sha256: string; format: ReleaseFormat; signed: boolean;
  /** The Word edition of the same version, kept beside the PDF (null: released before Word editions were kept). */
  word: { sha256: string; fileName: string } | null;
}

/** A member's approval of the minutes, or of an addendum (addendumId), with when and how it was given. */
export interface Approval {
  id: number; meetingId: number; addendumId: number | null; personId: number; method: ApprovalMethod; approvedAt: string; note: string | null;
}

/**
 * Tilføjelse: the only correction of approved minutes. It never changes the original; the next
 * version of the minutes prints it after the item's decision, and it is approved as the minutes were.
 */
export interface Addendum {
  id: number; meetingId: number; itemId: number; text: string; reason: string; writtenBy: string; createdAt: string;
  /** Null while it waits for its approvals. */
  approvedAt: string | null;
  approvals: Approval[];
}

/** One approved protocol or addendum in the committee's hash chain. */
export interface ProtocolEntry {
  id: number; committeeId: number; sequence: number; meetingId: number; addendumId: number | null; approvedAt: string;
  previousHash: string | null; hash: string;
  /** Protocol-check findings let through at approval, with the reasons. */
  overrides: { key: string; reason: string; message: string }[];
}

export interface AuditEntry { id: number; at: string; actor: string; action: string; entity: string; entityId: number | null; details: unknown }

export interface IntegrityReport { ok: boolean; messages: string[]; schemaVersion: number; foreignKeyProblems: number }

/** One hit of the archive's full-text search (search:query, dagsorden search). */
export interface SearchHit {
  meetingId: number;
  /** ISO date of the meeting. */
  meetingDate: string;
  committeeName: string;
  itemId: number;
  itemNumber: number;
  itemTitle: string;
  /** The bilag the match is in; null for the item's own text. */
  attachmentId: number | null;
  bilagTitle: string | null;
  /** The item or the bilag is closed: the secretary sees it; nothing public does. */
  closed: boolean;
  /** A few words around the best match, each match between MATCH_START and MATCH_END (shared/logic/search). */
  snippet: string;
  /** bm25 (smaller is better); the title weighs five times the text. */
  rank: number;
}
