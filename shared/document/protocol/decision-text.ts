import type { Decision, Item, VoteRound } from '../../domain/entities';
import type { Voter } from '../../logic/vote-types';
import type { ProtocolContext } from './context';
import { outcomeParticiple, outcomePhrase } from './outcome-words';
import { namesItsPoint, pointsPrefix } from './points';
import { capitalize, cleanRemark, endSentence, isAtClause, joinsWithComma, withRemark } from './sentence';
import {
  abstainSentence, countRound, countWithWho, coveringDissent, dissentSentences, idet, losingSideSentences, plainCount,
  votesWord, whoSuffix, type CountedRound, type Side,
} from './vote-sentences';
import { itemVoters } from './item-voters';

type DecisionFacts = Pick<Decision, 'points' | 'outcome' | 'outcomeBody' | 'remark' | 'rounds'>;

/**
 * The generated text of one decision, as the minutes print it unless the secretary wrote it by
 * hand: the points it covers ("Ad 1." / "Ad 1 + 2)"), then its vote rounds in the order taken
 * (an amendment first, each on its own line), the decision's own sentence stating its vote, and
 * the minority's dissent joined to the vote it lost. No separate vote line: the sentence says it.
 */
export function decisionText(decision: DecisionFacts, item: Pick<Item, 'position' | 'attendance' | 'substitutes'>, context: ProtocolContext): string {
  const voters = itemVoters(item, context);
  const decisive = decisiveRoundIndex(decision.rounds);
  const lines: string[] = [];
  decision.rounds.forEach((round, index) => {
    lines.push(index === decisive ? decisionSentence(decision, round, voters, context) : subjectRoundSentence(round, voters, context));
  });
  if (decisive < 0) lines.push(decisionSentence(decision, null, voters, context));
  const body = lines.filter((l) => l !== '').join('\n');
  const prefix = pointsPrefix(decision.points);
  if (!prefix || (decision.outcome === null && decision.rounds.length === 0 && namesItsPoint(body))) return body;
  return body === '' ? prefix : `${prefix} ${body}`;
}

/** The round on the decision itself: the last without a subject of its own (amendments come first). */
function decisiveRoundIndex(rounds: readonly VoteRound[]): number {
  for (let i = rounds.length - 1; i >= 0; i -= 1) if (!rounds[i]!.subject?.trim()) return i;
  return -1;
}

function decisionSentence(decision: DecisionFacts, round: VoteRound | null, voters: readonly Voter[], context: ProtocolContext): string {
  const remark = cleanRemark(decision.remark);
  if (!round || round.mode === 'without_vote') return plainSentence(decision, remark);
  if (round.mode === 'unanimous') return unanimousSentence(decision, remark);
  return countedSentence(decision, remark, countRound(round, voters, context), voters, context);
}

/** Uden afstemning, or no vote recorded: the outcome with its remark, or the remark alone. */
function plainSentence(decision: DecisionFacts, remark: string): string {
  if (decision.outcome === null) {
    // An "at …" clause alone is no sentence; "Besluttet, at …" is how the minutes write it.
    return isAtClause(remark) ? endSentence(`Besluttet, ${remark}`) : endSentence(remark);
  }
  return withRemark(outcomePhrase(decision.outcome, decision.outcomeBody), remark);
}

/** "Enstemmigt godkendt." · "Enstemmigt anbefalet over for Økonomiudvalget, idet …" · "Enstemmigt besluttet, at …". */
function unanimousSentence(decision: DecisionFacts, remark: string): string {
  if (decision.outcome === null) {
    if (isAtClause(remark)) return endSentence(`Enstemmigt besluttet, ${remark}`);
    return remark === '' ? 'Enstemmigt vedtaget.' : `${endSentence(remark)} Beslutningen var enstemmig.`;
  }
  const participle = outcomeParticiple(decision.outcome, decision.outcomeBody);
  if (participle === null) return plainSentence(decision, remark);
  return withRemark(`Enstemmigt ${participle}`, remark);
}

/**
 * A counted vote stated in the decision's sentence: "Godkendt med et flertal bestående af 5 (A, B,
 * F og I). Imod stemmer 2 (O og V), idet …" (a rejection the same way, its majority voting against);
 * "Med 7 stemmer besluttet, at …. A stemmer imod, idet …" for an "at …" decision. When the outcome
 * and the count disagree (approved, but more against) the count is printed as it is, claiming no majority.
 */
function countedSentence(decision: DecisionFacts, remark: string, round: CountedRound, voters: readonly Voter[], context: ProtocolContext): string {
  const { outcome } = decision;
  const { tally } = round;
  const abstain = abstainSentence(tally);
  const sentences: string[] = [];

  if ((outcome === null || outcome === 'approved') && isAtClause(remark) && round.adopted) {
    sentences.push(endSentence(`Med ${votesWord(tally.for)} besluttet, ${remark}`));
    sentences.push(...losingSideSentences(round, voters, context));
    if (abstain) sentences.push(abstain);
    return sentences.join(' ');
  }

  const participle = outcome === null ? null : outcomeParticiple(outcome, decision.outcomeBody);
  const winning: Side = outcome === 'rejected' ? 'against' : 'for';
  const consistent = outcome === 'rejected' ? !round.adopted : round.adopted;
  if (participle === null || !consistent) {
    const lead = plainSentence(decision, remark);
    sentences.push(...[lead, plainCount(tally)].filter((s) => s !== ''));
    sentences.push(...dissentSentences(round, null, voters, context));
    return sentences.join(' ');
  }

  const losingCount = tally.byChoice[round.losing].count;
  const majority = losingCount === 0
    ? `med ${votesWord(tally.byChoice[winning].count)} ${winning === 'for' ? 'for' : 'imod'}${whoSuffix(tally, winning)}`
    : `med et flertal bestående af ${countWithWho(tally, winning)}`;
  const head = `${capitalize(participle)} ${majority}`;
  const joined = joinsWithComma(remark);
  sentences.push(endSentence(joined ? `${head}, ${remark}` : head));
  const covering = coveringDissent(round, voters, context);
  if (losingCount > 0) {
    sentences.push(`${round.losing === 'against' ? 'Imod' : 'For'} stemmer ${countWithWho(tally, round.losing)}${covering ? idet(covering) : ''}.`);
  }
  sentences.push(...dissentSentences(round, losingCount > 0 ? covering : null, voters, context));
  if (abstain) sentences.push(abstain);
  if (!joined && remark !== '') sentences.push(endSentence(remark));
  return sentences.join(' ');
}

/**
 * A vote on something other than the decision itself, named by its subject: "Ændringsforslag fra V:
 * For stemte 2 (V). Imod stemte 5 (A, B og F). Forslaget faldt." The past tense of the count and
 * "Forslaget faldt" / "Forslaget blev vedtaget" are how Danish councils record a vote on an
 * amendment; "Forslaget" rather than repeating the subject, since the subject is free text.
 */
function subjectRoundSentence(round: VoteRound, voters: readonly Voter[], context: ProtocolContext): string {
  const subject = (round.subject ?? '').trim().replace(/:+$/, '') || 'Afstemning';
  if (round.mode === 'unanimous') return `${subject}: Enstemmigt vedtaget.`;
  if (round.mode === 'without_vote') return `${subject}: Vedtaget uden afstemning.`;
  const counted = countRound(round, voters, context);
  const count = plainCount(counted.tally);
  return [`${subject}:`, count, counted.adopted ? 'Forslaget blev vedtaget.' : 'Forslaget faldt.', ...dissentSentences(counted, null, voters, context)]
    .filter((s) => s !== '')
    .join(' ');
}
