import type { Voter, VoteParty } from '../../../shared/logic/vote-types';

export const parties: VoteParty[] = [
  { id: 1, letter: 'A' },
  { id: 2, letter: 'B' },
  { id: 3, letter: 'C' },
  { id: 4, letter: 'F' },
  { id: 5, letter: 'I' },
  { id: 6, letter: 'O' },
  { id: 7, letter: 'V' },
  { id: 8, letter: 'Ø' },
  { id: 9, letter: 'Å' },
];

function voter(personId: number, name: string, partyId: number | null, extra: Partial<Voter> = {}): Voter {
  const partyLetter = parties.find((party) => party.id === partyId)?.letter ?? null;
  return { personId, name, partyId, partyLetter, hasVote: true, present: true, disqualified: false, ...extra };
}

/** Nine members; Lomholt (C) is absent, so eight may vote, two of them for V. */
export const voters: Voter[] = [
  voter(101, 'Anne Andersen', 1),
  voter(102, 'Bent Bøgh', 1),
  voter(103, 'Birte Ærø', 2),
  voter(104, 'Karsten Lomholt', 3, { present: false }),
  voter(105, 'Frede Frost', 4),
  voter(106, 'Ida Iversen', 5),
  voter(107, 'Curt Købsted', 6),
  voter(108, 'Vagn Vestergaard', 7),
  voter(109, 'Vibeke Østergaard', 7),
];
