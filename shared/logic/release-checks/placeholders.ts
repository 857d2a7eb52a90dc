import { dropOverlaps, hitsOf } from './excerpt';
import type { TextHit } from './types';

/** "[indsæt beløb]", "[udfyld dato]", "[Tilføj navn på skole]"; a quotation's "[…]" is not an instruction. */
const BRACKETED = /\[[^[\]\n]{1,200}\]/gu;
const INSTRUCTION = /(?<![\p{L}])(indsæt|udfyld|tilføj)/iu;
/** "XX", "XX.XXX", "xx.xxx" as a token. */
const X_TOKEN = /(?<![\p{L}\p{N}.,])(?:XX+(?:[.,]XXX)*|xx+(?:[.,]xxx)+)(?![\p{L}\p{N}]|[.,][\p{L}\p{N}])/gu;
/** "X pct.", "X kr.", "X mio. kr.", "X,X mio. kr.", "X %". */
const X_AMOUNT = /(?<![\p{L}\p{N}])[Xx](?:,[Xx]+)?\s(?:pct\.|procent|kr\.|mio\.\s?kr\.|mia\.\s?kr\.|%)/gu;

/** Text the author meant to fill in before the agenda goes out. */
export function findPlaceholders(text: string): TextHit[] {
  const hits = [
    ...hitsOf(text, BRACKETED, (m) => INSTRUCTION.test(m[0])),
    ...hitsOf(text, X_TOKEN),
    ...hitsOf(text, X_AMOUNT),
  ];
  return dropOverlaps(hits);
}
