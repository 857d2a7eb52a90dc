import type { Item } from '../../domain/entities';
import { contentToPlainText } from '../../content/plain-text';

/** One piece of an item's text and how a message names where it sits. */
export interface ItemText {
  /** Danish, e.g. "afsnittet »Økonomi«". */
  where: string;
  text: string;
  sectionKey?: string;
}

/** Everything an item says: title, sections, recommendation points, notices and a member's request. */
export function itemTexts(item: Item): ItemText[] {
  const texts: ItemText[] = [{ where: 'titlen', text: item.title }];
  for (const s of item.sections) texts.push({ where: `afsnittet »${s.heading}«`, text: contentToPlainText(s.content), sectionKey: s.key });
  for (const p of item.points) texts.push({ where: `indstillingspunkt ${p.number}`, text: p.text, sectionKey: RECOMMENDATION_KEY });
  item.notices.forEach((n, i) =>
    texts.push({ where: `meddelelse ${i + 1} »${n.title}«`, text: `${n.title}\n${contentToPlainText(n.content)}` }),
  );
  if (item.request) texts.push({ where: 'anmodningen', text: item.request.text });
  return texts.filter((t) => t.text.trim().length > 0);
}

export const RECOMMENDATION_KEY = 'indstilling';

/** "Punkt 4 »Ny cykelsti«" — how every message starts. */
export const itemLabel = (item: Item): string => `Punkt ${item.number} »${item.title}«`;
