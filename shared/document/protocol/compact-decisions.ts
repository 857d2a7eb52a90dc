import type { Decision } from '../../domain/entities';
import { firstPoint, pointsLabel } from './points';
import { outcomePhrase } from './outcome-words';

/**
 * Several decisions on points that are plain outcomes — no counted or unanimous vote, no remark,
 * no hand-written text, no protocol note — print as one line grouped by outcome, in the order of
 * their first point: "Punkterne 1, 3 og 4: Godkendt. Punkt 2: Anbefales." Null when the item's
 * decisions do not all qualify, or there is only one.
 */
export function compactDecisionText(decisions: readonly Decision[]): string | null {
  if (decisions.length < 2 || !decisions.every(isPlain)) return null;
  const groups = new Map<string, { phrase: string; points: number[] }>();
  for (const d of decisions) {
    const phrase = outcomePhrase(d.outcome!, d.outcomeBody);
    const group = groups.get(phrase) ?? { phrase, points: [] };
    group.points.push(...d.points);
    groups.set(phrase, group);
  }
  return [...groups.values()]
    .sort((a, b) => firstPoint(a.points) - firstPoint(b.points))
    .map((g) => `${pointsLabel(g.points)}: ${g.phrase}.`)
    .join(' ');
}

function isPlain(d: Decision): boolean {
  return d.points.length > 0 && d.outcome !== null && d.remark.trim() === '' && d.override === null && d.notes.length === 0
    && d.rounds.every((r) => r.mode === 'without_vote');
}
