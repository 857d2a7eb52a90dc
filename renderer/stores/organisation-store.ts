import { create } from 'zustand';
import type { ApiArgs } from '../../shared/api/contract';
import type { Municipality, Party, Person } from '../../shared/domain/entities';
import { api } from '../api/api';

/** Municipality, parties and people: the register the committees draw on. */
export interface OrganisationState {
  loaded: boolean;
  municipality: Municipality;
  parties: Party[];
  people: Person[];
  load(): Promise<void>;
  updateMunicipality(args: ApiArgs<'municipality:update'>): Promise<void>;
  createParty(args: ApiArgs<'parties:create'>): Promise<Party>;
  updateParty(args: ApiArgs<'parties:update'>): Promise<Party>;
  deleteParty(id: number): Promise<void>;
  createPerson(args: ApiArgs<'people:create'>): Promise<Person>;
  updatePerson(args: ApiArgs<'people:update'>): Promise<Person>;
  deletePerson(id: number): Promise<void>;
}

export const useOrganisationStore = create<OrganisationState>()((set, get) => ({
  loaded: false,
  municipality: { name: '', logoDataUrl: null },
  parties: [],
  people: [],

  async load() {
    const [municipality, parties, people] = await Promise.all([
      api().call('municipality:get', {}),
      api().call('parties:list', {}),
      api().call('people:list', {}),
    ]);
    set({ loaded: true, municipality, parties, people });
  },

  async updateMunicipality(args) {
    const municipality = await api().call('municipality:update', args);
    set({ municipality });
  },

  async createParty(args) {
    const party = await api().call('parties:create', args);
    set({ parties: await api().call('parties:list', {}) });
    return party;
  },

  async updateParty(args) {
    const party = await api().call('parties:update', args);
    // People show their party letter: refresh them too.
    const [parties, people] = await Promise.all([api().call('parties:list', {}), api().call('people:list', {})]);
    set({ parties, people });
    return party;
  },

  async deleteParty(id) {
    await api().call('parties:delete', { id });
    set({ parties: get().parties.filter((p) => p.id !== id) });
  },

  async createPerson(args) {
    const person = await api().call('people:create', args);
    set({ people: await api().call('people:list', {}) });
    return person;
  },

  async updatePerson(args) {
    const person = await api().call('people:update', args);
    set({ people: await api().call('people:list', {}) });
    return person;
  },

  async deletePerson(id) {
    await api().call('people:delete', { id });
    set({ people: get().people.filter((p) => p.id !== id) });
  },
}));
