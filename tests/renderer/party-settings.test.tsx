// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Party, Person } from '../../shared/domain/entities';
import { setApiTransport } from '../../renderer/api/api';
import { PartySettings } from '../../renderer/components/settings/PartySettings';
import { createI18n } from '../../renderer/i18n/i18n';
import { useOrganisationStore } from '../../renderer/stores/organisation-store';
import { fakeTransport, FakeUserError } from './fake-transport';

/** An in-memory register behind the fake transport, with the services' rules for letters and deletes. */
function register() {
  const parties: Party[] = [{ id: 1, letter: 'A', name: 'Socialdemokratiet' }];
  const people: Person[] = [{ id: 1, name: 'Åse Bødker', partyId: 1, partyLetter: 'A', title: null, email: null }];
  let nextId = 2;
  const taken = (letter: string, except?: number) => {
    const other = parties.find((p) => p.letter === letter && p.id !== except);
    if (other) throw new FakeUserError(`Partibogstavet ${letter} bruges allerede af ${other.name}.`, 'party_letter_taken');
  };
  return fakeTransport({
    'municipality:get': () => ({ name: 'Havbjerg Kommune', logoDataUrl: null }),
    'parties:list': () => [...parties].sort((a, b) => a.letter.localeCompare(b.letter)),
    'people:list': () => people,
    'parties:create': (input) => {
      taken(input.letter);
      const party = { id: nextId++, ...input };
      parties.push(party);
      return party;
    },
    'parties:update': (input) => {
      taken(input.letter, input.id);
      const party = parties.find((p) => p.id === input.id)!;
      Object.assign(party, input);
      return party;
    },
    'parties:delete': (input) => {
      const party = parties.find((p) => p.id === input.id)!;
      if (people.some((p) => p.partyId === input.id)) {
        throw new FakeUserError(`Partiet ${party.letter} (${party.name}) har 1 personer og kan ikke slettes. Flyt dem til et andet parti først.`, 'party_in_use');
      }
      parties.splice(parties.indexOf(party), 1);
    },
  });
}

let fake: ReturnType<typeof register>;

beforeEach(async () => {
  fake = register();
  setApiTransport(fake.transport);
  await useOrganisationStore.getState().load();
  render(
    <I18nextProvider i18n={createI18n('da')}>
      <PartySettings />
    </I18nextProvider>,
  );
});
afterEach(cleanup);

const form = () => screen.getByRole('form', { name: 'Tilføj parti' });
const rows = () => screen.getAllByRole('row').slice(1);

describe('Partier', () => {
  it('adds a party with Enter and confirms it', async () => {
    fireEvent.change(screen.getByLabelText('Bogstav'), { target: { value: 'Ø' } });
    fireEvent.change(screen.getByLabelText('Navn'), { target: { value: 'Enhedslisten – De Rød-Grønne' } });
    fireEvent.submit(form());
    expect(await screen.findByText('Partiet Ø er tilføjet.')).toBeTruthy();
    expect(rows().map((r) => within(r).getAllByRole('cell')[1]?.textContent)).toEqual(['Socialdemokratiet', 'Enhedslisten – De Rød-Grønne']);
    expect((screen.getByLabelText('Bogstav') as HTMLInputElement).value).toBe('');
    expect(fake.calls.find((c) => c.method === 'parties:create')?.args).toEqual({ letter: 'Ø', name: 'Enhedslisten – De Rød-Grønne' });
  });

  it('shows the service’s Danish message when the letter is taken', async () => {
    fireEvent.change(screen.getByLabelText('Bogstav'), { target: { value: 'A' } });
    fireEvent.change(screen.getByLabelText('Navn'), { target: { value: 'Alternativet' } });
    fireEvent.submit(form());
    const alert = await within(form()).findByRole('alert');
    expect(alert.textContent).toBe('Partibogstavet A bruges allerede af Socialdemokratiet.');
    expect(rows()).toHaveLength(1);
  });

  it('puts a validation message next to its field', async () => {
    fireEvent.change(screen.getByLabelText('Bogstav'), { target: { value: 'ABCD' } });
    fireEvent.submit(form());
    const letter = screen.getByLabelText('Bogstav');
    await waitFor(() => expect(letter.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById(letter.getAttribute('aria-describedby')!)?.textContent).toBe('Partibogstavet må højst have 3 tegn');
    // Each message once, at its field: no alert repeats them.
    expect(within(form()).queryByRole('alert')).toBeNull();
    expect(within(form()).getAllByText('Partibogstavet må højst have 3 tegn')).toHaveLength(1);
  });

  it('explains why a party in use cannot be deleted', async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Slet parti A' }));
    fireEvent.click(screen.getByRole('button', { name: 'Slet A' }));
    expect((await screen.findByRole('alert')).textContent).toContain('kan ikke slettes');
    expect(rows()).toHaveLength(1);
  });

  it('edits a party in the same form and cancels with Escape', async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Rediger parti A' }));
    expect(screen.getByRole('form', { name: 'Rediger parti A' })).toBeTruthy();
    expect((screen.getByLabelText('Navn') as HTMLInputElement).value).toBe('Socialdemokratiet');
    fireEvent.keyDown(screen.getByLabelText('Navn'), { key: 'Escape' });
    expect(screen.getByRole('form', { name: 'Tilføj parti' })).toBeTruthy();
    expect((screen.getByLabelText('Navn') as HTMLInputElement).value).toBe('');
  });
});
