import type { ContentDoc } from '../../../shared/content/content-model';
import type { Item } from '../../../shared/domain/entities';
import type { Api } from '../create-api';
import { addBilag, type DemoBilag } from './demo-bilag';

/** The keys of the default section template (committee-service's defaultSectionTemplate). */
export type SectionKey = 'resume' | 'indstilling' | 'sagsfremstilling' | 'lovgrundlag' | 'oekonomi' | 'beslutningskompetence' | 'kommunikation' | 'hoering';

/** An item as the secretary writes it: title, case number, section texts, points and bilag. */
export interface DemoItem {
  title: string;
  caseNumber?: string;
  isClosed?: boolean;
  /** What the public editions show of a closed item. */
  publicTitle?: string;
  /** For a member's request: who asked, when, and the request as quoted. */
  request?: { personId: number; requestedOn: string; text: string };
  sections: Partial<Record<SectionKey, ContentDoc>>;
  points?: { text: string; decisionAuthority: string }[];
  bilag?: DemoBilag[];
}

/**
 * Creates the item before "Eventuelt" and fills it through the API, one call per change.
 * Returns the item as it stood before its bilag were added (the caller needs only its id and number).
 */
export async function addDemoItem(api: Api, meetingId: number, item: DemoItem): Promise<Item> {
  let created = await api.invoke('items:create', {
    meetingId,
    title: item.title,
    kind: item.request ? 'member_request' : 'ordinary',
    isClosed: item.isClosed ?? false,
    caseNumber: item.caseNumber ?? null,
    request: item.request ?? null,
  });
  // In the order of the committee's template, as the editor would save them.
  for (const section of created.sections) {
    const content = item.sections[section.key as SectionKey];
    if (content) created = await api.invoke('sections:update', { itemId: created.id, key: section.key, content });
  }
  if (item.publicTitle) created = await api.invoke('items:update', { id: created.id, publicTitle: item.publicTitle });
  if (item.points) created = await api.invoke('points:set', { itemId: created.id, points: item.points });
  for (const bilag of item.bilag ?? []) await addBilag(api, created.id, bilag);
  return created;
}

/** The meeting's standard item of a kind (Godkendelse af dagsorden, Meddelelser, Eventuelt). */
export function standardItem(items: readonly Item[], kind: Item['kind']): Item {
  const item = items.find((i) => i.kind === kind);
  if (!item) throw new Error(`Demodata: mødet mangler standardpunktet "${kind}".`);
  return item;
}
