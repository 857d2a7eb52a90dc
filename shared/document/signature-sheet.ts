import type { Approval, MeetingDetail, Person } from '../domain/entities';
import type { ApprovalMethod } from '../domain/enums';
import { formatLongDate, formatLongDateTime, danishIsoDate } from '../format/danish-date';
import { formatMember } from '../format/join-names';
import { meetingParticipants } from '../logic/approval';
import { shortHash } from '../logic/protocol-chain';
import type { DocumentChainLine, SignatureSheet } from './types';
import { WORDS } from './wording';

type SheetMeeting = Pick<MeetingDetail, 'members' | 'attendance' | 'protocol' | 'committeeName'>;

/**
 * Underskriftsblad (KSL § 13): those who took part (the same list the approval rule reads), each
 * with the approval recorded for them, then the meeting's entries in the protocol chain with their
 * hash, so a reader can check the printed minutes against the chain.
 */
export function signatureSheet(meeting: SheetMeeting, people: readonly Person[], longDate: string): SignatureSheet {
  const personById = new Map(people.map((p) => [p.id, p]));
  const approvalOf = new Map(meeting.protocol.approvals.map((a) => [a.personId, a]));
  const byChair = meeting.protocol.approvalRule === 'chair';
  return {
    heading: WORDS.signatureHeading,
    intro: byChair
      ? `Referatet fra mødet i ${meeting.committeeName} den ${longDate} godkendes af formanden på udvalgets vegne. I mødet deltog:`
      : `Referatet fra mødet i ${meeting.committeeName} den ${longDate} er godkendt af de medlemmer, der deltog i mødet:`,
    signers: signerIds(meeting).map((personId) => {
      const person = personById.get(personId);
      const approval = approvalOf.get(personId);
      return { name: person ? formatMember(person) : 'Ukendt medlem', approval: approval ? approvalText(approval) : null };
    }),
    chain: chainLines(meeting),
  };
}

/** Before the roll call is recorded, the sheet has a line for every member of the committee. */
function signerIds(meeting: SheetMeeting): number[] {
  if (meeting.attendance.length > 0) return meetingParticipants(meeting);
  return meeting.members.filter((m) => m.role !== 'stedfortraeder').map((m) => m.personId);
}

const METHOD_WORDS: Record<ApprovalMethod, (a: Pick<Approval, 'approvedAt'>) => string> = {
  in_app: (a) => `Godkendt ${formatLongDateTime(a.approvedAt)}`,
  paper: (a) => `Underskrevet på papir ${formatLongDate(danishIsoDate(new Date(a.approvedAt)))}`,
  email: (a) => `Godkendt pr. e-mail ${formatLongDateTime(a.approvedAt)}`,
};

/** How and when a member's approval was given, as the signature sheet and the screen say it. */
export function approvalText(approval: Pick<Approval, 'method' | 'approvedAt'>): string {
  return METHOD_WORDS[approval.method](approval);
}

function chainLines(meeting: SheetMeeting): DocumentChainLine[] {
  const addendumDate = new Map(meeting.protocol.addenda.map((a) => [a.id, formatLongDate(danishIsoDate(new Date(a.createdAt)))]));
  return meeting.protocol.entries.map((entry) => ({
    label: `${entry.addendumId === null ? 'Referatet' : `Tilføjelsen af ${addendumDate.get(entry.addendumId) ?? 'ukendt dato'}`} godkendt ${formatLongDateTime(entry.approvedAt)}, nr. ${entry.sequence} i udvalgets protokolkæde`,
    hash: entry.hash,
    shortHash: shortHash(entry.hash),
  }));
}
