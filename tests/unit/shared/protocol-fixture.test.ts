import { describe, expect, it } from 'vitest';
import { roundVotes } from '../../../shared/logic/round-votes';
import { dissentProblem } from '../../../shared/logic/vote-minority';
import { validateVotes } from '../../../shared/logic/validate-votes';
import { votersForItem } from '../../../shared/logic/voters-for-item';
import { parties, people, protocolMeeting } from '../../fixtures/document/protocol-fixture';

describe('the protocol fixture', () => {
  const meeting = protocolMeeting();
  it('holds only votes the checks accept and dissents from the outvoted minority', () => {
    for (const item of meeting.items) {
      const voters = votersForItem(meeting, item, people);
      for (const round of item.decisions.flatMap((d) => d.rounds)) {
        expect(validateVotes(roundVotes(round.votes), voters, parties), `punkt ${item.number}`).toEqual([]);
        for (const dissent of round.dissents) expect(dissentProblem(dissent, round, voters, parties), `punkt ${item.number}`).toBeNull();
      }
    }
  });

  it('counts every seat on a counted vote (nobody present is left out of it)', () => {
    for (const item of meeting.items) {
      const eligible = votersForItem(meeting, item, people).filter((v) => v.present && v.hasVote && !v.disqualified).length;
      for (const round of item.decisions.flatMap((d) => d.rounds).filter((r) => r.mode === 'counted')) {
        expect(round.votes.reduce((n, v) => n + v.count, 0), `punkt ${item.number}`).toBe(eligible);
      }
    }
  });
});
