import type { Api } from '../../electron/services/create-api';
import { demoCalendar } from '../../electron/services/demo/demo-calendar';
import { TEKNIKUDVALGET } from '../../electron/services/demo/demo-committees';
import type { DemoItem, SectionKey } from '../../electron/services/demo/demo-item';
import {
  budgetopfoelgningSamletItem, daginstitutionItem, havnevejItem, itDriftItem, laaneoptagelseItem, moedeplanItem,
} from '../../electron/services/demo/demo-items-oekonomi';
import { beskaeftigelsesplanItem, havnefestivalItem, sygedagpengeItem, udbudItem } from '../../electron/services/demo/demo-items-erhverv';

/**
 * A planned Teknik- og Miljøudvalget meeting for the benchmarks, made through the API: the
 * committee's standard items plus ordinary items, up to `itemCount` in all, cycling through the
 * demo's realistic items (every section and recommendation point filled). Case numbers are unique,
 * so no prior decisions are copied. Returns the committee, the meeting and its ordinary items in
 * agenda order.
 */
export async function createBenchMeeting(
  api: Api, itemCount: number, isClosed: (n: number, ordinaryCount: number) => boolean,
): Promise<{ committeeId: number; meetingId: number; ordinaryItemIds: number[] }> {
  const c = demoCalendar();
  const committee = (await api.invoke('committees:list', {})).find((x) => x.name === TEKNIKUDVALGET);
  if (!committee) throw new Error(`bench: ${TEKNIKUDVALGET} mangler i demodata`);
  const meeting = await api.invoke('meetings:create', { committeeId: committee.id, date: c.upcomingDate, startTime: '15:00', place: 'Mødelokale 2' });
  const templates: DemoItem[] = [
    budgetopfoelgningSamletItem(c), daginstitutionItem(c), laaneoptagelseItem(c), itDriftItem(c), moedeplanItem(c),
    havnevejItem(c), beskaeftigelsesplanItem(c), udbudItem(c), havnefestivalItem(c), sygedagpengeItem(c),
  ];
  const ordinaryCount = itemCount - meeting.items.length;
  const ordinaryItemIds: number[] = [];
  for (let n = 0; n < ordinaryCount; n++) {
    const template = templates[n % templates.length]!;
    // Created before "Eventuelt", as the app does.
    let item = await api.invoke('items:create', {
      meetingId: meeting.id,
      title: `${template.title} (${n + 1})`,
      kind: 'ordinary',
      isClosed: isClosed(n, ordinaryCount),
      caseNumber: `${c.casePrefix}.${String(n).padStart(2, '0')}.00-P20-${n + 1}-${c.casePrefix}`,
    });
    for (const section of item.sections) {
      const content = template.sections[section.key as SectionKey];
      if (content) item = await api.invoke('sections:update', { itemId: item.id, key: section.key, content });
    }
    if (template.points) await api.invoke('points:set', { itemId: item.id, points: template.points });
    ordinaryItemIds.push(item.id);
  }
  return { committeeId: committee.id, meetingId: meeting.id, ordinaryItemIds };
}
