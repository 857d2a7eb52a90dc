import { describe, expect, it } from 'vitest';
import type { Decision, Item } from '../../../shared/domain/entities';
import { decisionText, protocolDecisions } from '../../../shared/document';
import {
  counted, decision, DISSENT_4, DISSENT_5, DISSENT_6_O, DISSENT_6_V, item, membersDissent, NOTE_6, note, P, partyDissent, partyVote,
  personVote, protocolContext, protocolItems, unanimous, withoutVote,
} from '../../fixtures/document/protocol-fixture';

const context = protocolContext();
const items = protocolItems();
const itemNo = (n: number): Item => items[n - 1]!;
/** What the minutes print for the item's decisions, each text with its notes. */
const printed = (it: Item) => protocolDecisions(it, context).map((d) => d.text);
/** One decision on an ordinary item of the meeting (item 7: Jens Lund gone, ten seats). */
const text = (d: Partial<Decision>, on: Item = itemNo(5)) => decisionText(decision(d), on, context);

describe('decision sentences: points and outcomes', () => {
  it('prefixes one point "Ad 1." and several "Ad 1 + 2)"', () => {
    expect(printed(itemNo(3))).toEqual([
      'Ad 1 + 2) Godkendt.',
      'Ad 3. Godkendt, idet forvaltningen forelægger en plan for mindreforbruget i juni.',
    ]);
    expect(text({ points: [3, 1, 2], outcome: 'approved' })).toBe('Ad 1 + 2 + 3) Godkendt.');
  });

  it('writes a whole-item decision without a prefix', () => {
    expect(printed(itemNo(1))).toEqual(['Godkendt.']);
    expect(printed(itemNo(2))).toEqual(['Taget til efterretning.']);
  });

  it('groups plain outcomes per point in the compact form', () => {
    expect(printed(itemNo(8))).toEqual(['Punkterne 1, 3 og 4: Godkendt. Punkt 2: Anbefales.']);
  });

  it('does not group when one decision has a remark, a vote, a note or a hand-written text', () => {
    const base = itemNo(8).decisions;
    const withRemark = { ...itemNo(8), decisions: [base[0]!, { ...base[1]!, remark: 'idet udvalget ønsker en dialog med borgerne' }, base[2]!] };
    expect(printed(withRemark)).toEqual(['Ad 1. Godkendt.', 'Ad 2. Anbefales, idet udvalget ønsker en dialog med borgerne.', 'Ad 3 + 4) Godkendt.']);
    const withVote = { ...itemNo(8), decisions: [base[0]!, { ...base[1]!, rounds: [unanimous()] }, base[2]!] };
    expect(printed(withVote)).toEqual(['Ad 1. Godkendt.', 'Ad 2. Enstemmigt anbefalet.', 'Ad 3 + 4) Godkendt.']);
    const withNote = { ...itemNo(8), decisions: [base[0]!, base[1]!, { ...base[2]!, notes: [note([P.rikke], 'Ø ønsker en ny sag.')] }] };
    expect(printed(withNote)).toHaveLength(3);
    const withOverride = { ...itemNo(8), decisions: [base[0]!, base[1]!, { ...base[2]!, override: { text: 'Ad 3 + 4) Godkendt med tak.', basis: 'Ad 3 + 4) Godkendt.' } }] };
    expect(printed(withOverride)).toEqual(['Ad 1. Godkendt.', 'Ad 2. Anbefales.', 'Ad 3 + 4) Godkendt med tak.']);
  });

  it('keeps "uden afstemning" to the outcome alone', () => {
    expect(text({ outcome: 'approved', rounds: [withoutVote()] })).toBe('Godkendt.');
  });

  it.each([
    [{ outcome: 'approved' }, 'Godkendt.'],
    [{ outcome: 'recommended' }, 'Anbefales.'],
    [{ outcome: 'recommended', outcomeBody: 'Økonomiudvalget' }, 'Anbefales over for Økonomiudvalget.'],
    [{ outcome: 'noted' }, 'Taget til efterretning.'],
    [{ outcome: 'discussed' }, 'Drøftet.'],
    [{ outcome: 'postponed' }, 'Udsat.'],
    [{ outcome: 'referred', outcomeBody: 'Kultur- og Fritidsudvalget' }, 'Oversendt til Kultur- og Fritidsudvalget.'],
    [{ outcome: 'rejected' }, 'Ikke godkendt.'],
  ] as const)('writes the outcome %j as "%s"', (d, expected) => {
    expect(text(d)).toBe(expected);
  });

  it('joins an "idet" remark with a comma and prints any other remark as its own sentence', () => {
    expect(text({ outcome: 'approved', remark: 'idet planen sendes til Handicaprådet' })).toBe('Godkendt, idet planen sendes til Handicaprådet.');
    expect(text({ outcome: 'approved', remark: ', idet planen sendes til Handicaprådet.' })).toBe('Godkendt, idet planen sendes til Handicaprådet.');
    expect(text({ outcome: 'noted', remark: 'Udvalget ønsker en status i juni' })).toBe('Taget til efterretning. Udvalget ønsker en status i juni.');
    expect(text({ outcome: 'discussed', remark: 'idet udvalget får en ny sag om bisiddere' })).toBe('Drøftet, idet udvalget får en ny sag om bisiddere.');
    expect(text({ outcome: 'approved', remark: 'at der arbejdes videre ud fra notatet' })).toBe('Godkendt, at der arbejdes videre ud fra notatet.');
  });

  it('prints the remark alone when there is no outcome, "Besluttet, at …" for an at-clause', () => {
    expect(printed(itemNo(10))).toEqual(['Intet.']);
    expect(text({ points: [2], remark: 'Udvalget tager orienteringen til efterretning' })).toBe('Ad 2. Udvalget tager orienteringen til efterretning.');
    expect(text({ points: [2], remark: 'Ad 2: Udvalget ønsker en ny sag.' })).toBe('Ad 2: Udvalget ønsker en ny sag.');
    expect(text({ remark: 'at sagen genoptages i maj' })).toBe('Besluttet, at sagen genoptages i maj.');
  });
});

describe('decision sentences: votes', () => {
  it('states a counted majority in the sentence and joins the minority\'s dissent to its vote', () => {
    expect(printed(itemNo(4))).toEqual([
      `Ad 1. Godkendt med et flertal bestående af 5 (A, B, F og I). Imod stemmer 3 (O og V), idet ${DISSENT_4}. Undlod at stemme: 1 (Ø).`,
    ]);
  });

  it('writes "Med 7 stemmer besluttet, at …" with the losing party as the subject of its dissent', () => {
    expect(printed(itemNo(5))).toEqual([
      `Med 7 stemmer besluttet, at sagen sendes i høring i Erhvervsrådet. A stemmer imod, idet ${DISSENT_5}. Undlod at stemme: 1 (Ø).`,
    ]);
    const noDissent = counted([partyVote('B', 'for', 1), partyVote('F', 'for', 1), partyVote('V', 'for', 3), partyVote('A', 'against', 2), partyVote('O', 'against', 1)]);
    expect(text({ remark: 'at sagen sendes i høring', rounds: [noDissent] })).toBe('Med 5 stemmer besluttet, at sagen sendes i høring. A og O stemmer imod.');
    const oneOfTwo = { ...noDissent, dissents: [partyDissent('O', 'O ønsker en borgerhøring')] };
    expect(text({ remark: 'at sagen sendes i høring', rounds: [oneOfTwo] }))
      .toBe('Med 5 stemmer besluttet, at sagen sendes i høring. A stemmer imod. O stemmer imod, idet O ønsker en borgerhøring.');
  });

  it('names each party\'s dissent in its own sentence when several parties give one', () => {
    const [amendment, decided] = protocolDecisions(itemNo(6), context)[0]!.text.split('\n');
    expect(decided).toBe(
      `Anbefalet over for Økonomiudvalget med et flertal bestående af 5 (A, B, F, I og Ø). Imod stemmer 4 (O og V). V stemmer imod, idet ${DISSENT_6_V}. O stemmer imod, idet ${DISSENT_6_O}.`,
    );
    expect(amendment).toBe('Ændringsforslag fra V: For stemte 3 (V). Imod stemte 6 (A, B, F, I, O og Ø). Forslaget faldt.');
  });

  it('prints the amendment first, then the decision, each on its own line, and no separate vote line', () => {
    const [only] = protocolDecisions(itemNo(6), context);
    expect(only!.text.split('\n')).toHaveLength(2);
    expect(only!.text).not.toMatch(/Afstemning:/);
    expect(only!.notes).toEqual([{ label: 'Protokoltilførsel fra Rikke Holt (Ø)', text: NOTE_6 }]);
    const carried = counted([partyVote('V', 'for', 3), partyVote('O', 'for', 1), partyVote('A', 'against', 2)], [], 'Ændringsforslag fra V:');
    expect(text({ outcome: 'approved', rounds: [carried, unanimous()] }))
      .toBe('Ændringsforslag fra V: For stemte 4 (O og V). Imod stemte 2 (A). Forslaget blev vedtaget.\nEnstemmigt godkendt.');
  });

  it('writes unanimous decisions with the participle', () => {
    expect(printed(itemNo(9))).toEqual(['Enstemmigt godkendt.']);
    expect(text({ outcome: 'recommended', rounds: [unanimous()] })).toBe('Enstemmigt anbefalet.');
    expect(text({ outcome: 'recommended', outcomeBody: 'Kommunalbestyrelsen', rounds: [unanimous()] })).toBe('Enstemmigt anbefalet over for Kommunalbestyrelsen.');
    expect(text({ outcome: 'noted', rounds: [unanimous()] })).toBe('Enstemmigt taget til efterretning.');
    expect(text({ outcome: 'referred', outcomeBody: 'Økonomiudvalget', rounds: [unanimous()] })).toBe('Enstemmigt oversendt til Økonomiudvalget.');
    expect(text({ outcome: 'approved', remark: 'idet prisen genforhandles', rounds: [unanimous()] })).toBe('Enstemmigt godkendt, idet prisen genforhandles.');
    expect(text({ remark: 'at sagen genoptages', rounds: [unanimous()] })).toBe('Enstemmigt besluttet, at sagen genoptages.');
    // A discussion is not voted on.
    expect(text({ outcome: 'discussed', rounds: [unanimous()] })).toBe('Drøftet.');
  });

  it('writes a rejected counted vote in the same phrasing, its majority voting against', () => {
    const votes = counted([partyVote('V', 'for', 3), partyVote('A', 'against', 2), partyVote('B', 'against', 1), partyVote('F', 'against', 1), partyVote('I', 'against', 1)],
      [partyDissent('V', 'V ønsker projektet gennemført i år')]);
    expect(text({ points: [2], outcome: 'rejected', rounds: [votes] }))
      .toBe('Ad 2. Ikke godkendt med et flertal bestående af 5 (A, B, F og I). For stemmer 3 (V), idet V ønsker projektet gennemført i år.');
  });

  it('counts a substitute\'s and a member\'s own votes under their party, and names members without a party', () => {
    const votes = counted([personVote(P.soeren, 'for'), personVote(P.anne, 'for'), personVote(P.ib, 'for'), personVote(P.mads, 'against')]);
    expect(text({ outcome: 'approved', rounds: [votes] })).toBe('Godkendt med et flertal bestående af 3 (A, B og I). Imod stemmer 1 (O).');
    const task = { ...item(1), substitutes: [] };
    const withCitizen = counted([personVote(P.hanne, 'for'), personVote(P.anne, 'for'), personVote(P.mads, 'against')],
      [membersDissent([P.mads], 'han ønsker en anden placering')]);
    expect(decisionText(decision({ outcome: 'approved', rounds: [withCitizen] }), task, context))
      .toBe('Godkendt med et flertal bestående af 2 (A og Hanne Borg). Imod stemmer 1 (O), idet han ønsker en anden placering.');
  });

  it('gives a member\'s dissent by name when it speaks for part of the losing side', () => {
    const votes = counted([partyVote('A', 'for', 2), partyVote('B', 'for', 1), partyVote('I', 'for', 1), partyVote('V', 'against', 3)],
      [membersDissent([P.vera], 'hun ønsker en ny høring')]);
    expect(text({ outcome: 'approved', rounds: [votes] }))
      .toBe('Godkendt med et flertal bestående af 4 (A, B og I). Imod stemmer 3 (V), idet hun ønsker en ny høring.');
    const split = counted([partyVote('A', 'for', 2), partyVote('B', 'for', 1), partyVote('O', 'against', 1), partyVote('V', 'against', 1)],
      [membersDissent([P.vera], 'hun ønsker en ny høring')]);
    expect(text({ outcome: 'approved', rounds: [split] }))
      .toBe('Godkendt med et flertal bestående af 3 (A og B). Imod stemmer 2 (O og V). Vera Lind (V) stemmer imod, idet hun ønsker en ny høring.');
  });

  it('says "med N stemmer for" when nobody voted against, and prints the abstentions', () => {
    const votes = counted([partyVote('A', 'for', 2), partyVote('V', 'for', 3), partyVote('Ø', 'abstain', 1)]);
    expect(text({ outcome: 'approved', rounds: [votes] })).toBe('Godkendt med 5 stemmer for (A og V). Undlod at stemme: 1 (Ø).');
  });

  it('prints the count as it is when the outcome and the vote disagree, claiming no majority', () => {
    const votes = counted([partyVote('A', 'for', 2), partyVote('V', 'against', 3)]);
    expect(text({ outcome: 'approved', rounds: [votes] })).toBe('Godkendt. For stemte 2 (A). Imod stemte 3 (V).');
    expect(text({ remark: 'Udvalget drøftede sagen', rounds: [votes] })).toBe('Udvalget drøftede sagen. For stemte 2 (A). Imod stemte 3 (V).');
    // A tie: the proposal falls; a dissent keeps the verb of how its givers voted.
    const tie = counted([partyVote('A', 'for', 2), partyVote('B', 'for', 1), partyVote('V', 'against', 3)], [membersDissent([P.vera], 'hun ønsker en ny høring')]);
    expect(text({ outcome: 'approved', rounds: [tie] }))
      .toBe('Godkendt. For stemte 3 (A og B). Imod stemte 3 (V). Vera Lind (V) stemmer imod, idet hun ønsker en ny høring.');
  });

  it('puts a non-joining remark after the vote and an "idet" remark after the majority', () => {
    const votes = counted([partyVote('A', 'for', 2), partyVote('B', 'for', 1), partyVote('I', 'for', 1), partyVote('V', 'against', 3)]);
    expect(text({ outcome: 'approved', remark: 'Udvalget ønsker en status i juni.', rounds: [votes] }))
      .toBe('Godkendt med et flertal bestående af 4 (A, B og I). Imod stemmer 3 (V). Udvalget ønsker en status i juni.');
    expect(text({ outcome: 'approved', remark: 'idet prisen genforhandles', rounds: [votes] }))
      .toBe('Godkendt med et flertal bestående af 4 (A, B og I), idet prisen genforhandles. Imod stemmer 3 (V).');
  });
});
