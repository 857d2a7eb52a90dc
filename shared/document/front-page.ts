import type { MeetingDetail, Person } from '../domain/entities';
import type { DocumentKind, Edition } from '../domain/enums';
import { membershipRoleLabel } from '../domain/labels';
import { formatTime, formatTimeRange, formatWeekdayLongDate } from '../format/danish-date';
import { formatMember } from '../format/join-names';
import type { DocumentState } from '../logic/lifecycle';
import type { DocumentMember, FrontPage } from './types';
import { documentName, frontNotice, WORDS } from './wording';

const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

export function frontPage(meeting: MeetingDetail, document: DocumentKind, edition: Edition, state: DocumentState): FrontPage {
  const minutes = document === 'minutes';
  const time = meeting.startTime
    ? meeting.endTime && minutes ? formatTimeRange(meeting.startTime, meeting.endTime) : formatTime(meeting.startTime)
    : null;
  const facts = [{ label: 'Dato', value: capitalize(formatWeekdayLongDate(meeting.date)) }];
  if (time) facts.push({ label: 'Tidspunkt', value: time });
  if (meeting.place) facts.push({ label: 'Sted', value: meeting.place });
  return {
    kindLine: `${documentName(document)}${meeting.kind === 'extraordinary' ? ' – ekstraordinært møde' : ''}`,
    editionLine: edition === 'public' ? WORDS.publicEdition : null,
    notice: frontNotice(state, document, meeting.cancelReason),
    facts,
    memberColumns: minutes ? ['Medlem', 'Rolle', 'Fremmøde'] : ['Medlem', 'Rolle'],
  };
}

/**
 * The committee's members; in the minutes with their attendance. Substitutes are listed only in
 * the minutes, and only when they took part.
 */
export function documentMembers(meeting: MeetingDetail, document: DocumentKind, people: readonly Person[]): DocumentMember[] {
  const personById = new Map(people.map((p) => [p.id, p]));
  const label = (personId: number): string => {
    const person = personById.get(personId);
    return person ? formatMember(person) : 'Ukendt medlem';
  };
  const minutes = document === 'minutes';
  const attendanceOf = new Map(meeting.attendance.map((a) => [a.personId, a]));
  const members: DocumentMember[] = [];
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
      roleLabel: m.role === 'medlem' ? '' : capitalize(membershipRoleLabel[m.role]),
      attendance,
      present: !minutes || meeting.attendance.length === 0 || entry?.status === 'present',
    });
  }
  return members;
}
