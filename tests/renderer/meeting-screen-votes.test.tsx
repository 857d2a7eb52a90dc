// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AttendanceEntry } from '../../shared/domain/entities';
import type { MeetingServer } from './meeting-server';
import { renderMeeting } from './meeting-server';
import { BUDGET, callsOf, conductServer, openConduct } from './meeting-screen-fixture';

afterEach(cleanup);

const present = (personId: number): AttendanceEntry => ({
  personId, status: 'present', substituteForPersonId: null, note: null, arrivedBeforeItemId: null, leftAfterItemId: null,
});

let server: MeetingServer;
beforeEach(() => {
  server = conductServer();
  // Everyone there: A 2 (Karen Holm, Jens Lund), F 1 (Ida Berg), V 2 (Ole Nør, Lise Dahl), O 1 (Mads Kjær), C 1 (Søren Vang).
  server.meeting.attendance = [1, 2, 3, 4, 5, 6, 7].map(present);
});

const preview = () => screen.getByTestId('record-preview');
const decisionsSet = () => callsOf(server, 'decisions:set');
const lastDecisions = () => (decisionsSet().at(-1)?.args as { decisions: { rounds: { votes: unknown[]; dissents: unknown[] }[] }[] } | undefined)?.decisions;
const count = (party: string, choice: 'For' | 'Imod' | 'Undlod') => screen.getByRole('spinbutton', { name: `${party}: ${choice}` });
const type = (element: HTMLElement, value: string) => fireEvent.change(element, { target: { value } });
const RULE = 'kun et medlem eller et parti i det overstemte mindretal kan få sin afvigende mening ført til protokols (kommunestyrelseslovens § 13, stk. 2)';

async function approvedWithVote(): Promise<HTMLElement> {
  await openConduct(server, BUDGET);
  renderMeeting();
  const decision = await screen.findByRole('region', { name: 'Beslutning 1' });
  fireEvent.click(within(decision).getByRole('radio', { name: /Godkendt/ }));
  fireEvent.click(within(decision).getByRole('button', { name: 'Tilføj afstemning' }));
  return decision;
}

describe('Mødet: votes validated live against who may vote on the item', () => {
  it('by party: a count per party, limited by its members who may vote, with the rule’s Danish message at once', async () => {
    await approvedWithVote();
    expect((count('A', 'For') as HTMLInputElement).max).toBe('2');
    type(count('A', 'For'), '3');
    expect(screen.getByText('Parti A har afgivet 3 stemmer, men kun 2 medlemmer med stemmeret er til stede.')).toBeTruthy();
    // Not saved while the vote does not hold; the status says so.
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/ret det markerede først/));
    await new Promise((r) => setTimeout(r, 650));
    expect(JSON.stringify(decisionsSet().map((c) => c.args))).not.toContain('"count":3');

    type(count('A', 'For'), '2');
    type(count('F', 'For'), '1');
    type(count('O', 'For'), '1');
    type(count('V', 'Imod'), '2');
    type(count('C', 'Undlod'), '1');
    expect(screen.queryByText(/har afgivet/)).toBeNull();
    expect(screen.getByText(/For 4 · Imod 2 · Undlod 1/)).toBeTruthy();
    await waitFor(() => expect(preview().textContent).toContain('Godkendt med et flertal bestående af 4 (A, F og O). Imod stemmer 2 (V). Undlod at stemme: 1 (C).'));
    await waitFor(() => expect(lastDecisions()?.[0]!.rounds[0]!.votes).toEqual([
      { partyId: 1, choice: 'for', count: 2 }, { partyId: 2, choice: 'against', count: 2 }, { partyId: 3, choice: 'for', count: 1 },
      { partyId: 4, choice: 'for', count: 1 }, { partyId: 5, choice: 'abstain', count: 1 },
    ]));
  });

  it('by member: one choice each; a disqualified member is not offered, and a vote by one is refused with the rule', async () => {
    const decision = await approvedWithVote();
    fireEvent.click(within(decision).getByRole('radio', { name: 'Efter medlem' }));
    const table = screen.getByRole('table', { name: 'Stemmer efter medlem' });
    expect(within(table).getAllByRole('rowheader').map((h) => h.textContent)).toEqual([
      'Karen Holm (A)', 'Jens Lund (A)', 'Ida Berg (F)', 'Ole Nør (V)', 'Mads Kjær (O)', 'Lise Dahl (V)', 'Søren Vang (C)',
    ]);
    for (const name of ['Karen Holm (A)', 'Jens Lund (A)', 'Ida Berg (F)', 'Mads Kjær (O)', 'Søren Vang (C)']) fireEvent.click(screen.getByRole('radio', { name: `${name}: For` }));
    fireEvent.click(screen.getByRole('radio', { name: 'Ole Nør (V): Imod' }));
    fireEvent.click(screen.getByRole('radio', { name: 'Lise Dahl (V): Imod' }));
    await waitFor(() => expect(preview().textContent).toContain('Godkendt med et flertal bestående af 5 (A, C, F og O). Imod stemmer 2 (V).'));

    // Ole Nør turns out to be disqualified (§ 14): his vote no longer holds, and the screen says why.
    fireEvent.click(screen.getByRole('button', { name: 'Ret deltagerne' }));
    fireEvent.change(screen.getByRole('combobox', { name: 'Ole Nør (V) under punktet' }), { target: { value: 'disqualified' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Grund til inhabilitet for Ole Nør (V)' }), { target: { value: 'Ansat i firmaet' } });
    expect(await screen.findByText('Ole Nør (V) er inhabil (§ 14) og kan ikke stemme.')).toBeTruthy();
    expect(screen.getByText(/Stemmer ikke på punktet: Ole Nør \(V\) \(inhabil\)/)).toBeTruthy();
    // Taken back: a member who may not vote drops out of the table once his vote is gone.
    fireEvent.click(screen.getByRole('radio', { name: 'Ole Nør (V): Ikke afgivet' }));
    expect(screen.queryByText(/er inhabil \(§ 14\) og kan ikke stemme/)).toBeNull();
    expect(within(table).queryByRole('rowheader', { name: 'Ole Nør (V)' })).toBeNull();
    await waitFor(() => expect(lastDecisions()?.[0]!.rounds[0]!.votes).toHaveLength(6));
    expect(preview().textContent).toContain('Imod stemmer 1 (V).');
  });

  it('a dissent is offered for the outvoted minority only; one from the majority is refused with dissentProblem’s message and not saved', async () => {
    const decision = await approvedWithVote();
    type(count('A', 'For'), '2');
    type(count('F', 'For'), '1');
    type(count('O', 'For'), '1');
    type(count('C', 'For'), '1');
    type(count('V', 'Imod'), '2');
    fireEvent.click(within(decision).getByRole('button', { name: 'Mindretalsudtalelse' }));
    const party = within(decision).getByRole('combobox', { name: 'Parti i mindretallet' });
    expect(within(party).getAllByRole('option').map((o) => o.textContent)).toEqual(['Vælg …', 'V – Venstre']);
    expect((party as HTMLSelectElement).value).toBe('2');
    type(within(decision).getByRole('textbox', { name: 'Udtalelsen' }), 'idet Venstre ønsker en lavere skat');
    await waitFor(() => expect(preview().textContent).toContain('Imod stemmer 2 (V), idet Venstre ønsker en lavere skat.'));
    await waitFor(() => expect(lastDecisions()?.[0]!.rounds[0]!.dissents).toEqual([{ partyId: 2, personIds: [], text: 'idet Venstre ønsker en lavere skat' }]));

    // The votes change: V now votes with the majority, so its dissent is refused by the rule and left out.
    type(count('V', 'Imod'), '0');
    type(count('V', 'For'), '2');
    type(count('A', 'For'), '0');
    type(count('A', 'Imod'), '2');
    const refusal = `Gemmes ikke: Parti V er ikke i mindretallet, der stemte imod: ${RULE}.`;
    expect(await screen.findByText(refusal)).toBeTruthy();
    expect(preview().textContent).not.toContain('lavere skat');
    await waitFor(() => expect(lastDecisions()?.[0]!.rounds[0]).toMatchObject({ dissents: [] }));
    expect(preview().textContent).toContain('Imod stemmer 2 (A).');
  });

  it('enstemmigt has no minority: a dissent left from a counted vote is refused with the rule', async () => {
    const decision = await approvedWithVote();
    type(count('A', 'For'), '2');
    type(count('V', 'Imod'), '2');
    fireEvent.click(within(decision).getByRole('button', { name: 'Mindretalsudtalelse' }));
    type(within(decision).getByRole('textbox', { name: 'Udtalelsen' }), 'idet skatten bør sænkes');
    fireEvent.click(within(decision).getByRole('radio', { name: 'Enstemmigt' }));
    expect(await screen.findByText(`Gemmes ikke: Beslutningen blev truffet enstemmigt, så der er intet mindretal: ${RULE}.`)).toBeTruthy();
    await waitFor(() => expect(preview().textContent).toContain('Enstemmigt godkendt.'));
  });

  it('an amendment is voted on first, before the decision, and the rounds can be reordered', async () => {
    const decision = await approvedWithVote();
    type(count('A', 'For'), '2');
    type(count('F', 'For'), '1');
    type(count('V', 'Imod'), '2');
    fireEvent.click(within(decision).getByRole('button', { name: 'Afstemning om ændringsforslag' }));
    const subject = within(decision).getByRole('textbox', { name: 'Hvad blev der stemt om' });
    type(subject, 'Ændringsforslag fra V');
    const rounds = within(decision).getAllByRole('region', { name: /^Afstemning om/ });
    expect(rounds.map((r) => r.getAttribute('aria-labelledby') && within(r).getAllByRole('heading')[0]!.textContent)).toEqual(['Afstemning om Ændringsforslag fra V', 'Afstemning om beslutningen']);
    const amendment = rounds[0]!;
    fireEvent.change(within(amendment).getByRole('spinbutton', { name: 'V: For' }), { target: { value: '2' } });
    fireEvent.change(within(amendment).getByRole('spinbutton', { name: 'A: Imod' }), { target: { value: '2' } });
    fireEvent.change(within(amendment).getByRole('spinbutton', { name: 'F: Imod' }), { target: { value: '1' } });
    await waitFor(() => expect(preview().textContent).toContain('Ændringsforslag fra V: For stemte 2 (V). Imod stemte 3 (A og F). Forslaget faldt.'));
    const text = preview().textContent ?? '';
    expect(text.indexOf('Ændringsforslag fra V')).toBeLessThan(text.indexOf('Godkendt med et flertal'));
    await waitFor(() => expect((decisionsSet().at(-1)!.args as { decisions: { rounds: { subject: string | null }[] }[] }).decisions[0]!.rounds.map((r) => r.subject)).toEqual(['Ændringsforslag fra V', null]));
    fireEvent.click(within(amendment).getByRole('button', { name: 'Flyt afstemning 1 ned' }));
    await waitFor(() => expect((decisionsSet().at(-1)!.args as { decisions: { rounds: { subject: string | null }[] }[] }).decisions[0]!.rounds.map((r) => r.subject)).toEqual([null, 'Ændringsforslag fra V']));
  });
});
