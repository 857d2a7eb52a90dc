import type { Decision, Item } from '../../domain/entities';
import { joinDanish } from '../../format/join-names';
import type { DocumentDecision } from '../types';
import { WORDS } from '../wording';
import { compactDecisionText } from './compact-decisions';
import { memberLabeller, type ProtocolContext } from './context';
import { decisionText } from './decision-text';
import { printedText, type PrintedText } from './overrides';
import { firstPoint } from './points';
import { presenceLines } from './presence-lines';

type ProtocolItem = Pick<Item, 'id' | 'position' | 'attendance' | 'substitutes' | 'decisions' | 'presenceOverride'>;

/** The text generated for one decision now: what the screen stores as the basis when the secretary writes it by hand. */
export function generatedDecisionText(decision: Decision, item: Pick<Item, 'position' | 'attendance' | 'substitutes'>, context: ProtocolContext): string {
  return decisionText(decision, item, context);
}

/** The item's presence lines as generated now, one per line: the basis of a hand-written presence text. */
export function generatedPresenceText(item: Pick<Item, 'id' | 'position' | 'attendance' | 'substitutes'>, context: ProtocolContext): string {
  return presenceLines(item, context).join('\n');
}

/**
 * The item's decisions as printed, in the order of their points (the whole item first), each with
 * its protocol notes right after it; the compact "Punkterne 1, 3 og 4: Godkendt." line when they
 * are all plain outcomes.
 */
export function protocolDecisions(item: ProtocolItem, context: ProtocolContext): DocumentDecision[] {
  const decisions = [...item.decisions].sort((a, b) => firstPoint(a.points) - firstPoint(b.points));
  const compact = compactDecisionText(decisions);
  if (compact !== null) return [{ decisionIds: decisions.map((d) => d.id), text: compact, overridden: false, stale: false, notes: [] }];
  const label = memberLabeller(context);
  return decisions.map((d) => {
    const printed = printedText(decisionText(d, item, context), d.override);
    return {
      decisionIds: [d.id],
      ...printed,
      notes: d.notes.map((n) => ({
        label: n.personIds.length > 0 ? `${WORDS.protocolNote} fra ${joinDanish(n.personIds.map(label))}` : WORDS.protocolNote,
        text: n.text,
      })),
    };
  });
}

/** The presence lines as printed: generated, or the secretary's own (one line each), flagged when the roll call changed under them. */
export function protocolPresence(item: ProtocolItem, context: ProtocolContext): PrintedText & { lines: string[] } {
  const printed = printedText(generatedPresenceText(item, context), item.presenceOverride);
  return { ...printed, lines: printed.text.split('\n').map((l) => l.trim()).filter((l) => l !== '') };
}
