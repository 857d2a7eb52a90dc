import type {
  AttachmentInfo, Item, MeetingDetail, Membership, Municipality, Party, Person, PriorDecision, RecommendationPoint,
  Section, Notice, MemberRequest,
} from '../../../shared/domain/entities';
import type { DocumentKind, Edition } from '../../../shared/domain/enums';
import { isContentEmpty } from '../../../shared/content/plain-text';
import { formatMember, formatAbsenceLine, joinDanish } from '../../../shared/format/join-names';
import { formatLongDate, formatShortDate } from '../../../shared/format/danish-date';
import { tallyVotes } from '../../../shared/logic/vote-tally';
import { describeVote } from '../../../shared/logic/describe-vote';
import { votersForItem } from '../../../shared/logic/voters-for-item';
import type { Vote } from '../../../shared/logic/vote-types';

/**
 * What one edition of one document prints, decided once: the HTML, the merged bilag, the
 * bookmarks and the stamps all read this model, so a closed item or bilag left out of the public
 * edition here is left out everywhere.
 */
export interface PacketBilag {
  attachmentId: number;
  itemNumber: number;
  itemTitle: string;
  /** The number printed in the Bilagsfortegnelse ("1. <titel>"). */
  number: number;
  title: string;
  sha256: string;
  /** Merged into the packet; otherwise listed as "(ligger i sagen)". */
  distributed: boolean;
  /** Pages as counted when the file was attached (the compiler checks it when it merges). */
  pageCount: number;
}

export interface PacketDecision { text: string; vote: string }

export interface PacketItem {
  number: number;
  title: string;
  isClosed: boolean;
  /** false for a closed item in the public edition: number, title and "Lukket punkt" only. */
  showContent: boolean;
  kind: Item['kind'];
  caseNumber: string | null;
  sections: Section[];
  points: RecommendationPoint[];
  notices: Notice[];
  request: (MemberRequest & { memberLabel: string }) | null;
  priorDecisions: PriorDecision[];
  /** Minutes only. */
  decisions: PacketDecision[];
  notes: { label: string; text: string }[];
  absenceLine: string;
  disqualificationLines: string[];
  bilag: PacketBilag[];
}

export interface PacketMember {
  label: string;
  role: Membership['role'];
  /** Minutes only: "Til stede", "Afbud", "Fraværende", "Stedfortræder for …". */
  attendance: string | null;
  present: boolean;
}

export interface PacketModel {
  document: DocumentKind;
  edition: Edition;
  municipality: Municipality;
  committeeName: string;
  date: string;
  longDate: string;
  shortDate: string;
  startTime: string | null;
  endTime: string | null;
  place: string | null;
  extraordinary: boolean;
  members: PacketMember[];
  items: PacketItem[];
  /** The document's title, for <title>, the PDF Info and the window title bar. */
  title: string;
}

export interface PacketSource {
  meeting: MeetingDetail;
  municipality: Municipality;
  sectionOrder: string[];
  people: Person[];
  parties: Party[];
}

export function documentName(document: DocumentKind): string {
  return document === 'agenda' ? 'Dagsorden' : 'Referat';
}

export function buildPacketModel(source: PacketSource, document: DocumentKind, edition: Edition): PacketModel {
  const { meeting, people, parties } = source;
  const personById = new Map(people.map((p) => [p.id, p]));
  const label = (personId: number, fallback = 'Ukendt medlem'): string => {
    const person = personById.get(personId);
    return person ? formatMember(person) : fallback;
  };
  const minutes = document === 'minutes';
  const attendanceOf = new Map(meeting.attendance.map((a) => [a.personId, a]));

  const members: PacketMember[] = [];
  for (const m of meeting.members) {
    const entry = attendanceOf.get(m.personId);
    if (m.role === 'stedfortraeder' && (!minutes || !entry || entry.status !== 'present')) continue;
    let attendance: string | null = null;
    if (minutes) {
      if (!entry) attendance = meeting.attendance.length === 0 ? null : 'Ikke registreret';
      else if (entry.substituteForPersonId !== null) attendance = `Stedfortræder for ${label(entry.substituteForPersonId)}`;
      else attendance = entry.status === 'present' ? 'Til stede' : entry.status === 'apologies' ? 'Afbud' : 'Fraværende';
    }
    members.push({
      label: formatMember({ name: m.personName, partyLetter: m.partyLetter }),
      role: m.role,
      attendance,
      present: !minutes || meeting.attendance.length === 0 || entry?.status === 'present',
    });
  }

  const notPresentAtMeeting = meeting.members
    .filter((m) => m.role !== 'stedfortraeder')
    .filter((m) => meeting.attendance.length > 0 && attendanceOf.get(m.personId)?.status !== 'present')
    .map((m) => m.personId);

  const sectionRank = (key: string): number => {
    const canonical = key === 'resume' || key === 'resumé' ? 'resume' : key;
    const index = source.sectionOrder.indexOf(canonical);
    return index < 0 ? Number.MAX_SAFE_INTEGER : index;
  };

  const items = meeting.items.map((item): PacketItem => {
    const showContent = edition === 'members' || !item.isClosed;
    const bilag: PacketBilag[] = showContent
      ? item.attachments
        .filter((a) => edition === 'members' || !a.isClosed)
        .sort((a, b) => a.number - b.number)
        .map((a: AttachmentInfo) => ({
          attachmentId: a.id, itemNumber: item.number, itemTitle: item.title, number: a.number, title: a.title,
          sha256: a.sha256, distributed: a.distribution === 'distributed', pageCount: a.pageCount,
        }))
      : [];
    if (!showContent) {
      return {
        number: item.number, title: item.title, isClosed: true, showContent: false, kind: item.kind, caseNumber: null,
        sections: [], points: [], notices: [], request: null, priorDecisions: [], decisions: [], notes: [],
        absenceLine: '', disqualificationLines: [], bilag: [],
      };
    }
    const voters = votersForItem(meeting.members, meeting.attendance, item.attendance, people);
    const decisions = minutes
      ? [...item.decisions]
        .sort((a, b) => (a.pointNumber ?? 0) - (b.pointNumber ?? 0))
        .map((d) => {
          const votes: Vote[] = d.votes.flatMap((v): Vote[] => {
            if (v.personId !== null) return [{ personId: v.personId, choice: v.choice }];
            if (v.partyId !== null) return [{ partyId: v.partyId, choice: v.choice, count: v.count }];
            return [];
          });
          return { text: d.text, vote: votes.length > 0 ? describeVote(tallyVotes(votes, voters, parties)) : '' };
        })
      : [];
    const itemAbsent = item.attendance.filter((a) => a.kind === 'absent' || a.kind === 'left').map((a) => a.personId);
    const absent = [...new Set([...notPresentAtMeeting, ...itemAbsent])]
      .map((id) => personById.get(id))
      .filter((p): p is Person => p !== undefined);
    return {
      number: item.number,
      title: item.title,
      isClosed: item.isClosed,
      showContent: true,
      kind: item.kind,
      caseNumber: item.caseNumber,
      sections: item.sections
        .filter((s) => !isContentEmpty(s.content) || (s.key === 'indstilling' && item.points.length > 0))
        .sort((a, b) => sectionRank(a.key) - sectionRank(b.key)),
      points: [...item.points].sort((a, b) => a.number - b.number),
      notices: item.notices,
      request: item.request ? { ...item.request, memberLabel: label(item.request.personId, item.request.personName) } : null,
      priorDecisions: [...item.priorDecisions].sort((a, b) => a.meetingDate.localeCompare(b.meetingDate)),
      decisions,
      notes: minutes
        ? item.protocolNotes.map((n) => ({
          label: `${n.kind === 'dissent' ? 'Mindretalsudtalelse' : 'Protokoltilførsel'} fra ${joinDanish(n.personIds.map((id) => label(id)))}`,
          text: n.text,
        }))
        : [],
      absenceLine: minutes && item.decisions.length > 0 ? formatAbsenceLine(absent) : '',
      disqualificationLines: minutes
        ? item.attendance
          .filter((a) => a.kind === 'disqualified')
          .map((a) => `${label(a.personId)} deltog ikke i behandlingen (inhabil${a.reason ? `: ${a.reason}` : ''}).`)
        : [],
      bilag,
    };
  });

  return {
    document,
    edition,
    municipality: source.municipality,
    committeeName: meeting.committeeName,
    date: meeting.date,
    longDate: formatLongDate(meeting.date),
    shortDate: formatShortDate(meeting.date),
    startTime: meeting.startTime,
    endTime: meeting.endTime,
    place: meeting.place,
    extraordinary: meeting.kind === 'extraordinary',
    members,
    items,
    title: `${documentName(document)} – ${meeting.committeeName} ${formatLongDate(meeting.date)}${edition === 'public' ? ' (offentlig udgave)' : ''}`,
  };
}

/** The bilag merged into the packet, in item order. */
export const distributedBilag = (model: PacketModel): PacketBilag[] =>
  model.items.flatMap((item) => item.bilag.filter((b) => b.distributed));
