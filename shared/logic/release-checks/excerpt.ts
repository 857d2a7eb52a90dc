import type { TextHit } from './types';

const CONTEXT = 20;

/** About 40 characters around a hit, on one line, with "…" where the text was cut. */
export function excerptAround(text: string, hit: TextHit): string {
  const start = Math.max(0, hit.index - CONTEXT);
  const end = Math.min(text.length, hit.index + hit.length + CONTEXT);
  const body = text.slice(start, end).replace(/\s+/g, ' ').trim();
  return `${start > 0 ? '…' : ''}${body}${end < text.length ? '…' : ''}`;
}

/** Every match of a global regular expression as a hit. */
export function hitsOf(text: string, pattern: RegExp, accept: (match: RegExpExecArray) => boolean = () => true): TextHit[] {
  const hits: TextHit[] = [];
  const re = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    if (accept(m)) hits.push({ index: m.index, length: m[0].length });
  }
  return hits;
}

/** One hit per place: "[indsæt XX kr.]" is one placeholder, not three. */
export function dropOverlaps(hits: TextHit[]): TextHit[] {
  const sorted = [...hits].sort((a, b) => a.index - b.index || b.length - a.length);
  const kept: TextHit[] = [];
  for (const hit of sorted) {
    const last = kept[kept.length - 1];
    if (last && hit.index < last.index + last.length) continue;
    kept.push(hit);
  }
  return kept;
}
