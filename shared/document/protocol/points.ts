import { joinDanish } from '../../format/join-names';

const sorted = (points: readonly number[]): number[] => [...new Set(points)].sort((a, b) => a - b);

/** "Ad 1." for one point, "Ad 1 + 2)" for several; null for a decision on the whole item. */
export function pointsPrefix(points: readonly number[]): string | null {
  const list = sorted(points);
  if (list.length === 0) return null;
  return list.length === 1 ? `Ad ${list[0]}.` : `Ad ${list.join(' + ')})`;
}

/** "Punkt 2", "Punkterne 1, 3 og 4": the compact form's label. */
export function pointsLabel(points: readonly number[]): string {
  const list = sorted(points);
  return list.length === 1 ? `Punkt ${list[0]}` : `Punkterne ${joinDanish(list.map(String))}`;
}

/** A hand-written decision that already says which point it is about ("Ad 2 …", "Punkt 3: …"). */
export const namesItsPoint = (text: string): boolean => /^(ad\.?|punkt(erne)?)\s*\d/i.test(text.trim());

/** The lowest point a decision covers, for putting decisions in the order of the points (0: the whole item). */
export const firstPoint = (points: readonly number[]): number => (points.length === 0 ? 0 : Math.min(...points));
