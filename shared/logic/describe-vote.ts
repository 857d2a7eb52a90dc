import { joinDanish } from '../format/join-names';
import type { ChoiceTally, VoteTally } from './vote-types';

/**
 * The vote as minutes print it: 'For stemte 5 (A, B, F og I). Imod stemte 2 (O og V).
 * Undlod at stemme: 1 (C).' Empty groups are left out; '' when nobody voted. Whether a
 * result is "Enstemmigt" is the caller's wording to choose.
 */
export function describeVote(tally: VoteTally): string {
  const sentences: string[] = [];
  const { for: yes, against, abstain } = tally.byChoice;
  if (yes.count > 0) sentences.push(`For stemte ${yes.count}${who(yes)}.`);
  if (against.count > 0) sentences.push(`Imod stemte ${against.count}${who(against)}.`);
  if (abstain.count > 0) sentences.push(`Undlod at stemme: ${abstain.count}${who(abstain)}.`);
  return sentences.join(' ');
}

function who(group: ChoiceTally): string {
  const labels = [...group.partyLetters, ...group.withoutParty];
  return labels.length > 0 ? ` (${joinDanish(labels)})` : '';
}
