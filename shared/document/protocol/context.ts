import type { Party, Person } from '../../domain/entities';
import { formatMember } from '../../format/join-names';
import type { PresenceMeeting } from '../../logic/voters-for-item';

/** What the protocol sentences of one item are made from besides the item itself. */
export interface ProtocolContext {
  /** The committee's members, the roll call and the agenda's order. */
  meeting: PresenceMeeting;
  people: readonly Person[];
  parties: readonly Party[];
}

/** "Karen Holm (C)", or the name alone for a member without a party; from the people, else the membership. */
export function memberLabeller(context: ProtocolContext): (personId: number) => string {
  const personById = new Map(context.people.map((p) => [p.id, p]));
  return (personId) => {
    const person = personById.get(personId);
    if (person) return formatMember(person);
    const membership = context.meeting.members.find((m) => m.personId === personId);
    return membership ? formatMember({ name: membership.personName, partyLetter: membership.partyLetter }) : 'Ukendt medlem';
  };
}
