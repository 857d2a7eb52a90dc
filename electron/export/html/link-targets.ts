import { WORDS } from '../../../shared/document/wording';

/**
 * Chromium only knows the body, not where the bilag will land, so the TOC and Bilagsfortegnelse
 * link to placeholder URLs on a reserved domain (.invalid never resolves). The packet compiler
 * finds these link annotations, with the rectangles Chromium measured, and turns each into a
 * GoTo to the right page of the merged packet; none survives as a URL.
 */
export const LINK_PREFIX = 'https://dagsorden.invalid/';

export const itemLink = (itemNumber: number): string => `${LINK_PREFIX}punkt/${itemNumber}`;
export const bilagLink = (attachmentId: number): string => `${LINK_PREFIX}bilag/${attachmentId}`;

export type LinkTarget = { kind: 'item'; itemNumber: number } | { kind: 'bilag'; attachmentId: number };

export function parseLinkTarget(url: string): LinkTarget | null {
  if (!url.startsWith(LINK_PREFIX)) return null;
  const match = /^(punkt|bilag)\/(\d+)$/.exec(url.slice(LINK_PREFIX.length));
  if (!match) return null;
  const id = Number(match[2]);
  return match[1] === 'punkt' ? { kind: 'item', itemNumber: id } : { kind: 'bilag', attachmentId: id };
}

/** Outline titles Chromium builds from the h2 headings; the compiler reads item pages from them. */
export const itemHeadingPrefix = (itemNumber: number): string => `Punkt ${itemNumber}`;
export const SIGNATURE_HEADING = WORDS.signatureHeading;
export const TOC_HEADING = WORDS.tocHeading;
