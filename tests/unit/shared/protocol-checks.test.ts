import { describe, expect, it } from 'vitest';
import { findProtocolIssues } from '../../../shared/document/protocol-checks';
import type { Item } from '../../../shared/domain/entities';
import { counted, decision, membersDissent, P, parties, people, personVote, present, protocolItems, protocolMeeting, rollCall } from '../../fixtures/document/protocol-fixture';

/** The fixture meeting with one item changed. */
function withItem(number: number, change: (item: Item) => Item) {
  return protocolMeeting({ items: protocolItems().map((item) => (item.number === number ? change(item) : item)) });
}
const findings = (meeting = protocolMeeting()) => findProtocolIssues(meeting, people, parties).map((i) => `${i.severity} ${i.code} ${i.message}`);

describe('the protocol check', () => {
  it('finds nothing in a protocol that keeps the rules', () => {
    expect(findings()).toEqual([]);
  });

  it('names an item without a decision and a closed item without a public extract', () => {
    expect(findings(withItem(10, (i) => ({ ...i, decisions: [] })))).toEqual(['error missing_decision Punkt 10 »Eventuelt« har ingen beslutning.']);
    expect(findings(withItem(9, (i) => ({ ...i, publicExtract: null })))).toEqual([
      'error closed_without_extract Punkt 9 »Køb af ejendommen Strandvej 4, Fjordby« er lukket og har intet offentligt uddrag af beslutningen: den offentlige protokol viser kun punktets offentlige titel.',
    ]);
  });

  it('refuses the vote of a disqualified member, a vote by member that leaves members out, and a dissent from the majority or from someone not there', () => {
    const oleVotes = withItem(4, (i) => ({ ...i, decisions: [decision({ points: [1], outcome: 'approved', rounds: [counted([personVote(P.ole, 'for')])] })] }));
    expect(findings(oleVotes)).toContain('error invalid_vote Punkt 4 »Placering af ny skole«: Ole Nør (V) er inhabil (§ 14) og kan ikke stemme.');

    const few = withItem(7, (i) => ({ ...i, decisions: [decision({ outcome: 'approved', rounds: [counted([personVote(P.anne, 'for'), personVote(P.ib, 'for'), personVote(P.mads, 'against')])] })] }));
    const incomplete = findings(few);
    expect(incomplete).toHaveLength(1);
    // Jens Lund left after item 6; Søren Vang sits in Lise Dahl's seat.
    expect(incomplete[0]).toBe('error votes_incomplete Punkt 7 »Lokalplan for havnen«: afstemningen tæller 3 stemmer, men 9 medlemmer kunne stemme: Ida Berg (F), Ole Nør (V), Vera Lind (V), Carl Mose (V), Rikke Holt (Ø) og Søren Vang (B) mangler (for, imod eller undlod).');

    const majority = withItem(7, (i) => ({
      ...i,
      decisions: [decision({ outcome: 'approved', rounds: [counted(
        [P.anne, P.ida, P.ib, P.mads, P.ole, P.vera, P.carl, P.soeren].map((p) => personVote(p, 'for')).concat([personVote(P.rikke, 'against')]),
        [membersDissent([P.anne], 'Anne Lund er enig.'), membersDissent([P.karen], 'Karen Holm var ikke der.')],
      )] })],
    }));
    const dissents = findings(majority).filter((f) => f.includes('invalid_dissent'));
    expect(dissents[0]).toMatch(/^error invalid_dissent Punkt 7 »Lokalplan for havnen«: .*Anne Lund \(A\).* mindretal.*§ 13, stk\. 2/);
    expect(dissents[1]).toBe('error invalid_dissent Punkt 7 »Lokalplan for havnen«: mindretalsudtalelsen er fra Karen Holm (C), som ikke deltog i behandlingen.');
  });

  it('refuses a substitute for a member who was there, for the meeting and for one item', () => {
    const meeting = protocolMeeting({ attendance: [...rollCall().filter((a) => a.personId !== P.peter.id), present(P.peter, { substituteForPersonId: P.anne.id })] });
    expect(findings(meeting)).toEqual(['error substitute_not_needed Fremmødet: Peter Skov (V) er stedfortræder for Anne Lund (A), som var til stede under hele mødet.']);
    const forOne = withItem(9, (i) => ({ ...i, substitutes: [{ personId: P.peter.id, forPersonId: P.ib.id }] }));
    expect(findings(forOne)).toContain('error substitute_not_needed Punkt 9 »Køb af ejendommen Strandvej 4, Fjordby«: Peter Skov (V) er stedfortræder for Ib Toft (I), som hverken var fraværende eller inhabil på punktet.');
  });

  it('finds a decision taken without quorum', () => {
    const gone = [P.anne, P.ida, P.ib, P.mads, P.ole, P.vera].map((p) => ({ personId: p.id, kind: 'absent' as const, reason: null }));
    const meeting = withItem(7, (i) => ({ ...i, attendance: gone }));
    expect(findings(meeting)).toEqual(['error no_quorum Punkt 7 »Lokalplan for havnen«: udvalget var ikke beslutningsdygtigt, kun 3 af 11 medlemmer kunne deltage (mindst halvdelen skal være til stede).']);
  });
});
