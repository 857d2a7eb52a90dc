import type { Api } from '../create-api';
import { demoCalendar } from './demo-calendar';
import { createCommittees } from './demo-committees';
import { createMunicipalityAndPeople } from './demo-people';
import { createHeldErhvervMeeting } from './demo-meeting-erhverv';
import { createUpcomingOekonomiMeeting } from './demo-meeting-oekonomi';

export { DEFAULT_DEMO_TODAY } from './demo-calendar';

export interface DemoOptions {
  /** The demo's "today" as 'YYYY-MM-DD' (default 2026-11-22); every date is derived from it. */
  today?: string;
}

/**
 * Fills an empty database with Fjordby Kommune: parties, people, three committees, a held meeting
 * of Erhvervs- og Beskæftigelsesudvalget with its minutes recorded and a coming meeting of
 * Økonomiudvalget that treats one of its cases again. Everything goes through api.invoke, so each
 * service and validation is exercised exactly as the app uses it. The same options give the same data.
 *
 * Returns the meeting ids: the held meeting first, then the upcoming one.
 */
export async function createDemoData(api: Api, options: DemoOptions = {}): Promise<{ meetingIds: number[] }> {
  const calendar = demoCalendar(options.today);
  const people = await createMunicipalityAndPeople(api);
  const committees = await createCommittees(api, people, calendar);
  // Held first: its decision must exist before the upcoming item with the same case number is created.
  const heldId = await createHeldErhvervMeeting(api, calendar, people, committees.erhverv);
  const upcomingId = await createUpcomingOekonomiMeeting(api, calendar, committees.oekonomi);
  return { meetingIds: [heldId, upcomingId] };
}
