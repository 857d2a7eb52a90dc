import type { Party, Person } from '../../../shared/domain/entities';
import type { Api } from '../create-api';

/** The parties of Fjordby Kommunalbestyrelse, in ballot order. */
const partyDefs = [
  { letter: 'A', name: 'Socialdemokratiet' },
  { letter: 'B', name: 'Radikale Venstre' },
  { letter: 'C', name: 'Det Konservative Folkeparti' },
  { letter: 'F', name: 'SF – Socialistisk Folkeparti' },
  { letter: 'I', name: 'Liberal Alliance' },
  { letter: 'O', name: 'Dansk Folkeparti' },
  { letter: 'V', name: 'Venstre' },
  { letter: 'Ø', name: 'Enhedslisten – De Rød-Grønne' },
] as const;

export type PartyLetter = (typeof partyDefs)[number]['letter'];

interface PersonDef {
  key: string;
  name: string;
  party: PartyLetter | null;
  title?: string;
}

/** Invented politicians and officials; any likeness to real people is accidental. */
const personDefs = [
  // Socialdemokratiet
  { key: 'mette', name: 'Mette Søgaard Holm', party: 'A', title: 'Borgmester' },
  { key: 'joergen', name: 'Jørgen Bæk Sørensen', party: 'A' },
  { key: 'birthe', name: 'Birthe Kjærgaard', party: 'A' },
  { key: 'soeren', name: 'Søren Ålund Nielsen', party: 'A' },
  { key: 'hanne', name: 'Hanne Østergaard', party: 'A' },
  { key: 'tove', name: 'Tove Bækgaard', party: 'A' },
  // Venstre
  { key: 'nielsPeter', name: 'Niels Peter Højgaard', party: 'V', title: '1. viceborgmester' },
  { key: 'laerke', name: 'Lærke Damgaard', party: 'V' },
  { key: 'bjoern', name: 'Bjørn Fæster', party: 'V' },
  { key: 'anneGrethe', name: 'Anne-Grethe Møller', party: 'V' },
  // Det Konservative Folkeparti
  { key: 'karen', name: 'Karen Lykkegård', party: 'C' },
  { key: 'poulErik', name: 'Poul Erik Brønd', party: 'C' },
  // SF
  { key: 'signe', name: 'Signe Frølund', party: 'F' },
  { key: 'mads', name: 'Mads Æbelø Christensen', party: 'F' },
  // Enhedslisten
  { key: 'ida', name: 'Ida Sønderby', party: 'Ø' },
  { key: 'rasmus', name: 'Rasmus Kølbæk', party: 'Ø' },
  // Dansk Folkeparti
  { key: 'finn', name: 'Finn Ørskov', party: 'O' },
  { key: 'gitte', name: 'Gitte Skjødt', party: 'O' },
  // Radikale Venstre
  { key: 'astrid', name: 'Astrid Løvgren', party: 'B' },
  { key: 'thoeger', name: 'Thøger Nørgaard', party: 'B' },
  // Liberal Alliance
  { key: 'kasper', name: 'Kasper Thygesen Lund', party: 'I' },
  { key: 'malene', name: 'Malene Bøgh', party: 'I' },
  // Administration
  { key: 'marianne', name: 'Marianne Haugsted Ravn', party: null, title: 'Kommunaldirektør' },
  { key: 'lise', name: 'Lise Brøndum', party: null, title: 'Direktør for Beskæftigelse og Erhverv' },
  { key: 'jens', name: 'Jens Skovgård', party: null, title: 'Direktør for Teknik og Miljø' },
  { key: 'henrik', name: 'Henrik Friis Ærenlund', party: null, title: 'Udvalgssekretær' },
] as const satisfies readonly PersonDef[];

export type PersonKey = (typeof personDefs)[number]['key'];

export interface DemoPeople {
  parties: Record<PartyLetter, Party>;
  people: Record<PersonKey, Person>;
}

export async function createMunicipalityAndPeople(api: Api): Promise<DemoPeople> {
  await api.invoke('municipality:update', { name: 'Fjordby Kommune', logoDataUrl: null });

  const parties = {} as Record<PartyLetter, Party>;
  for (const def of partyDefs) parties[def.letter] = await api.invoke('parties:create', { letter: def.letter, name: def.name });

  const people = {} as Record<PersonKey, Person>;
  for (const def of personDefs as readonly PersonDef[]) {
    people[def.key as PersonKey] = await api.invoke('people:create', {
      name: def.name,
      partyId: def.party ? parties[def.party].id : null,
      title: def.title ?? null,
      email: emailFor(def.name),
    });
  }
  return { parties, people };
}

/** "Søren Ålund Nielsen" -> "soeren.nielsen@fjordby.dk": first and last name, æøå written out. */
function emailFor(name: string): string {
  const words = name.toLowerCase().split(/\s+/);
  const ascii = (word: string) => word.replace(/æ/g, 'ae').replace(/ø/g, 'oe').replace(/å/g, 'aa').replace(/[^a-z-]/g, '');
  return `${ascii(words[0] ?? '')}.${ascii(words[words.length - 1] ?? '')}@fjordby.dk`;
}
