import type { Committee, Item, Membership, Party, Person } from '../../shared/domain/entities';
import { useMeetingModeStore } from '../../renderer/components/meeting/conduct/use-meeting-mode';
import { useCommitteeStore } from '../../renderer/stores/committee-store';
import { useHouseStyleStore } from '../../renderer/stores/house-style-store';
import { useOrganisationStore } from '../../renderer/stores/organisation-store';
import type { FakeHandlers } from './fake-transport';
import { item, meetingServer, openMeeting, type MeetingServer } from './meeting-server';

/**
 * A held meeting of Økonomiudvalget with seven members with a vote and one stedfortræder (invented
 * names), for the meeting screen: an item with three recommendation points, Meddelelser, a closed item.
 */
export const parties: Party[] = [
  { id: 1, letter: 'A', name: 'Socialdemokratiet' },
  { id: 2, letter: 'V', name: 'Venstre' },
  { id: 3, letter: 'F', name: 'SF' },
  { id: 4, letter: 'O', name: 'Dansk Folkeparti' },
  { id: 5, letter: 'C', name: 'Det Konservative Folkeparti' },
];

const person = (id: number, name: string, partyId: number | null): Person => ({
  id, name, partyId, partyLetter: parties.find((p) => p.id === partyId)?.letter ?? null, title: null, email: null,
});

export const people: Person[] = [
  person(1, 'Karen Holm', 1),
  person(2, 'Jens Lund', 1),
  person(3, 'Ida Berg', 3),
  person(4, 'Ole Nør', 2),
  person(5, 'Mads Kjær', 4),
  person(6, 'Lise Dahl', 2),
  person(7, 'Søren Vang', 5),
  person(8, 'Birthe Alm', 1),
  person(9, 'Per Toft', 2),
];

const membership = (personId: number, role: Membership['role'], hasVote = true): Membership => {
  const p = people.find((x) => x.id === personId)!;
  return { id: 100 + personId, committeeId: 1, personId, personName: p.name, partyLetter: p.partyLetter, role, hasVote, fromDate: '2026-01-01', toDate: null };
};

export const members: Membership[] = [
  membership(1, 'formand'),
  membership(2, 'medlem'),
  membership(3, 'medlem'),
  membership(4, 'naestformand'),
  membership(5, 'medlem'),
  membership(6, 'medlem'),
  membership(7, 'medlem'),
  membership(8, 'stedfortraeder', false),
];

export const committees: Committee[] = [
  { id: 1, name: 'Økonomiudvalget', kind: 'oekonomiudvalg', defaultPlace: null, defaultStartTime: null, archived: false, approvalRule: 'all_present' },
  { id: 2, name: 'Kommunalbestyrelsen', kind: 'kommunalbestyrelse', defaultPlace: null, defaultStartTime: null, archived: false, approvalRule: 'all_present' },
];

export const BUDGET = 21;
export const NOTICES = 22;
export const CLOSED = 23;

export function conductItems(): Item[] {
  return [
    item(BUDGET, 1, 'Budget 2027', {
      points: [
        { id: 1, number: 1, text: 'budgetforslaget godkendes', decisionAuthority: null },
        { id: 2, number: 2, text: 'anlægsrammen fastsættes', decisionAuthority: null },
        { id: 3, number: 3, text: 'budgettet sendes til 2. behandling', decisionAuthority: 'Kommunalbestyrelsen' },
      ],
    }),
    item(NOTICES, 2, 'Meddelelser', { kind: 'announcements' }),
    item(CLOSED, 3, 'Køb af ejendommen Havnevej 22, Fjordby', { isClosed: true, publicTitle: 'Køb af ejendom' }),
  ];
}

/** The held meeting behind the fake transport, with its members; `more` as meetingServer's. */
export function conductServer(more: Parameters<typeof meetingServer>[1] = () => ({} as FakeHandlers)): MeetingServer {
  const server = meetingServer(conductItems(), more);
  server.meeting.status = 'held';
  server.meeting.members = structuredClone(members);
  server.meeting.agendaVersion = 1;
  return server;
}

/** Opens the meeting in "Mødet" with the roll call (itemId null) or an item shown. */
export async function openConduct(server: MeetingServer, itemId: number | null): Promise<void> {
  useOrganisationStore.setState({ loaded: true, people, parties, municipality: { name: 'Fjordby Kommune', logoDataUrl: null } });
  useCommitteeStore.setState({ loaded: true, committees, details: {}, meetings: { 1: [], 2: [] } });
  useHouseStyleStore.setState({ style: null });
  await openMeeting(server, itemId ?? BUDGET);
  useMeetingModeStore.setState({ byMeeting: { 1: { mode: 'conduct', view: itemId === null ? 'rollCall' : 'item' } } });
}

/** The calls of one method the screen made, in order. */
export const callsOf = (server: MeetingServer, method: string) => server.fake.calls.filter((c) => c.method === method);
