import { decisionInput } from '../../../../shared/api/methods/meeting-record';
import type { Decision, Dissent, ProtocolNote, SentenceOverride, Vote as StoredVote, VoteRound } from '../../../../shared/domain/entities';
import type { DecisionOutcome, VoteMode } from '../../../../shared/domain/enums';
import { validateVotes } from '../../../../shared/logic/validate-votes';
import { dissentProblem, minorityOf, type Minority } from '../../../../shared/logic/vote-minority';
import type { PartyVote, PersonVote, Vote, VoteChoice, VoteParty, VoteProblem, Voter } from '../../../../shared/logic/vote-types';

/**
 * The decisions of one item as the meeting screen edits them: what the secretary has typed, kept
 * apart from what the API stored, so typing never waits for a save. The same effective decisions
 * feed the save (decisions:set) and the preview (the shared document model), so the preview prints
 * what the save stores: a dissent the rule refuses or a note without text is in neither.
 */

export type Tally = 'party' | 'member';

export interface DraftDissent { key: number; by: 'party' | 'members'; partyId: number | null; personIds: number[]; text: string }
export interface DraftRound {
  key: number;
  subject: string;
  /** A vote on something other than the decision itself (an amendment): the screen asks what it was. */
  amendment: boolean;
  mode: VoteMode;
  /** A counted round by party (a count per party) or by member (one choice each). */
  tally: Tally;
  partyVotes: PartyVote[];
  /** By member; in a party count, the votes of members without a party. */
  memberVotes: PersonVote[];
  dissents: DraftDissent[];
}
export interface DraftNote { key: number; personIds: number[]; text: string }
export interface DraftDecision {
  key: number;
  points: number[];
  outcome: DecisionOutcome | null;
  outcomeBody: string;
  remark: string;
  rounds: DraftRound[];
  notes: DraftNote[];
  override: SentenceOverride | null;
}

let lastKey = 0;
export const nextKey = (): number => ++lastKey;

export function draftRound(mode: VoteMode, tally: Tally = 'party', subject = ''): DraftRound {
  return { key: nextKey(), subject, amendment: subject !== '', mode, tally, partyVotes: [], memberVotes: [], dissents: [] };
}

export function draftDecision(points: number[] = []): DraftDecision {
  return { key: nextKey(), points, outcome: null, outcomeBody: '', remark: '', rounds: [], notes: [], override: null };
}

export function fromDecision(d: Decision): DraftDecision {
  return {
    key: nextKey(),
    points: [...d.points],
    outcome: d.outcome,
    outcomeBody: d.outcomeBody ?? '',
    remark: d.remark,
    override: d.override,
    notes: d.notes.map((n) => ({ key: nextKey(), personIds: [...n.personIds], text: n.text })),
    rounds: d.rounds.map((r) => {
      const partyVotes = r.votes.flatMap((v): PartyVote[] => (v.personId === null && v.partyId !== null ? [{ partyId: v.partyId, choice: v.choice, count: v.count }] : []));
      const memberVotes = r.votes.flatMap((v): PersonVote[] => (v.personId !== null ? [{ personId: v.personId, choice: v.choice }] : []));
      return {
        key: nextKey(),
        subject: r.subject ?? '',
        amendment: (r.subject ?? '').trim() !== '',
        mode: r.mode,
        tally: partyVotes.length > 0 || memberVotes.length === 0 ? 'party' : 'member',
        partyVotes,
        memberVotes,
        dissents: r.dissents.map((x) => ({ key: nextKey(), by: x.partyId !== null ? 'party' : 'members', partyId: x.partyId, personIds: [...x.personIds], text: x.text })),
      };
    }),
  };
}

/** The drafts of an item's stored decisions; one empty decision when there are none yet. */
export function draftsOf(decisions: readonly Decision[]): DraftDecision[] {
  return decisions.length > 0 ? decisions.map(fromDecision) : [draftDecision()];
}

/** The votes a round stands for: none unless counted; by party, the party counts and the votes of members without a party. */
export function votesOf(round: DraftRound, voters: readonly Voter[]): Vote[] {
  if (round.mode !== 'counted') return [];
  if (round.tally === 'member') return round.memberVotes;
  const withoutParty = new Set(voters.filter((v) => v.partyId === null).map((v) => v.personId));
  return [...round.partyVotes.filter((v) => v.count > 0), ...round.memberVotes.filter((v) => withoutParty.has(v.personId))];
}

const storedVote = (v: Vote): StoredVote =>
  ('personId' in v ? { personId: v.personId, partyId: null, choice: v.choice, count: 1 } : { personId: null, partyId: v.partyId, choice: v.choice, count: v.count });

export interface RoundCheck {
  votes: Vote[];
  problems: VoteProblem[];
  minority: Minority | null;
  /** Per dissent: why the rule refuses it (dissentProblem), or null. */
  dissentProblems: (string | null)[];
  /** Per dissent: without its givers or its text, so not saved yet. */
  dissentIncomplete: boolean[];
}

export interface DecisionCheck {
  /** Nothing chosen or typed: not saved and not printed. */
  blank: boolean;
  rounds: RoundCheck[];
  /** The API's own messages for what it would refuse (the shared zod schema), by field. */
  issues: { path: string; message: string }[];
  notesIncomplete: boolean[];
  /** Anything that keeps the item's decisions from being saved. */
  blocked: boolean;
}

const isBlank = (d: DraftDecision): boolean =>
  d.outcome === null && d.remark.trim() === '' && (d.override === null || d.override.text.trim() === '') && d.rounds.length === 0 && d.notes.length === 0;

const dissentComplete = (d: DraftDissent): boolean => d.text.trim() !== '' && (d.by === 'party' ? d.partyId !== null : d.personIds.length > 0);
const noteComplete = (n: DraftNote): boolean => n.text.trim() !== '' && n.personIds.length > 0;

function givers(d: DraftDissent): Pick<Dissent, 'partyId' | 'personIds'> {
  return d.by === 'party' ? { partyId: d.partyId, personIds: [] } : { partyId: null, personIds: d.personIds };
}

export function checkRound(round: DraftRound, voters: readonly Voter[], parties: readonly VoteParty[]): RoundCheck {
  const votes = votesOf(round, voters);
  const stored = { mode: round.mode, votes: votes.map(storedVote) };
  return {
    votes,
    problems: validateVotes(votes, voters, parties),
    minority: minorityOf(stored, voters, parties),
    dissentIncomplete: round.dissents.map((d) => !dissentComplete(d)),
    dissentProblems: round.dissents.map((d) => (dissentComplete(d) ? dissentProblem(givers(d), stored, voters, parties) : null)),
  };
}

/** One decision as decisions:set takes it, every field given. */
export interface DecisionPayload {
  points: number[];
  outcome: DecisionOutcome | null;
  outcomeBody: string | null;
  remark: string;
  override: SentenceOverride | null;
  notes: { personIds: number[]; text: string }[];
  rounds: {
    subject: string | null;
    mode: VoteMode;
    votes: ({ personId: number; choice: VoteChoice } | { partyId: number; choice: VoteChoice; count: number })[];
    dissents: { partyId: number | null; personIds: number[]; text: string }[];
  }[];
}

/** What is saved of one decision: incomplete notes and dissents, and dissents the rule refuses, left out. */
export function decisionPayload(d: DraftDecision, checks: RoundCheck[]): DecisionPayload {
  const override = d.override && d.override.text.trim() !== '' ? d.override : null;
  return {
    points: [...d.points].sort((a, b) => a - b),
    outcome: d.outcome,
    outcomeBody: d.outcome === 'recommended' || d.outcome === 'referred' ? d.outcomeBody.trim() || null : null,
    remark: d.remark,
    override,
    notes: d.notes.filter(noteComplete).map((n) => ({ personIds: n.personIds, text: n.text })),
    rounds: d.rounds.map((r, i) => {
      const check = checks[i]!;
      return {
        subject: r.subject.trim() || null,
        mode: r.mode,
        votes: check.votes.map((v) => ('personId' in v ? { personId: v.personId, choice: v.choice } : { partyId: v.partyId, choice: v.choice, count: v.count })),
        dissents: r.dissents
          .filter((_, j) => !check.dissentIncomplete[j] && check.dissentProblems[j] === null)
          .map((x) => ({ ...givers(x), text: x.text })),
      };
    }),
  };
}

export function checkDecision(d: DraftDecision, voters: readonly Voter[], parties: readonly VoteParty[]): DecisionCheck {
  const rounds = d.rounds.map((r) => checkRound(r, voters, parties));
  const blank = isBlank(d);
  const parsed = blank ? null : decisionInput.safeParse(decisionPayload(d, rounds));
  const issues = parsed && !parsed.success ? parsed.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })) : [];
  return {
    blank,
    rounds,
    issues,
    notesIncomplete: d.notes.map((n) => !noteComplete(n)),
    blocked: !blank && (issues.length > 0 || rounds.some((r) => r.problems.length > 0)),
  };
}

/** The decision as the document model reads it (ids are the drafts' keys, negative so they never meet a stored one). */
export function previewDecision(d: DraftDecision, check: DecisionCheck): Decision {
  const payload = decisionPayload(d, check.rounds);
  return {
    id: -d.key,
    points: payload.points,
    outcome: payload.outcome,
    outcomeBody: payload.outcomeBody,
    remark: payload.remark,
    override: payload.override,
    notes: payload.notes.map((n, i): ProtocolNote => ({ id: -(i + 1), text: n.text, personIds: n.personIds })),
    rounds: payload.rounds.map((r, i): VoteRound => ({
      id: -(i + 1),
      subject: r.subject,
      mode: r.mode,
      votes: check.rounds[i]!.votes.map(storedVote),
      dissents: r.dissents.map((x, j): Dissent => ({ id: -(j + 1), partyId: x.partyId, personIds: x.personIds, text: x.text })),
    })),
  };
}

/** The points already taken by another decision of the item, with that decision's number (1-based). */
export function takenPoints(drafts: readonly DraftDecision[], key: number): Map<number, number> {
  const taken = new Map<number, number>();
  drafts.forEach((d, index) => {
    if (d.key !== key) for (const p of d.points) taken.set(p, index + 1);
  });
  return taken;
}

/** A new decision's points: the first point no decision covers yet (none: the item as a whole). */
export function nextPoints(drafts: readonly DraftDecision[], pointNumbers: readonly number[]): number[] {
  const covered = new Set(drafts.flatMap((d) => d.points));
  const free = pointNumbers.find((n) => !covered.has(n));
  return free === undefined ? [] : [free];
}
