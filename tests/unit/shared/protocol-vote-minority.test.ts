import { describe, expect, it } from 'vitest';
import { dissentProblem, minorityOf } from '../../../shared/logic/vote-minority';
import { votersForItem } from '../../../shared/logic/voters-for-item';
import { counted, P, parties, partyDissent, partyVote, people, personVote, protocolItems, protocolMeeting, unanimous } from '../../fixtures/document/protocol-fixture';

const meeting = protocolMeeting();
const item5 = protocolItems()[4]!;
const voters = votersForItem(meeting, item5, people);
const round = item5.decisions[0]!.rounds[0]!;
const partyId = (letter: string) => parties.find((p) => p.letter === letter)!.id;

describe('the outvoted minority (§ 13 stk. 2)', () => {
  it('is the side against a carried proposal: its parties and, for a block vote, the party\'s members', () => {
    const minority = minorityOf(round, voters, parties)!;
    expect(minority).toMatchObject({ adopted: true, side: 'against', partyIds: [partyId('A')] });
    expect(minority.personIds.sort()).toEqual([P.anne.id, P.jens.id]);
  });

  it('is the side for a proposal that fell, also on a tie; abstainers are on neither side', () => {
    const tie = counted([personVote(P.anne, 'for'), personVote(P.mads, 'against'), personVote(P.ib, 'abstain')]);
    expect(minorityOf(tie, voters, parties)).toMatchObject({ adopted: false, side: 'for', personIds: [P.anne.id], partyIds: [partyId('A')] });
  });

  it('refuses a dissent from the majority, from an abstainer, and on a unanimous vote, with the rule', () => {
    expect(dissentProblem(partyDissent('A', 'x'), round, voters, parties)).toBeNull();
    expect(dissentProblem({ partyId: null, personIds: [P.jens.id] }, round, voters, parties)).toBeNull();
    expect(dissentProblem(partyDissent('V', 'x'), round, voters, parties))
      .toBe('Parti V er ikke i mindretallet, der stemte imod: kun et medlem eller et parti i det overstemte mindretal kan få sin afvigende mening ført til protokols (kommunestyrelseslovens § 13, stk. 2).');
    expect(dissentProblem({ partyId: null, personIds: [P.rikke.id] }, round, voters, parties)).toMatch(/^Rikke Holt \(Ø\) er ikke i mindretallet, der stemte imod: /);
    expect(dissentProblem({ partyId: null, personIds: [P.anne.id] }, unanimous(), voters, parties)).toMatch(/^Beslutningen blev truffet enstemmigt, så der er intet mindretal/);
  });

  it('lets a member of a split party dissent only when the party has votes on the losing side', () => {
    const split = counted([partyVote('V', 'for', 2), partyVote('V', 'against', 1), partyVote('A', 'for', 2), partyVote('O', 'against', 1)]);
    expect(dissentProblem({ partyId: null, personIds: [P.vera.id] }, split, voters, parties)).toBeNull();
    expect(dissentProblem({ partyId: null, personIds: [P.anne.id] }, split, voters, parties)).toMatch(/^Anne Lund \(A\) er ikke i mindretallet/);
  });
});
