import { danishCount } from '../domain/text-limits';

export interface ContentLimits { characters: number; nodes: number; depth: number }

export interface ContentMeasure { characters: number; nodes: number; depth: number }

/**
 * Characters of text, nodes and the deepest node level of a content tree (the document itself is
 * level 0), walked with a stack of its own rather than recursion, following only `content`
 * arrays (the only way the schema nests). Stops early once the depth or node limit is passed, when
 * given; the characters are then a lower bound.
 */
export function measureContent(value: unknown, stopAt?: ContentLimits): ContentMeasure {
  const measure: ContentMeasure = { characters: 0, nodes: 0, depth: 0 };
  const stack: { node: unknown; depth: number }[] = [{ node: value, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (typeof node !== 'object' || node === null) continue;
    if (depth > 0) measure.nodes += 1;
    if (depth > measure.depth) measure.depth = depth;
    const { text, content } = node as { text?: unknown; content?: unknown };
    if (typeof text === 'string') measure.characters += text.length;
    if (stopAt && (measure.depth > stopAt.depth || measure.nodes > stopAt.nodes)) break;
    if (Array.isArray(content)) {
      for (let i = content.length - 1; i >= 0; i--) stack.push({ node: content[i], depth: depth + 1 });
    }
  }
  return measure;
}

/** The Danish reason a tree is too big or too deep to keep, naming the field (`what`); null when it fits. */
export function contentLimitProblem(value: unknown, what: string, limits: ContentLimits): string | null {
  const measure = measureContent(value, limits);
  if (measure.depth > limits.depth) {
    return `${what} er indlejret for dybt (mere end ${limits.depth} niveauer af lister og tabeller inden i hinanden).`;
  }
  if (measure.nodes > limits.nodes) {
    return `${what} har for mange dele (afsnit, listepunkter, tabelceller, formateringer): højst ${danishCount(limits.nodes)}.`;
  }
  if (measure.characters > limits.characters) {
    return `${what} må højst have ${danishCount(limits.characters)} tegn (har ${danishCount(measure.characters)}).`;
  }
  return null;
}
