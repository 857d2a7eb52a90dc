import type { SentenceOverride } from '../../domain/entities';

/** What the minutes print where the secretary may write by hand. */
export interface PrintedText {
  text: string;
  /** Written by hand in place of the generated text. */
  overridden: boolean;
  /** Written by hand, and the generated text has changed since (the screen flags it). */
  stale: boolean;
}

/**
 * The hand-written text when there is one, flagged stale when what would be generated now differs
 * from what was generated when it was written (its basis). Whitespace at the ends does not count.
 */
export function printedText(generated: string, override: SentenceOverride | null): PrintedText {
  if (!override) return { text: generated, overridden: false, stale: false };
  return { text: override.text, overridden: true, stale: override.basis.trim() !== generated.trim() };
}
