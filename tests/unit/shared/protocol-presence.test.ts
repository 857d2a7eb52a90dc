import { describe, expect, it } from 'vitest';
import type { Item, MeetingDetail } from '../../../shared/domain/entities';
import { presenceLines } from '../../../shared/document';
import { item, members, P, parties, people, present, protocolContext, protocolItems, protocolMeeting } from '../../fixtures/document/protocol-fixture';

const context = protocolContext();
const items = protocolItems();
const linesOf = (n: number) => presenceLines(items[n - 1]!, context);
const SUBSTITUTE = 'Søren Vang (B) deltog som stedfortræder for Lise Dahl (B).';

/** A meeting where everyone came but the members given, for the single forms. */
function meetingWithout(absent: number[], over: Partial<MeetingDetail> = {}): MeetingDetail {
  return protocolMeeting({
    attendance: members.filter((m) => m.role !== 'stedfortraeder').map((m) => (absent.includes(m.personId) ? { ...present(people.find((p) => p.id === m.personId)!), status: 'apologies' as const } : present(people.find((p) => p.id === m.personId)!))),
    ...over,
  });
}
const single = (meeting: MeetingDetail, on: Item = item(3)) => presenceLines(on, { meeting, people, parties });

describe('presence lines', () => {
  it('writes one absent member "Karen Holm (C) var fraværende."', () => {
    expect(single(meetingWithout([P.karen.id]))).toEqual(['Karen Holm (C) var fraværende.']);
  });

  it('writes two absent members "… (C) og … (O) var fraværende." in the committee\'s order', () => {
    expect(single(meetingWithout([P.mads.id, P.karen.id]))).toEqual(['Karen Holm (C) og Mads Kjær (O) var fraværende.']);
  });

  it('counts a member replaced by a substitute as absent, and prints the substitute', () => {
    expect(linesOf(3)).toEqual(['Lise Dahl (B) og Karen Holm (C) var fraværende.', SUBSTITUTE]);
  });

  it('counts a late arrival as absent before the item of arrival and writes the arrival during it', () => {
    expect(linesOf(1)).toEqual(['Lise Dahl (B), Karen Holm (C) og Ida Berg (F) var fraværende.', SUBSTITUTE]);
    expect(linesOf(2)).toEqual(['Lise Dahl (B) og Karen Holm (C) var fraværende.', 'Ida Berg (F) ankom under behandlingen af punktet.', SUBSTITUTE]);
  });

  it('writes a member leaving during the item, and absent after it', () => {
    expect(linesOf(6)).toEqual(['Lise Dahl (B) og Karen Holm (C) var fraværende.', 'Jens Lund (A) forlod mødet under behandlingen af punktet.', SUBSTITUTE]);
    expect(linesOf(7)).toEqual(['Jens Lund (A), Lise Dahl (B) og Karen Holm (C) var fraværende.', SUBSTITUTE]);
  });

  it('writes § 14 without the reason, which stays in the data', () => {
    expect(linesOf(4)).toEqual([
      'Lise Dahl (B) og Karen Holm (C) var fraværende.',
      'Ole Nør (V) deltog ikke i behandlingen af punktet på grund af inhabilitet.',
      SUBSTITUTE,
    ]);
    expect(items[3]!.attendance[0]!.reason).toBe('Hans svoger ejer grunden');
  });

  it('writes a substitute for one item after the meeting\'s substitutes; the disqualified member is not "fraværende"', () => {
    expect(linesOf(9)).toEqual([
      'Jens Lund (A), Lise Dahl (B) og Karen Holm (C) var fraværende.',
      'Carl Mose (V) deltog ikke i behandlingen af punktet på grund af inhabilitet.',
      SUBSTITUTE,
      'Peter Skov (V) deltog som stedfortræder for Carl Mose (V).',
    ]);
  });

  it('joins several members on one line per kind, in the order absent, left, arrived, § 14, substitutes', () => {
    const busy = item(3, {
      attendance: [
        { personId: P.ole.id, kind: 'disqualified', reason: null }, { personId: P.ib.id, kind: 'arrived', reason: null },
        { personId: P.vera.id, kind: 'left', reason: null }, { personId: P.anne.id, kind: 'left', reason: null },
        { personId: P.rikke.id, kind: 'absent', reason: null }, { personId: P.carl.id, kind: 'disqualified', reason: null },
      ],
    });
    expect(presenceLines(busy, context)).toEqual([
      'Lise Dahl (B), Karen Holm (C) og Rikke Holt (Ø) var fraværende.',
      'Anne Lund (A) og Vera Lind (V) forlod mødet under behandlingen af punktet.',
      'Ib Toft (I) ankom under behandlingen af punktet.',
      'Ole Nør (V) og Carl Mose (V) deltog ikke i behandlingen af punktet på grund af inhabilitet.',
      SUBSTITUTE,
    ]);
  });

  it('prints a member without a party by name only', () => {
    const task = protocolMeeting({
      members: [...members, { id: 30, committeeId: 1, personId: P.hanne.id, personName: P.hanne.name, partyLetter: null, role: 'medlem', hasVote: true, fromDate: '2026-01-01', toDate: null }],
    });
    task.attendance = [...task.attendance, { ...present(P.hanne), status: 'apologies' }];
    expect(presenceLines(item(3), { meeting: task, people, parties })[0]).toBe('Lise Dahl (B), Karen Holm (C) og Hanne Borg var fraværende.');
  });

  it('prints nothing while no roll call is recorded and nobody is noted on the item', () => {
    expect(single(protocolMeeting({ attendance: [] }))).toEqual([]);
  });
});
