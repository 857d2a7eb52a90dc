import type { CommitteeDetail } from '../../../shared/domain/entities';
import type { CommitteeKind, MembershipRole } from '../../../shared/domain/enums';
import type { Api } from '../create-api';
import type { DemoCalendar } from './demo-calendar';
import type { DemoPeople, PersonKey } from './demo-people';

export const OEKONOMIUDVALGET = 'Økonomiudvalget';
export const ERHVERVSUDVALGET = 'Erhvervs- og Beskæftigelsesudvalget';
export const TEKNIKUDVALGET = 'Teknik- og Miljøudvalget';
export const KOMMUNALBESTYRELSEN = 'Kommunalbestyrelsen';

interface CommitteeDef {
  name: string;
  kind: CommitteeKind;
  defaultPlace: string;
  defaultStartTime: string;
  /** Formand first, then næstformand, then the other members; substitutes last. */
  members: [formand: PersonKey, naestformand: PersonKey, ...medlemmer: PersonKey[]];
  substitutes: PersonKey[];
}

const committeeDefs = {
  oekonomi: {
    name: OEKONOMIUDVALGET,
    kind: 'oekonomiudvalg',
    defaultPlace: 'Borgmesterens mødelokale, Rådhuset',
    defaultStartTime: '16:00',
    members: ['mette', 'nielsPeter', 'joergen', 'laerke', 'karen', 'signe', 'ida', 'finn', 'astrid'],
    substitutes: ['birthe', 'bjoern'],
  },
  erhverv: {
    name: ERHVERVSUDVALGET,
    kind: 'fagudvalg',
    defaultPlace: 'Mødelokale 2, Rådhuset',
    defaultStartTime: '16:30',
    members: ['joergen', 'anneGrethe', 'hanne', 'tove', 'bjoern', 'poulErik', 'mads', 'gitte', 'kasper'],
    substitutes: ['soeren', 'malene'],
  },
  teknik: {
    name: TEKNIKUDVALGET,
    kind: 'fagudvalg',
    defaultPlace: 'Mødelokale 4, Teknisk Forvaltning, Havnegade 12',
    defaultStartTime: '15:30',
    members: ['thoeger', 'laerke', 'birthe', 'karen', 'rasmus', 'finn', 'malene'],
    substitutes: ['signe'],
  },
} satisfies Record<string, CommitteeDef>;

export type CommitteeKey = keyof typeof committeeDefs;

/**
 * The three committees with their members. 'committees:create' gives each the default section
 * template and the standard items (Godkendelse af dagsorden, Meddelelser, Eventuelt).
 */
export async function createCommittees(api: Api, { people }: DemoPeople, calendar: DemoCalendar): Promise<Record<CommitteeKey, CommitteeDetail>> {
  const result = {} as Record<CommitteeKey, CommitteeDetail>;
  for (const [key, def] of Object.entries(committeeDefs) as [CommitteeKey, CommitteeDef][]) {
    const committee = await api.invoke('committees:create', {
      name: def.name, kind: def.kind, defaultPlace: def.defaultPlace, defaultStartTime: def.defaultStartTime,
    });
    const add = (personKey: PersonKey, role: MembershipRole, hasVote: boolean) =>
      api.invoke('memberships:add', { committeeId: committee.id, personId: people[personKey].id, role, hasVote, fromDate: calendar.periodStart });
    for (const [index, personKey] of def.members.entries()) {
      await add(personKey, index === 0 ? 'formand' : index === 1 ? 'naestformand' : 'medlem', true);
    }
    // A substitute holds no vote of their own; they take over the vote of the member they replace.
    for (const personKey of def.substitutes) await add(personKey, 'stedfortraeder', false);
    result[key] = await api.invoke('committees:get', { id: committee.id });
  }
  return result;
}
